package dev.coinengine.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the command line in-process against the embedded stack on free ports. */
class EngineCliIT {
  static final Path ROOT = EngineRoot.find();

  @TempDir Path home;

  record Run(int exit, String out, String err) {}

  static Run run(Map<String, String> extraEnv, String... args) {
    Map<String, String> env = new HashMap<>(EngineRoot.freePortsEnv());
    env.putAll(extraEnv);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cli =
        EngineCli.commandLine(ROOT, env, new PrintStream(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    int exit = cli.execute(args);
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void localOnceImportsTheBundledSampleThenASecondRunAddsNothing() {
    Run first = run(Map.of(), "local", "--once", "--home", home.toString());

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("21 files, 128,601 bars read, 128,601 appended")
        .contains("21 symbols, 128,601 bars, 20 gaps, 20 missing bars, 0 duplicate bars")
        .containsPattern("BTCUSDT +1h +6,551 +2023-01-01 00:00 +2023-09-30 23:00")
        .containsPattern("YFIIUSDT +1h +5,594 +2023-01-01 00:00 +2023-08-22 02:00");

    Run second = run(Map.of(), "local", "--once", "--home", home.toString());

    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out())
        .contains("128,601 bars read, 0 appended, 128,601 already in the lake, 0 commits")
        .contains("21 symbols, 128,601 bars");
    assertThat(home.resolve("catalog.db")).exists();
    assertThat(home.resolve("s3")).isDirectory();
  }

  @Test
  void aBadConfigurationValueStopsStartUpNamingTheFileTheKeyAndTheReason() throws IOException {
    Path config = copyConfig();
    Path base = config.resolve("scalable_engine.yaml");
    Files.writeString(
        base, Files.readString(base).replace("max-receive-count: 5", "max-receive-count: 0"));

    Run run =
        run(Map.of(), "local", "--once", "--home", home.toString(), "--config", config.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("scalable_engine.yaml")
        .contains("queue.max-receive-count")
        .contains("must be between 1 and 1000, was 0")
        .doesNotContain("\tat ");
  }

  @Test
  void aBadEnvironmentOverrideNamesTheVariable() {
    Run run =
        run(
            Map.of("ENGINE_MARKET_DATA_IMPORT_THREADS", "many"),
            "local",
            "--once",
            "--home",
            home.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("ENGINE_MARKET_DATA_IMPORT_THREADS").contains("import-threads");
  }

  @Test
  void aMissingDataFolderIsAClearError() {
    Run run =
        run(
            Map.of(),
            "local",
            "--once",
            "--home",
            home.toString(),
            "--data",
            home.resolve("no-such-folder").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("is not a folder").doesNotContain("\tat ");
  }

  @Test
  void malformedRowsAreReportedWithFileAndLineAndTheGoodRowsAreImported() throws IOException {
    Path data = Files.createDirectories(home.resolve("data"));
    writeGzip(
        data.resolve("ABCUSDT-1h.csv.gz"),
        String.join(
            "\n",
            "open_time_ms,open,high,low,close,volume,quote_volume,trades",
            "1672531200000,1.0,1.2,0.9,1.1,100,,",
            "1672534800000,1.1,oops,1.0,1.15,100,,",
            "1672538400000,1.15,1.0,1.2,1.1,100,,",
            "1672542000000,1.1,1.3,1.0,1.2,100,,",
            "1672542000000,1.1,1.3,1.0,1.2,100,,",
            ""));

    Run run =
        run(
            Map.of(),
            "local",
            "--once",
            "--home",
            home.resolve("h").toString(),
            "--data",
            data.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("2 appended")
        .contains("rows skipped")
        .contains("ABCUSDT-1h.csv.gz:3")
        .contains("ABCUSDT-1h.csv.gz:4")
        .contains("ABCUSDT-1h.csv.gz:6")
        .contains("1 symbols, 2 bars");
  }

  private Path copyConfig() throws IOException {
    Path target = home.resolve("config");
    Path source = ROOT.resolve("config");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return target;
  }

  static void writeGzip(Path file, String content) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
  }
}
