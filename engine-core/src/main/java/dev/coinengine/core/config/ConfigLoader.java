package dev.coinengine.core.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Loads the engine's configuration in four steps: the base file {@value #BASE_FILE}, deep-merged
 * with the profile overlay {@code scalable_engine-<profile>.yaml}; then an environment variable
 * {@code ENGINE_A_B_C} replaces the value of every key {@code a.b-c} that the files define; then
 * {@code ${NAME}}, {@code ${NAME:-default}} and {@code ${a.key}} placeholders in file values are
 * filled from the environment and from other keys. The environment is passed in, never read here.
 */
public final class ConfigLoader {
  public static final String BASE_FILE = "scalable_engine.yaml";
  public static final String RISK_PRESET_FOLDER = "presets/risk/";
  static final String ENV_PREFIX = "ENGINE_";

  private final ConfigSource source;
  private final Map<String, String> environment;

  public ConfigLoader(ConfigSource source, Map<String, String> environment) {
    this.source = Objects.requireNonNull(source, "source");
    this.environment = Map.copyOf(environment);
  }

  /** Loads, merges, overrides, interpolates and binds; any problem stops with a message. */
  public EngineConfig load(Profile profile) {
    return EngineConfig.from(tree(profile), this::riskPresetFile);
  }

  /** The merged and resolved tree before binding, for tools that list the effective values. */
  public ConfigNode tree(Profile profile) {
    ConfigNode base = parse(BASE_FILE, "the base configuration file is missing");
    String overlayName = overlayFile(profile);
    ConfigNode overlay =
        parse(overlayName, "the overlay for profile '" + profile.code() + "' is missing");
    ConfigNode merged = merge(base, overlay);
    ConfigNode overridden = applyEnvironment(merged);
    return new Interpolation(overridden, environment).resolve();
  }

  /** The parsed preset file {@code presets/risk/<name>.yaml}; presets take no overrides. */
  public ConfigNode riskPresetFile(String name) {
    return parse(RISK_PRESET_FOLDER + name + ".yaml", "risk preset '" + name + "' has no file");
  }

  public static String overlayFile(Profile profile) {
    return "scalable_engine-" + profile.code() + ".yaml";
  }

  /**
   * The variable that overrides {@code key}: {@code queue.max-receive-count} reads {@code
   * ENGINE_QUEUE_MAX_RECEIVE_COUNT}.
   */
  public static String environmentVariable(String key) {
    return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  private ConfigNode parse(String name, String missing) {
    String text =
        source
            .read(name)
            .orElseThrow(() -> new ConfigException(source.describe(name), "", missing));
    return YamlParser.parse(text, source.describe(name));
  }

  /** Overlay values replace base values; sections merge key by key; lists are replaced whole. */
  static ConfigNode merge(ConfigNode base, ConfigNode overlay) {
    Map<String, Object> entries = new LinkedHashMap<>(base.entries());
    overlay
        .entries()
        .forEach(
            (key, over) -> {
              Object under = entries.get(key);
              if (under instanceof ConfigNode underNode && over instanceof ConfigNode overNode) {
                entries.put(key, merge(underNode, overNode));
              } else if (under instanceof ConfigNode && over instanceof ConfigValue value) {
                throw new ConfigException(
                    value.origin(),
                    base.fullKey(key),
                    "is a section in "
                        + base.origin(key)
                        + "; an overlay can only change its keys");
              } else if (under instanceof ConfigValue value && over instanceof ConfigNode node) {
                throw new ConfigException(
                    node.origin(),
                    base.fullKey(key),
                    "is a value in " + value.origin() + ", not a section");
              } else {
                entries.put(key, over);
              }
            });
    return new ConfigNode(base.path(), base.origin(), entries);
  }

  private ConfigNode applyEnvironment(ConfigNode root) {
    Map<String, String> keyByVariable = new HashMap<>();
    root.leaves()
        .forEach(
            (key, value) -> {
              String variable = environmentVariable(key);
              String clash = keyByVariable.putIfAbsent(variable, key);
              if (clash != null) {
                throw new ConfigException(
                    value.origin(), key, "shares the variable " + variable + " with " + clash);
              }
            });
    return override(root);
  }

  private ConfigNode override(ConfigNode node) {
    Map<String, Object> entries = new LinkedHashMap<>();
    node.entries()
        .forEach(
            (key, entry) -> {
              if (entry instanceof ConfigNode section) {
                entries.put(key, override(section));
                return;
              }
              ConfigValue value = (ConfigValue) entry;
              String variable = environmentVariable(node.fullKey(key));
              String text = environment.get(variable);
              entries.put(
                  key,
                  text == null
                      ? value
                      : new ConfigValue(fromEnvironment(text, value), "env " + variable));
            });
    return new ConfigNode(node.path(), node.origin(), entries);
  }

  /** An empty variable blanks the value; a list key takes comma-separated items. */
  private static Object fromEnvironment(String text, ConfigValue replaced) {
    if (replaced.isList()) {
      List<String> items = new ArrayList<>();
      for (String item : text.split(",")) {
        if (!item.isBlank()) {
          items.add(item.trim());
        }
      }
      return List.copyOf(items);
    }
    return text.isEmpty() ? null : text;
  }
}
