package dev.coinengine.functions.support;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a JSON request object; every failure is an {@link InvalidRequestException}
 * naming the JSON path, so the request records never see a half-valid value.
 */
public final class JsonFields {

  private final JsonNode object;
  private final String path;

  private JsonFields(JsonNode object, String path) {
    this.object = object;
    this.path = path;
  }

  /** The request body: an object, or nothing at all (read as {@code {}}). */
  public static JsonFields body(JsonNode body, Set<String> known) {
    if (body == null || body.isMissingNode() || body.isNull()) {
      return new JsonFields(null, "");
    }
    if (!body.isObject()) {
      throw new InvalidRequestException("", "the body must be a JSON object, was " + type(body));
    }
    JsonFields fields = new JsonFields(body, "");
    fields.rejectUnknown(known);
    return fields;
  }

  private void rejectUnknown(Set<String> known) {
    for (String name : object.propertyNames()) {
      if (!known.contains(name)) {
        throw new InvalidRequestException(
            at(name),
            "unknown field (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
      }
    }
  }

  private JsonNode get(String name) {
    if (object == null) {
      return null;
    }
    JsonNode node = object.get(name);
    return node == null || node.isNull() ? null : node;
  }

  /** An optional integer in [min, max]. */
  public Optional<Integer> integer(String name, int min, int max) {
    JsonNode node = get(name);
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isIntegralNumber()) {
      throw new InvalidRequestException(at(name), "must be an integer, was " + type(node));
    }
    BigInteger value = node.bigIntegerValue();
    if (value.compareTo(BigInteger.valueOf(min)) < 0
        || value.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new InvalidRequestException(
          at(name),
          "must be between " + min + " and " + max + ", was " + abbreviate(value.toString()));
    }
    return Optional.of(value.intValue());
  }

  /** A required string, not blank. */
  public String requiredText(String name) {
    return text(name)
        .filter(t -> !t.isBlank())
        .orElseThrow(() -> new InvalidRequestException(at(name), "is required"));
  }

  /** An optional finite number in [min, max]. */
  public Optional<Double> number(String name, double min, double max) {
    JsonNode node = get(name);
    if (node == null) {
      return Optional.empty();
    }
    return Optional.of(numberValue(at(name), node, min, max));
  }

  /** A required finite number in [min, max]. */
  public double requiredNumber(String name, double min, double max) {
    return number(name, min, max)
        .orElseThrow(() -> new InvalidRequestException(at(name), "is required"));
  }

  /** An optional boolean. */
  public Optional<Boolean> bool(String name) {
    JsonNode node = get(name);
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isBoolean()) {
      throw new InvalidRequestException(at(name), "must be true or false, was " + type(node));
    }
    return Optional.of(node.booleanValue());
  }

  /** An optional ISO-8601 instant such as {@code 2023-09-01T00:00:00Z}. */
  public Optional<java.time.Instant> instant(String name) {
    return text(name)
        .map(
            value -> {
              try {
                return java.time.Instant.parse(value);
              } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidRequestException(
                    at(name),
                    "must be an ISO-8601 instant such as 2023-09-01T00:00:00Z, was '"
                        + abbreviate(value)
                        + "'");
              }
            });
  }

  /** An optional nested object with only the {@code known} fields. */
  public Optional<JsonFields> object(String name, Set<String> known) {
    JsonNode node = get(name);
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw new InvalidRequestException(at(name), "must be an object, was " + type(node));
    }
    JsonFields fields = new JsonFields(node, at(name));
    fields.rejectUnknown(known);
    return Optional.of(fields);
  }

  /** An optional array of at most {@code maxItems} objects with only the {@code known} fields. */
  public List<JsonFields> objects(String name, Set<String> known, int maxItems) {
    JsonNode node = array(name, maxItems);
    if (node == null) {
      return List.of();
    }
    List<JsonFields> items = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      String itemPath = at(name) + "[" + i + "]";
      if (!item.isObject()) {
        throw new InvalidRequestException(itemPath, "must be an object, was " + type(item));
      }
      JsonFields fields = new JsonFields(item, itemPath);
      fields.rejectUnknown(known);
      items.add(fields);
    }
    return items;
  }

  /**
   * An optional array of at most {@code maxItems} rows, each an array of exactly {@code width}
   * numbers in [min, max] (numbers may be given as strings, as Binance does).
   */
  public List<double[]> numberRows(String name, int width, int maxItems, double min, double max) {
    JsonNode node = array(name, maxItems);
    if (node == null) {
      return List.of();
    }
    List<double[]> rows = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      JsonNode row = node.get(i);
      String rowPath = at(name) + "[" + i + "]";
      if (!row.isArray() || row.size() != width) {
        throw new InvalidRequestException(
            rowPath, "must be an array of " + width + " numbers, was " + type(row));
      }
      double[] values = new double[width];
      for (int j = 0; j < width; j++) {
        values[j] = numberValue(rowPath + "[" + j + "]", row.get(j), min, max);
      }
      rows.add(values);
    }
    return rows;
  }

  /**
   * An optional object whose every member is an array of number rows (as {@link #numberRows}),
   * keyed by member name in document order; at most {@code maxKeys} members.
   */
  public Map<String, List<double[]>> rowsByName(
      String name, int width, int maxKeys, int maxRows, double min, double max) {
    JsonNode node = get(name);
    if (node == null) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw new InvalidRequestException(at(name), "must be an object, was " + type(node));
    }
    if (node.size() > maxKeys) {
      throw new InvalidRequestException(
          at(name), "must have at most " + maxKeys + " members, had " + node.size());
    }
    JsonFields inner = new JsonFields(node, at(name));
    Map<String, List<double[]>> out = new LinkedHashMap<>();
    for (String member : node.propertyNames()) {
      out.put(member, inner.numberRows(member, width, maxRows, min, max));
    }
    return out;
  }

  /** The array {@code name} of at most {@code maxItems} items; null when absent. */
  private JsonNode array(String name, int maxItems) {
    JsonNode node = get(name);
    if (node == null) {
      return null;
    }
    if (!node.isArray()) {
      throw new InvalidRequestException(at(name), "must be an array, was " + type(node));
    }
    if (node.size() > maxItems) {
      throw new InvalidRequestException(
          at(name), "must have at most " + maxItems + " items, had " + node.size());
    }
    return node;
  }

  /** The JSON path of this object ("" for the body). */
  public String path() {
    return path;
  }

  /** The JSON path of field {@code name} of this object. */
  public String pathOf(String name) {
    return at(name);
  }

  private static double numberValue(String field, JsonNode node, double min, double max) {
    double value;
    if (node.isNumber()) {
      value = node.doubleValue();
    } else if (node.isString()) {
      try {
        value = Double.parseDouble(node.stringValue().trim());
      } catch (NumberFormatException e) {
        throw new InvalidRequestException(
            field, "must be a number, was '" + abbreviate(node.stringValue()) + "'");
      }
    } else {
      throw new InvalidRequestException(field, "must be a number, was " + type(node));
    }
    if (!Double.isFinite(value)) {
      throw new InvalidRequestException(field, "must be a finite number");
    }
    if (value < min || value > max) {
      throw new InvalidRequestException(
          field,
          "must be between "
              + plain(min)
              + " and "
              + plain(max)
              + ", was "
              + abbreviate(plain(value)));
    }
    return value;
  }

  private static String plain(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** An optional string. */
  public Optional<String> text(String name) {
    JsonNode node = get(name);
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isString()) {
      throw new InvalidRequestException(at(name), "must be a string, was " + type(node));
    }
    return Optional.of(node.stringValue());
  }

  /** An optional non-empty array of strings. */
  public Optional<List<String>> textList(String name) {
    JsonNode node = get(name);
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isArray()) {
      throw new InvalidRequestException(at(name), "must be an array of strings, was " + type(node));
    }
    if (node.isEmpty()) {
      throw new InvalidRequestException(at(name), "must not be empty");
    }
    List<String> values = new ArrayList<>(node.size());
    for (JsonNode item : node) {
      if (!item.isString()) {
        throw new InvalidRequestException(
            at(name), "must be an array of strings, has a " + type(item));
      }
      values.add(item.stringValue());
    }
    return Optional.of(values);
  }

  /** Whether the object has the field (with any value, null included). */
  public boolean has(String name) {
    return object != null && object.has(name);
  }

  /**
   * An optional object of scalar values or lists of scalars, as plain Java values (String, Long or
   * Double, Boolean, List, null) keyed by name in document order.
   */
  public Optional<Map<String, Object>> flatObject(String name) {
    JsonNode node = get(name);
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw new InvalidRequestException(at(name), "must be an object, was " + type(node));
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String field = at(name) + "." + entry.getKey();
      JsonNode value = entry.getValue();
      if (value.isArray()) {
        List<Object> items = new ArrayList<>(value.size());
        for (JsonNode item : value) {
          items.add(scalar(field, item));
        }
        values.put(entry.getKey(), items);
      } else {
        values.put(entry.getKey(), scalar(field, value));
      }
    }
    return Optional.of(values);
  }

  private static Object scalar(String field, JsonNode node) {
    if (node.isNull()) {
      return null;
    }
    if (node.isString()) {
      return node.stringValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      double value = node.doubleValue();
      if (!Double.isFinite(value)) {
        throw new InvalidRequestException(field, "is out of range");
      }
      return value;
    }
    throw new InvalidRequestException(
        field, "must be a string, number, boolean or null, was " + type(node));
  }

  private String at(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  static String type(JsonNode node) {
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  public static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
