package dev.coinengine.runner.worker;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The runner's Prometheus scrape endpoint: {@code GET /metrics} in the text exposition format, on
 * {@code observability.metrics-port}. Nothing else is served (a runner has no HTTP API).
 */
public final class MetricsEndpoint implements AutoCloseable {
  static final String PATH = "/metrics";
  private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final HttpServer server;

  private MetricsEndpoint(HttpServer server) {
    this.server = server;
  }

  /**
   * Serves {@code registry} at {@code address} (port 0 = a free port).
   *
   * @throws UncheckedIOException if the port cannot be bound
   */
  public static MetricsEndpoint start(PrometheusMeterRegistry registry, InetSocketAddress address) {
    Objects.requireNonNull(registry, "registry");
    HttpServer server;
    try {
      server = HttpServer.create(address, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve metrics on " + address, e);
    }
    server.createContext(PATH, exchange -> serve(exchange, registry));
    server.start();
    return new MetricsEndpoint(server);
  }

  private static void serve(HttpExchange exchange, PrometheusMeterRegistry registry)
      throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())
          || !PATH.equals(exchange.getRequestURI().getPath())) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = registry.scrape().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** {@code http://127.0.0.1:<port>/metrics}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + port() + PATH);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
