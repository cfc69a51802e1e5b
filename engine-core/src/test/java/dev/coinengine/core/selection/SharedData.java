package dev.coinengine.core.selection;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the real market data folder ({@code shared/data} beside the repository) if present. */
final class SharedData {
  private SharedData() {}

  static Optional<Path> root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve("data");
      if (Files.isDirectory(candidate.resolve("snapshots"))
          || Files.isDirectory(candidate.resolve("klines"))) {
        return Optional.of(candidate);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /** The file under shared/data, or a skipped test with a clear message when it is absent. */
  static Path require(String relative) {
    Optional<Path> root = root();
    assumeTrue(
        root.isPresent(),
        "real market data (shared/data beside the repository) is absent: skipped");
    Path file = root.get().resolve(relative);
    assumeTrue(Files.isRegularFile(file), "real market data file " + relative + " absent: skipped");
    return file;
  }
}
