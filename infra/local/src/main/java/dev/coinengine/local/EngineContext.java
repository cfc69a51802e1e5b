package dev.coinengine.local;

import dev.coinengine.core.config.ConfigLoader;
import dev.coinengine.core.config.ConfigSource;
import dev.coinengine.core.config.Credentials;
import dev.coinengine.core.config.EngineConfig;
import dev.coinengine.core.config.Profile;
import dev.coinengine.core.config.StorageSettings;
import dev.coinengine.store.aws.AwsClients;
import dev.coinengine.store.aws.ServiceEndpoint;
import dev.coinengine.store.iceberg.CatalogSettings;
import dev.coinengine.store.iceberg.IcebergCatalogs;
import dev.coinengine.store.lake.KlineLake;
import dev.coinengine.store.object.S3ObjectStore;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.iceberg.catalog.Catalog;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Everything a command needs, wired from the configuration: the embedded servers when the profile
 * asks for them, the S3 client and bucket, the Iceberg catalog and the kline lake. Closing it stops
 * the servers after the clients.
 */
final class EngineContext implements AutoCloseable {
  private final EngineConfig config;
  private final Path home;
  private final EmbeddedStack stack;
  private final S3Client s3;
  private final S3ObjectStore objectStore;
  private final Catalog catalog;
  private final KlineLake lake;

  private EngineContext(
      EngineConfig config,
      Path home,
      EmbeddedStack stack,
      S3Client s3,
      S3ObjectStore objectStore,
      Catalog catalog,
      KlineLake lake) {
    this.config = config;
    this.home = home;
    this.stack = stack;
    this.s3 = s3;
    this.objectStore = objectStore;
    this.catalog = catalog;
    this.lake = lake;
  }

  /**
   * Loads the configuration of {@code profile} from {@code configDir}. A relative engine home is
   * taken relative to {@code engineRoot}; {@code homeOverride} (from {@code --home}) wins.
   */
  static EngineConfig loadConfig(
      Path configDir,
      Profile profile,
      Path engineRoot,
      Optional<Path> homeOverride,
      Map<String, String> environment) {
    Map<String, String> env = new HashMap<>(environment);
    homeOverride.ifPresent(
        home -> env.put(ConfigLoader.environmentVariable("engine.home"), absolute(home)));
    EngineConfig config = new ConfigLoader(ConfigSource.directory(configDir), env).load(profile);
    Path home = config.engine().home();
    if (!home.isAbsolute()) {
      // Placeholders such as catalog.uri's ${engine.home} must see the resolved folder.
      env.put(ConfigLoader.environmentVariable("engine.home"), absolute(engineRoot.resolve(home)));
      config = new ConfigLoader(ConfigSource.directory(configDir), env).load(profile);
    }
    return config;
  }

  static EngineContext open(EngineConfig config) {
    Path home = config.engine().home();
    StorageSettings storage = config.storage();
    EmbeddedStack stack =
        EmbeddedStack.start(
            storage.embedded().enabled()
                ? Optional.of(
                    new EmbeddedStack.S3Spec(
                        home.resolve("s3"),
                        storage.embedded().port(),
                        storage.credentials().orElseThrow().accessKey(),
                        storage.credentials().orElseThrow().secretKey()))
                : Optional.empty(),
            config.queue().embedded().enabled()
                ? Optional.of(config.queue().embedded().port())
                : Optional.empty());
    S3Client s3 = null;
    try {
      // The embedded server's real address wins, so port 0 (any free port) works too.
      Optional<URI> s3Endpoint = stack.s3Endpoint().or(storage::endpoint);
      s3 = AwsClients.s3(endpoint(storage, s3Endpoint));
      S3ObjectStore objectStore = new S3ObjectStore(s3, storage.bucket());
      objectStore.ensureBucket();
      Catalog catalog = IcebergCatalogs.open(catalogSettings(config, s3Endpoint));
      KlineLake lake = KlineLake.open(catalog);
      return new EngineContext(config, home, stack, s3, objectStore, catalog, lake);
    } catch (RuntimeException e) {
      if (s3 != null) {
        s3.close();
      }
      stack.close();
      throw e;
    }
  }

  private static ServiceEndpoint endpoint(StorageSettings storage, Optional<URI> s3Endpoint) {
    Optional<Credentials> credentials = storage.credentials();
    return new ServiceEndpoint(
        s3Endpoint.orElse(null),
        storage.region(),
        credentials.map(Credentials::accessKey).orElse(null),
        credentials.map(Credentials::secretKey).orElse(null),
        storage.pathStyle());
  }

  private static CatalogSettings catalogSettings(EngineConfig config, Optional<URI> s3Endpoint) {
    StorageSettings storage = config.storage();
    Optional<Credentials> credentials = storage.credentials();
    return new CatalogSettings(
        config.catalog().name(),
        CatalogSettings.JDBC,
        config.catalog().uri(),
        config.catalog().warehouse().toString(),
        s3Endpoint.orElse(null),
        storage.region(),
        credentials.map(Credentials::accessKey).orElse(null),
        credentials.map(Credentials::secretKey).orElse(null),
        storage.pathStyle());
  }

  private static String absolute(Path path) {
    return path.toAbsolutePath().normalize().toString();
  }

  EngineConfig config() {
    return config;
  }

  Path home() {
    return home;
  }

  KlineLake lake() {
    return lake;
  }

  Catalog catalog() {
    return catalog;
  }

  S3ObjectStore objectStore() {
    return objectStore;
  }

  Optional<URI> s3Endpoint() {
    return stack.s3Endpoint();
  }

  Optional<URI> sqsEndpoint() {
    return stack.sqsEndpoint();
  }

  @Override
  public void close() {
    try {
      if (catalog instanceof Closeable closeable) {
        closeable.close();
      }
    } catch (IOException e) {
      System.err.println("engine: closing the catalog failed: " + e.getMessage());
    } finally {
      s3.close();
      stack.close();
    }
  }
}
