package dev.coinengine.core.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Section {@code engine}: the folder that holds local state (catalog, embedded storage, logs). */
public record EngineSettings(Path home) {

  public EngineSettings {
    Checks.present("home", home);
  }

  static EngineSettings from(ConfigNode node) {
    node.requireOnlyKeys("home");
    String text = node.string("home");
    try {
      return new EngineSettings(Path.of(text));
    } catch (InvalidPathException e) {
      throw node.fail("home", "must be a folder path, was '" + text + "' (" + e.getReason() + ")");
    }
  }
}
