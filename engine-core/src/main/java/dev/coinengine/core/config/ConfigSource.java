package dev.coinengine.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Where the configuration files live: a folder on disk or a folder on the classpath. */
public interface ConfigSource {

  /** The UTF-8 text of the file at {@code name} (relative, {@code /}-separated), if it exists. */
  Optional<String> read(String name);

  /** How messages name the file at {@code name}. */
  String describe(String name);

  /**
   * The UTF-8 text of a file that a configuration key names relative to the folder above this
   * configuration folder, as {@code cost.fee-schedule: config/fees/binance-fee-schedule.json} does
   * (so the value reads the same from the repository root), if it exists.
   */
  Optional<String> readBesideFolder(String path);

  /** How messages name the file that {@link #readBesideFolder} reads. */
  String describeBesideFolder(String path);

  static ConfigSource directory(Path folder) {
    return new Directory(folder);
  }

  /** Files under {@code folder} on the classpath of {@code loader}, e.g. defaults inside a jar. */
  static ConfigSource classpath(ClassLoader loader, String folder) {
    return new Classpath(loader, folder);
  }

  /** A configuration folder on disk. */
  record Directory(Path folder) implements ConfigSource {
    public Directory {
      Objects.requireNonNull(folder, "folder");
    }

    @Override
    public Optional<String> read(String name) {
      try {
        return Optional.of(Files.readString(folder.resolve(name), StandardCharsets.UTF_8));
      } catch (NoSuchFileException e) {
        return Optional.empty();
      } catch (IOException e) {
        throw new ConfigException(describe(name), "", "cannot read the file: " + e, e);
      }
    }

    @Override
    public String describe(String name) {
      return folder.resolve(name).toString();
    }

    @Override
    public Optional<String> readBesideFolder(String path) {
      Path file = besideFolder(path);
      try {
        return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
      } catch (NoSuchFileException e) {
        return Optional.empty();
      } catch (IOException e) {
        throw new ConfigException(file.toString(), "", "cannot read the file: " + e, e);
      }
    }

    @Override
    public String describeBesideFolder(String path) {
      return besideFolder(path).toString();
    }

    private Path besideFolder(String path) {
      // normalize() keeps a relative folder relative: config/.. + config/x -> config/x
      return folder.resolve("..").resolve(path).normalize();
    }
  }

  /** A configuration folder on the classpath. */
  record Classpath(ClassLoader loader, String folder) implements ConfigSource {
    public Classpath {
      Objects.requireNonNull(loader, "loader");
      folder = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
    }

    @Override
    public Optional<String> read(String name) {
      try (InputStream in = loader.getResourceAsStream(resource(name))) {
        return in == null
            ? Optional.empty()
            : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new ConfigException(describe(name), "", "cannot read the file: " + e, e);
      }
    }

    @Override
    public String describe(String name) {
      return "classpath:" + resource(name);
    }

    @Override
    public Optional<String> readBesideFolder(String path) {
      return read("../" + path);
    }

    @Override
    public String describeBesideFolder(String path) {
      return describe("../" + path);
    }

    private String resource(String name) {
      String resolved = folder.isEmpty() ? name : folder + "/" + name;
      // class loaders do not resolve "..": drop each "dir/.." pair
      while (resolved.contains("../")) {
        int up = resolved.indexOf("../");
        int start = up == 0 ? -1 : resolved.lastIndexOf('/', up - 2);
        if (up == 0) {
          throw new ConfigException(
              "classpath:" + resolved, "", "points above the root of the classpath");
        }
        resolved = resolved.substring(0, start + 1) + resolved.substring(up + 3);
      }
      return resolved;
    }
  }
}
