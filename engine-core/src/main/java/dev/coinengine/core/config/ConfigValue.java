package dev.coinengine.core.config;

import java.util.List;

/**
 * One leaf of the configuration tree: {@code raw} is the scalar text, {@code null} for a blank
 * value, or an immutable {@code List<String>} for a list; {@code origin} says who set it.
 */
record ConfigValue(Object raw, String origin) {

  boolean isList() {
    return raw instanceof List<?>;
  }

  @SuppressWarnings("unchecked")
  List<String> list() {
    return (List<String>) raw;
  }

  /** How the value appears in error messages. */
  String describe() {
    if (raw == null) {
      return "blank";
    }
    return isList() ? list().toString() : "'" + raw + "'";
  }
}
