package dev.coinengine.store.aws;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives test classes one {@link MotoServer} shared by the whole test run (it takes seconds to
 * start), stopped when the run ends. Register it with {@code @RegisterExtension static final}.
 * Classes using it are skipped when moto_server is not installed.
 */
public final class MotoServerExtension implements BeforeAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(MotoServerExtension.class);

  private MotoServer server;

  @Override
  public void beforeAll(ExtensionContext context) {
    MotoServer.assumeInstalled();
    // Root-store values that are AutoCloseable are closed when the test run ends.
    server =
        context
            .getRoot()
            .getStore(NAMESPACE)
            .computeIfAbsent(MotoServer.class, type -> MotoServer.startOrSkip(), MotoServer.class);
  }

  public ServiceEndpoint serviceEndpoint() {
    if (server == null) {
      throw new IllegalStateException("the moto server is started in beforeAll");
    }
    return server.serviceEndpoint();
  }
}
