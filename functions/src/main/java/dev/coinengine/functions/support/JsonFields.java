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

  /** An optional nested object whose fields are all in {@code known}; its paths are prefixed. */
  public Optional<JsonFields> object(String name, Set<String> known) {
    JsonNode node = get(name);
    if (node == null) {
      return Optional.empty();
    }
    if (!node.isObject()) {
      throw new InvalidRequestException(at(name), "must be an object, was " + type(node));
    }
    JsonFields nested = new JsonFields(node, at(name));
    nested.rejectUnknown(known);
    return Optional.of(nested);
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

  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
