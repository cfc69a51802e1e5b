package dev.coinengine.store.market;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the shared real-data folder beside the repository, if this checkout has one. */
final class SharedData {

  private SharedData() {}

  static Optional<Path> folder(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }
}
