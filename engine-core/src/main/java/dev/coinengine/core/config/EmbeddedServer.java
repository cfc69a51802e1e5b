package dev.coinengine.core.config;

/**
 * Sub-section {@code embedded}: whether the local launcher starts an in-process server, and on
 * which port (0 = any free port).
 */
public record EmbeddedServer(boolean enabled, int port) {

  public EmbeddedServer {
    Checks.port("port", port);
  }

  static EmbeddedServer from(ConfigNode node) {
    node.requireOnlyKeys("enabled", "port");
    boolean enabled = node.bool("enabled");
    int port = node.integer("port");
    return node.build(() -> new EmbeddedServer(enabled, port));
  }
}
