package dev.coinengine.core.config;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fills placeholders in values that came from files: {@code ${NAME}} and {@code ${NAME:-default}}
 * from the environment (an empty variable counts as unset, as in a shell), {@code ${a.key}} from
 * another key of the merged tree, and {@code $${} for a literal {@code ${}. Values set by {@code
 * ENGINE_*} overrides are taken literally.
 */
final class Interpolation {
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern KEY_PATH =
      Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

  private final ConfigNode root;
  private final Map<String, String> environment;
  private final Map<String, ConfigValue> leaves;
  private final Map<String, ConfigValue> resolved = new HashMap<>();

  Interpolation(ConfigNode root, Map<String, String> environment) {
    this.root = root;
    this.environment = environment;
    this.leaves = root.leaves();
  }

  ConfigNode resolve() {
    return rebuild(root);
  }

  private ConfigNode rebuild(ConfigNode node) {
    Map<String, Object> entries = new LinkedHashMap<>();
    node.entries()
        .forEach(
            (key, entry) ->
                entries.put(
                    key,
                    entry instanceof ConfigNode section
                        ? rebuild(section)
                        : value(node.fullKey(key), new ArrayDeque<>())));
    return new ConfigNode(node.path(), node.origin(), entries);
  }

  private ConfigValue value(String key, Deque<String> chain) {
    ConfigValue cached = resolved.get(key);
    if (cached != null) {
      return cached;
    }
    ConfigValue value = leaves.get(key);
    if (value.raw() == null || value.origin().startsWith("env ")) {
      resolved.put(key, value);
      return value;
    }
    if (chain.contains(key)) {
      List<String> cycle = new ArrayList<>(chain);
      Collections.reverse(cycle);
      cycle.add(key);
      throw new ConfigException(
          value.origin(), key, "placeholders form a cycle: " + String.join(" -> ", cycle));
    }
    chain.push(key);
    Set<String> variables = new LinkedHashSet<>();
    Object raw;
    if (value.isList()) {
      List<String> items = new ArrayList<>();
      for (String item : value.list()) {
        items.add(fill(item, key, value, chain, variables));
      }
      raw = List.copyOf(items);
    } else {
      String text = fill(value.raw().toString(), key, value, chain, variables);
      raw = text.isEmpty() ? null : text;
    }
    chain.pop();
    String origin =
        variables.isEmpty()
            ? value.origin()
            : value.origin() + " via env " + String.join(", ", variables);
    ConfigValue done = new ConfigValue(raw, origin);
    resolved.put(key, done);
    return done;
  }

  private String fill(
      String text, String key, ConfigValue value, Deque<String> chain, Set<String> variables) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      if (text.startsWith("$${", i)) {
        out.append("${");
        i += 3;
      } else if (text.startsWith("${", i)) {
        int end = text.indexOf('}', i + 2);
        if (end < 0) {
          throw new ConfigException(
              value.origin(), key, "has an unterminated ${ in '" + text + "'");
        }
        out.append(placeholder(text.substring(i + 2, end), key, value, chain, variables));
        i = end + 1;
      } else {
        out.append(text.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  private String placeholder(
      String body, String key, ConfigValue value, Deque<String> chain, Set<String> variables) {
    int separator = body.indexOf(":-");
    String name = separator < 0 ? body : body.substring(0, separator);
    String fallback = separator < 0 ? null : body.substring(separator + 2);
    if (KEY_PATH.matcher(name).matches()) {
      if (fallback != null) {
        throw new ConfigException(
            value.origin(), key, "the key reference ${" + body + "} cannot have a default");
      }
      return reference(name, key, value, chain);
    }
    if (!VARIABLE.matcher(name).matches()) {
      throw new ConfigException(
          value.origin(),
          key,
          "has an invalid placeholder ${"
              + body
              + "} (expected ${ENV_NAME}, ${ENV_NAME:-default}"
              + " or ${a.key})");
    }
    String fromEnvironment = environment.get(name);
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      variables.add(name);
      return fromEnvironment;
    }
    if (fallback != null) {
      return fallback;
    }
    throw new ConfigException(
        value.origin(),
        key,
        "needs the environment variable "
            + name
            + ", which is not set (write ${"
            + name
            + ":-default} to give a default)");
  }

  private String reference(String name, String key, ConfigValue value, Deque<String> chain) {
    if (!leaves.containsKey(name)) {
      String what =
          root.has(name) ? "the section " + name + ", not a value" : "the unknown key " + name;
      throw new ConfigException(value.origin(), key, "${" + name + "} refers to " + what);
    }
    ConfigValue target = value(name, chain);
    if (target.raw() == null) {
      throw new ConfigException(
          value.origin(), key, "${" + name + "} refers to a blank value (" + target.origin() + ")");
    }
    if (target.isList()) {
      throw new ConfigException(value.origin(), key, "${" + name + "} refers to a list");
    }
    return target.raw().toString();
  }
}
