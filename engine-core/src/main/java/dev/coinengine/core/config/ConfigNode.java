package dev.coinengine.core.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One section of the parsed configuration with typed, validating reads. Keys are kebab-case and may
 * be dotted to reach into sub-sections ({@code binance.base-url}). Every failed read throws a
 * {@link ConfigException} naming the origin of the value (file and line, or environment variable),
 * the full dotted key and the reason with the offending value.
 */
public final class ConfigNode {
  static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern KEY_PATH =
      Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");
  private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+(_\\d+)*");

  private final String path;
  private final String origin;
  private final Map<String, Object> entries;

  /** {@code entries} values are {@link ConfigNode} or {@link ConfigValue}; kept as given. */
  ConfigNode(String path, String origin, Map<String, Object> entries) {
    this.path = path;
    this.origin = origin;
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  /** The dotted path of this section, empty for the root. */
  public String path() {
    return path;
  }

  /** Where this section was first defined (file, with line for nested sections). */
  public String origin() {
    return origin;
  }

  /** The keys of this section, in file order. */
  public Set<String> keys() {
    return entries.keySet();
  }

  public boolean has(String key) {
    return find(key).isPresent();
  }

  /** Where the value or section under {@code key} came from. */
  public String origin(String key) {
    Object entry = require(key);
    return entry instanceof ConfigNode node ? node.origin : ((ConfigValue) entry).origin();
  }

  public ConfigNode section(String key) {
    Object entry = require(key);
    if (entry instanceof ConfigNode node) {
      return node;
    }
    ConfigValue value = (ConfigValue) entry;
    throw new ConfigException(
        value.origin(), fullKey(key), "must be a section of keys, was " + value.describe());
  }

  /** Fails on the first key of this section that is not one of {@code allowed}. */
  public void requireOnlyKeys(String... allowed) {
    Set<String> known = new LinkedHashSet<>(Arrays.asList(allowed));
    for (String key : entries.keySet()) {
      if (!known.contains(key)) {
        throw new ConfigException(
            origin(key),
            fullKey(key),
            "unknown key (allowed here: " + String.join(", ", known) + ")");
      }
    }
  }

  /** A required, non-blank string. */
  public String string(String key) {
    ConfigValue value = scalar(key);
    if (value.raw() == null || value.raw().toString().isBlank()) {
      throw new ConfigException(value.origin(), fullKey(key), "must not be blank");
    }
    return value.raw().toString().trim();
  }

  /** A string that may be blank or absent (both read as empty). */
  public Optional<String> optionalString(String key) {
    if (find(key).isEmpty()) {
      return Optional.empty();
    }
    ConfigValue value = scalar(key);
    if (value.raw() == null || value.raw().toString().isBlank()) {
      return Optional.empty();
    }
    return Optional.of(value.raw().toString().trim());
  }

  public int integer(String key) {
    long parsed = longInteger(key);
    if (parsed < Integer.MIN_VALUE || parsed > Integer.MAX_VALUE) {
      throw fail(key, "must be a whole number that fits 32 bits, was " + parsed);
    }
    return (int) parsed;
  }

  public int integer(String key, int min, int max) {
    int parsed = integer(key);
    if (parsed < min || parsed > max) {
      throw fail(key, "must be between " + min + " and " + max + ", was " + parsed);
    }
    return parsed;
  }

  public long longInteger(String key) {
    String text = string(key);
    if (!INTEGER.matcher(text).matches()) {
      throw fail(key, "must be a whole number, was '" + text + "'");
    }
    try {
      return Long.parseLong(text.replace("_", ""));
    } catch (NumberFormatException e) {
      throw fail(key, "must be a whole number that fits 64 bits, was '" + text + "'");
    }
  }

  /** A finite decimal number. */
  public double number(String key) {
    String text = string(key);
    try {
      double parsed = Double.parseDouble(text.replace("_", ""));
      if (Double.isFinite(parsed)) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw fail(key, "must be a number, was '" + text + "'");
  }

  public double positiveDouble(String key) {
    double parsed = number(key);
    if (!(parsed > 0)) {
      throw fail(key, "must be greater than 0, was " + parsed);
    }
    return parsed;
  }

  /** A number in {@code [min, max]}. */
  public double doubleInRange(String key, double min, double max) {
    double parsed = number(key);
    if (parsed < min || parsed > max) {
      throw fail(key, "must be between " + min + " and " + max + ", was " + parsed);
    }
    return parsed;
  }

  /** {@code true} or {@code false}; YAML 1.1 words such as {@code yes} are refused. */
  public boolean bool(String key) {
    String text = string(key);
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    if (text.equalsIgnoreCase("false")) {
      return false;
    }
    throw fail(key, "must be true or false, was '" + text + "'");
  }

  /** A non-negative duration: {@code 500ms}, {@code 20s}, {@code 2m}, {@code 1h}, {@code 1d}. */
  public Duration duration(String key) {
    String text = string(key);
    return DurationFormat.parse(text)
        .orElseThrow(
            () -> fail(key, "must be " + DurationFormat.EXPECTED + ", was '" + text + "'"));
  }

  /** An absolute URI (one with a scheme). */
  public URI uri(String key) {
    return toUri(key, string(key));
  }

  /** An absolute URI, or empty when the value is blank or absent. */
  public Optional<URI> optionalUri(String key) {
    return optionalString(key).map(text -> toUri(key, text));
  }

  /**
   * A constant of {@code type}, written in kebab-case: {@code usdm-futures} reads {@code
   * USDM_FUTURES}.
   */
  public <E extends Enum<E>> E enumOf(String key, Class<E> type) {
    String text = string(key);
    List<String> allowed = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      String kebab = kebab(constant);
      if (kebab.equals(text.toLowerCase(Locale.ROOT))) {
        return constant;
      }
      allowed.add(kebab);
    }
    throw fail(key, "must be one of " + String.join(", ", allowed) + ", was '" + text + "'");
  }

  /** The kebab-case spelling of an enum constant, as written in the files. */
  public static String kebab(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A YAML list of plain values (an environment override writes it comma-separated). */
  public List<String> stringList(String key) {
    Object entry = require(key);
    if (entry instanceof ConfigValue value && value.isList()) {
      return value.list();
    }
    String was = entry instanceof ConfigValue value ? value.describe() : "a section of keys";
    throw fail(key, "must be a list such as [a, b], was " + was);
  }

  /** A failure for {@code key}, naming where its value came from. */
  public ConfigException fail(String key, String reason) {
    return fail(key, reason, null);
  }

  private ConfigException fail(String key, String reason, Throwable cause) {
    Optional<Object> entry = find(key);
    String where =
        entry
            .map(e -> e instanceof ConfigNode node ? node.origin : ((ConfigValue) e).origin())
            .orElse(origin);
    return new ConfigException(where, fullKey(key), reason, cause);
  }

  /**
   * Runs a record constructor and turns its {@link IllegalArgumentException} into a {@link
   * ConfigException}. A message of the form {@code "sub.key: reason"} is attributed to that key of
   * this section, with its origin; any other message to the section itself.
   */
  public <T> T build(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      int separator = message.indexOf(": ");
      if (separator > 0) {
        String key = message.substring(0, separator);
        if (KEY_PATH.matcher(key).matches() && has(key)) {
          throw fail(key, message.substring(separator + 2), e);
        }
      }
      throw new ConfigException(origin, path, message, e);
    }
  }

  /** Every value under this section by full dotted key, for listings and override discovery. */
  Map<String, ConfigValue> leaves() {
    Map<String, ConfigValue> out = new LinkedHashMap<>();
    entries.forEach(
        (key, entry) -> {
          if (entry instanceof ConfigNode node) {
            out.putAll(node.leaves());
          } else {
            out.put(fullKey(key), (ConfigValue) entry);
          }
        });
    return out;
  }

  Map<String, Object> entries() {
    return entries;
  }

  String fullKey(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  Optional<Object> find(String key) {
    int dot = key.indexOf('.');
    if (dot < 0) {
      return Optional.ofNullable(entries.get(key));
    }
    Object head = entries.get(key.substring(0, dot));
    return head instanceof ConfigNode node ? node.find(key.substring(dot + 1)) : Optional.empty();
  }

  private Object require(String key) {
    return find(key)
        .orElseThrow(() -> new ConfigException(deepestOrigin(key), fullKey(key), "is required"));
  }

  private String deepestOrigin(String key) {
    int dot = key.indexOf('.');
    if (dot > 0 && entries.get(key.substring(0, dot)) instanceof ConfigNode node) {
      return node.deepestOrigin(key.substring(dot + 1));
    }
    return origin;
  }

  private ConfigValue scalar(String key) {
    Object entry = require(key);
    if (entry instanceof ConfigNode) {
      throw fail(key, "must be a single value, was a section of keys");
    }
    ConfigValue value = (ConfigValue) entry;
    if (value.isList()) {
      throw fail(key, "must be a single value, was a list " + value.describe());
    }
    return value;
  }

  private URI toUri(String key, String text) {
    try {
      URI uri = new URI(text);
      if (uri.getScheme() == null) {
        throw fail(
            key, "must be an absolute URI with a scheme such as https://, was '" + text + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw fail(key, "must be a URI, was '" + text + "' (" + e.getReason() + ")");
    }
  }
}
