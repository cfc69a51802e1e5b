package dev.coinengine.core.config;

/**
 * A configuration value that is missing, malformed or out of range. The message reads {@code
 * origin: key: reason}, for example {@code config/scalable_engine-local.yaml:7:
 * queue.max-receive-count: must be between 1 and 1000, was 0}, where the origin is the file and
 * line that set the value or {@code env ENGINE_...} for an environment override.
 */
public final class ConfigException extends RuntimeException {
  private final String origin;
  private final String key;
  private final String reason;

  public ConfigException(String origin, String key, String reason) {
    this(origin, key, reason, null);
  }

  public ConfigException(String origin, String key, String reason, Throwable cause) {
    super(format(origin, key, reason), cause);
    this.origin = origin;
    this.key = key;
    this.reason = reason;
  }

  /** The file (with line where known) or {@code env NAME} that set the offending value. */
  public String origin() {
    return origin;
  }

  /** The full dotted key, empty for file-level problems such as YAML syntax errors. */
  public String key() {
    return key;
  }

  public String reason() {
    return reason;
  }

  private static String format(String origin, String key, String reason) {
    return key.isEmpty() ? origin + ": " + reason : origin + ": " + key + ": " + reason;
  }
}
