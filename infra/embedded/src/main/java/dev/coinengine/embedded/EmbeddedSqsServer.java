package dev.coinengine.embedded;

import java.net.URI;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.elasticmq.rest.sqs.TheSQSRestServerBuilder;

/**
 * An SQS-compatible server (ElasticMQ) on 127.0.0.1. Queues live in memory: queued work does not
 * survive a restart of the process, which the training fleet tolerates because jobs have
 * deterministic ids and are simply sent again.
 */
public final class EmbeddedSqsServer implements AutoCloseable {
  private final SQSRestServer server;
  private final int port;

  private EmbeddedSqsServer(SQSRestServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /** Starts the server; {@code port} 0 picks a free port. */
  public static EmbeddedSqsServer start(int port) {
    TheSQSRestServerBuilder builder =
        port == 0
            ? SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort()
            : SQSRestServerBuilder.withInterface("127.0.0.1").withPort(port);
    try {
      SQSRestServer server = builder.start();
      int bound = server.waitUntilStarted().localAddress().getPort();
      return new EmbeddedSqsServer(server, bound);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "cannot start the embedded SQS server on 127.0.0.1:" + port + ": " + e.getMessage(), e);
    }
  }

  public int port() {
    return port;
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port);
  }

  @Override
  public void close() {
    server.stopAndWait();
  }
}
