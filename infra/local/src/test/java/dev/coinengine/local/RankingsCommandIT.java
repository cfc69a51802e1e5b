package dev.coinengine.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./engine rankings} against a temporary engine home with the bundled sample imported. */
class RankingsCommandIT {
  @TempDir Path home;

  private Path root;
  private Map<String, String> env;

  @BeforeEach
  void findEngineRoot() throws IOException {
    root = Path.of("").toAbsolutePath();
    while (!Files.isRegularFile(root.resolve("config/scalable_engine.yaml"))) {
      root = root.getParent();
    }
    env =
        Map.of(
            "ENGINE_STORAGE_EMBEDDED_PORT", Integer.toString(freePort()),
            "ENGINE_QUEUE_EMBEDDED_PORT", Integer.toString(freePort()));
  }

  private record Run(int exit, String out, String err) {}

  private Run engine(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    CommandLine cli =
        EngineCli.commandLine(root, env, new PrintStream(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
  }

  @Test
  void ranksStoresAndReadsBackPastDays() {
    Run imported =
        engine(
            "lake",
            "import",
            "--home",
            home.toString(),
            "--data",
            root.resolve("infra/local/sample/klines/1h").toString());
    assertThat(imported.exit()).as(imported.err()).isZero();

    Run first =
        engine(
            "rankings",
            "--home",
            home.toString(),
            "--date",
            "2023-08-22",
            "--days",
            "2",
            "--limit",
            "5",
            "--ranking",
            "volatility");

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("2023-08-22: 5 ranked of 20 candidates by volatility (computed and stored")
        .contains("2023-08-23: 5 ranked of 20 candidates by volatility (computed and stored")
        .contains("STABLECOIN", "USDCUSDT")
        .contains("BELOW_RANK_LIMIT")
        .containsPattern("NO_RECENT_BARS +1 +YFIIUSDT")
        .containsPattern("(?m)^ +1 +[A-Z0-9]+USDT ")
        .containsPattern(
            "selection took \\d+ ms: lake read \\d+ ms \\([0-9,]+ bars of 2\\d symbols\\)");

    Run again =
        engine(
            "rankings",
            "--home",
            home.toString(),
            "--date",
            "2023-08-23",
            "--limit",
            "5",
            "--ranking",
            "volatility");
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out())
        .contains("2023-08-23: 5 ranked of 20 candidates by volatility (read back")
        .doesNotContain("selection took");
  }

  @Test
  void badInputIsOneLineAndExitCodeTwo() {
    Run badDate = engine("rankings", "--home", home.toString(), "--date", "2023-13-01");
    Run negativeLimit =
        engine("rankings", "--home", home.toString(), "--date", "2023-06-01", "--limit", "-1");
    Run unknownRanking =
        engine("rankings", "--home", home.toString(), "--date", "2023-06-01", "--ranking", "hype");

    assertThat(badDate.exit()).isEqualTo(2);
    assertThat(badDate.err().strip())
        .isEqualTo("engine: --date must be a date such as 2023-06-01, was '2023-13-01'");
    assertThat(negativeLimit.exit()).isEqualTo(2);
    assertThat(negativeLimit.err().strip())
        .isEqualTo("engine: --limit must be >= 0 (0 = all), was -1");
    assertThat(unknownRanking.exit()).isEqualTo(2);
    assertThat(unknownRanking.err().strip())
        .isEqualTo(
            "engine: --ranking: unknown method 'hype' (expected quote-volume, liquidity-score or"
                + " volatility)");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
