package dev.coinengine.core.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Section {@code risk-presets}: which preset files to load from {@code config/presets/risk/} and
 * which one applies when a request names none.
 */
public record RiskPresetSettings(String defaultName, Map<String, RiskPreset> presets) {

  public RiskPresetSettings {
    Checks.present("names", presets);
    if (presets.isEmpty()) {
      throw Checks.invalid("names", "must list at least one preset");
    }
    presets.forEach(
        (name, preset) -> {
          if (!preset.name().equals(name)) {
            throw Checks.invalid("names", "preset '" + name + "' is named '" + preset.name() + "'");
          }
        });
    presets = Collections.unmodifiableMap(new LinkedHashMap<>(presets));
    Checks.present("default", defaultName);
    if (!presets.containsKey(defaultName)) {
      throw Checks.invalid(
          "default",
          "must be one of the names " + presets.keySet() + ", was '" + defaultName + "'");
    }
  }

  public RiskPreset defaultPreset() {
    return presets.get(defaultName);
  }

  /** The preset called {@code name}. */
  public RiskPreset preset(String name) {
    RiskPreset preset = presets.get(name);
    if (preset == null) {
      throw new IllegalArgumentException(
          "unknown risk preset '" + name + "' (known: " + presets.keySet() + ")");
    }
    return preset;
  }

  static RiskPresetSettings from(ConfigNode node, Function<String, ConfigNode> presetFiles) {
    node.requireOnlyKeys("default", "names");
    String defaultName = node.string("default");
    List<String> names = node.stringList("names");
    Map<String, RiskPreset> presets = new LinkedHashMap<>();
    for (String name : names) {
      if (!ConfigNode.KEY.matcher(name).matches()) {
        throw node.fail("names", "preset names are kebab-case, was '" + name + "'");
      }
      if (presets.containsKey(name)) {
        throw node.fail("names", "must not repeat a preset, was '" + name + "' twice");
      }
      presets.put(name, RiskPreset.from(name, presetFiles.apply(name)));
    }
    return node.build(() -> new RiskPresetSettings(defaultName, presets));
  }
}
