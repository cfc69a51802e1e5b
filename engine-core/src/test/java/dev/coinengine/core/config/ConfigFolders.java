package dev.coinengine.core.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Finds the repository's {@code config/} folder and makes edited copies of it for tests. */
final class ConfigFolders {
  private ConfigFolders() {}

  /** The repository root: the nearest folder above the working directory with {@code config/}. */
  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isRegularFile(dir.resolve("config").resolve(ConfigLoader.BASE_FILE))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "no config/" + ConfigLoader.BASE_FILE + " above " + Path.of("").toAbsolutePath());
  }

  static Path repositoryConfig() {
    return repositoryRoot().resolve("config");
  }

  /** A copy of the real config folder under {@code target}. */
  static Path copyOfRepositoryConfig(Path target) {
    Path source = repositoryConfig();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based line of the first line of {@code file} that starts with {@code prefix}. */
  static int lineStarting(Path file, String prefix) {
    String[] lines = read(file).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith(prefix)) {
        return i + 1;
      }
    }
    throw new IllegalStateException("no line starting with '" + prefix + "' in " + file);
  }
}
