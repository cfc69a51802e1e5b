package dev.coinengine.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Locates the engine checkout from a module's working directory, for tests. */
final class EngineRoot {
  private EngineRoot() {}

  static Path find() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isRegularFile(dir.resolve("engine")) && Files.isDirectory(dir.resolve("config"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "cannot find the engine root above " + Path.of("").toAbsolutePath());
  }

  /** Embedded servers on any free port, so tests never collide with a running engine. */
  static Map<String, String> freePortsEnv() {
    return Map.of("ENGINE_STORAGE_EMBEDDED_PORT", "0", "ENGINE_QUEUE_EMBEDDED_PORT", "0");
  }
}
