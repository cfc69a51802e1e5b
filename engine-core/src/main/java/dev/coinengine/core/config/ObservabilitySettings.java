package dev.coinengine.core.config;

/** Section {@code observability}: the Prometheus scrape port and the root log level. */
public record ObservabilitySettings(int metricsPort, LogLevel logLevel) {

  /** Root log levels, from most to least verbose. */
  public enum LogLevel {
    TRACE,
    DEBUG,
    INFO,
    WARN,
    ERROR
  }

  public ObservabilitySettings {
    Checks.port("metrics-port", metricsPort);
    Checks.present("log-level", logLevel);
  }

  static ObservabilitySettings from(ConfigNode node) {
    node.requireOnlyKeys("metrics-port", "log-level");
    int port = node.integer("metrics-port");
    LogLevel level = node.enumOf("log-level", LogLevel.class);
    return node.build(() -> new ObservabilitySettings(port, level));
  }
}
