package dev.coinengine.core.config;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.regex.Pattern;

/**
 * Guards for the settings records. Messages start with the kebab-case key and a colon, so {@link
 * ConfigNode#build} can attribute them to the key and the file that set it.
 */
final class Checks {
  private Checks() {}

  static IllegalArgumentException invalid(String key, String reason) {
    return new IllegalArgumentException(key + ": " + reason);
  }

  static <T> T present(String key, T value) {
    if (value == null) {
      throw invalid(key, "is required");
    }
    return value;
  }

  static String matches(String key, String value, Pattern pattern, String rule) {
    present(key, value);
    if (!pattern.matcher(value).matches()) {
      throw invalid(key, "must be " + rule + ", was '" + value + "'");
    }
    return value;
  }

  static int between(String key, int value, int min, int max) {
    if (value < min || value > max) {
      throw invalid(key, "must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /** {@code value} in {@code [min, max]}. */
  static double between(String key, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw invalid(
          key, "must be in [" + plain(min) + ", " + plain(max) + "], was " + plain(value));
    }
    return value;
  }

  /** {@code value} in {@code (min, max]}. */
  static double aboveAtMost(String key, double value, double min, double max) {
    if (!(value > min && value <= max)) {
      throw invalid(
          key, "must be in (" + plain(min) + ", " + plain(max) + "], was " + plain(value));
    }
    return value;
  }

  static Duration between(String key, Duration value, Duration min, Duration max) {
    present(key, value);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw invalid(
          key,
          "must be between "
              + DurationFormat.format(min)
              + " and "
              + DurationFormat.format(max)
              + ", was "
              + DurationFormat.format(value));
    }
    return value;
  }

  static void port(String key, int port) {
    between(key, port, 0, 65_535);
  }

  static <T> void distinctAndNotEmpty(String key, Collection<T> values) {
    present(key, values);
    if (values.isEmpty()) {
      throw invalid(key, "must list at least one value");
    }
    if (new HashSet<>(values).size() != values.size()) {
      throw invalid(key, "must not repeat a value, was " + values);
    }
  }

  static String plain(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
