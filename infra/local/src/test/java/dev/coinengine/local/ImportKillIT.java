package dev.coinengine.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real engine process with SIGKILL in the middle of an import and checks that the next run
 * neither loses nor duplicates bars.
 */
class ImportKillIT {
  private static final int SYMBOLS = 30;
  // import: <done>/<total> files, ... <commits> commits
  private static final Pattern PROGRESS =
      Pattern.compile("^import: (\\d+)/(\\d+) files, .* (\\d+) commits");

  @TempDir Path home;

  @Test
  void anImportKilledMidwayResumesWithoutDuplicates() throws Exception {
    Path jar = EngineRoot.find().resolve("infra/local/target/engine.jar");
    assumeTrue(Files.isRegularFile(jar), "the engine jar is built in the package phase: " + jar);

    // One symbol per commit and one thread, so the kill lands between commits.
    Map<String, String> slow =
        Map.of(
            "ENGINE_MARKET_DATA_SYMBOLS_PER_COMMIT", "1", "ENGINE_MARKET_DATA_IMPORT_THREADS", "1");
    Path data = Files.createDirectories(home.resolve("data"));
    Path btc = EngineRoot.find().resolve("infra/local/sample/klines/1h/BTCUSDT-1h.csv.gz");
    for (int i = 0; i < SYMBOLS; i++) {
      Files.copy(btc, data.resolve(String.format("SYM%02dUSDT-1h.csv.gz", i)));
    }
    Process victim = start(jar, data, slow);
    List<String> seen = new ArrayList<>();
    boolean midway = false;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        seen.add(line);
        Matcher progress = PROGRESS.matcher(line);
        if (progress.find()
            && Integer.parseInt(progress.group(3)) > 0
            && Integer.parseInt(progress.group(1)) < SYMBOLS) {
          midway = true;
          break;
        }
      }
      victim.destroyForcibly(); // SIGKILL: no shutdown hook runs
      assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(midway)
        .as(
            "the kill must land after a commit and before the end; saw:\n"
                + String.join("\n", seen))
        .isTrue();

    Process rerun = start(jar, data, Map.of());
    String output = new String(rerun.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(rerun.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(rerun.exitValue()).as(output).isZero();
    assertThat(output)
        .contains(SYMBOLS + " symbols, " + String.format("%,d", SYMBOLS * 6551L) + " bars")
        .contains("0 duplicate bars")
        .containsPattern("[1-9][0-9,]* already in the lake");
  }

  private Process start(Path jar, Path data, Map<String, String> extraEnv) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dengine.root=" + EngineRoot.find(),
                "-jar",
                jar.toString(),
                "local",
                "--once",
                "--home",
                home.resolve("engine").toString(),
                "--data",
                data.toString())
            .redirectErrorStream(true);
    builder.environment().putAll(EngineRoot.freePortsEnv());
    builder.environment().putAll(extraEnv);
    return builder.start();
  }
}
