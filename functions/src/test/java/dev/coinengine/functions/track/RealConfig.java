package dev.coinengine.functions.track;

import dev.coinengine.core.config.ConfigLoader;
import dev.coinengine.core.config.ConfigSource;
import dev.coinengine.core.config.EngineConfig;
import dev.coinengine.core.config.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The checkout's real configuration (profile local), for tests that must use its values. */
public final class RealConfig {
  private RealConfig() {}

  public static EngineConfig load() {
    Path root = Path.of("").toAbsolutePath();
    while (!Files.isRegularFile(root.resolve("config/scalable_engine.yaml"))) {
      root = root.getParent();
      if (root == null) {
        throw new IllegalStateException("no config/scalable_engine.yaml above the working folder");
      }
    }
    return new ConfigLoader(ConfigSource.directory(root.resolve("config")), Map.of())
        .load(Profile.LOCAL);
  }

  public static TrackSettings trackSettings() {
    return TrackSettings.from(load());
  }
}
