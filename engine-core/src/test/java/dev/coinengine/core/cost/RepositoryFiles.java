package dev.coinengine.core.cost;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root (the folder with {@code config/}) and the shared data beside it. */
final class RepositoryFiles {
  private RepositoryFiles() {}

  static Path root() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isRegularFile(dir.resolve("config").resolve("scalable_engine.yaml"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("no config/scalable_engine.yaml above " + Path.of(""));
  }

  static Path feeSchedule() {
    return root().resolve("config/fees/binance-fee-schedule.json");
  }

  /** A file under shared/data beside the repository, or a skipped test saying it is absent. */
  static Path sharedData(String relative) {
    Path dir = root();
    while (dir != null) {
      Path file = dir.resolve("shared").resolve("data").resolve(relative);
      if (Files.isRegularFile(file)) {
        return file;
      }
      dir = dir.getParent();
    }
    assumeTrue(false, "shared/data/" + relative + " beside the repository is absent: skipped");
    return null;
  }
}
