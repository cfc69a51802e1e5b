package dev.coinengine.core.config;

import java.util.Optional;

/**
 * Section {@code http}: the functions HTTP server. The bearer token is a secret: set it with {@code
 * ENGINE_HTTP_AUTH_TOKEN}; empty means no authentication (local use only).
 */
public record HttpSettings(int port, Optional<String> authToken) {

  public HttpSettings {
    Checks.port("port", port);
    Checks.present("auth-token", authToken);
  }

  static HttpSettings from(ConfigNode node) {
    node.requireOnlyKeys("port", "auth-token");
    int port = node.integer("port");
    Optional<String> token = node.optionalString("auth-token");
    return node.build(() -> new HttpSettings(port, token));
  }

  @Override
  public String toString() {
    return "HttpSettings[port="
        + port
        + ", authToken="
        + (authToken.isPresent() ? "****" : "none")
        + "]";
  }
}
