package dev.coinengine.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.config.Profile;
import dev.coinengine.core.engines.Direction;
import dev.coinengine.core.gate.Outcome;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.store.track.ObjectTrackRecordStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./engine leaderboard} over outcomes stored in a temporary engine home. */
class LeaderboardCommandIT {
  @TempDir Path home;

  private final Path root = EngineRoot.find();
  private final Map<String, String> env = EngineRoot.freePortsEnv();

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
  void refreshDisablesTheLosingEngineAndThePrintShowsItWithTheReason() {
    Run empty = engine("leaderboard", "--home", home.toString());
    assertThat(empty.exit()).as(empty.err()).isZero();
    assertThat(empty.out()).contains("no leaderboard yet");

    LocalDate day = LocalDate.now(ZoneOffset.UTC).minusDays(10);
    Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
    try (EngineContext context =
        EngineContext.open(
            EngineContext.loadConfig(
                root.resolve("config"), Profile.LOCAL, root, Optional.of(home), env))) {
      ObjectTrackRecordStore store =
          new ObjectTrackRecordStore(context.objectStore(), Clock.systemUTC());
      for (int i = 0; i < 40; i++) {
        Instant at = start.plus(Duration.ofHours(3L * i));
        store.appendOutcomes(
            "d-" + i,
            List.of(
                new Outcome("rule_good", "BTCUSDT", Regime.RANGE, Direction.LONG, 0.002, at),
                new Outcome("rule_bad", "BTCUSDT", Regime.RANGE, Direction.SHORT, -0.002, at)));
      }
    }

    Run refreshed =
        engine(
            "leaderboard",
            "--home",
            home.toString(),
            "--refresh",
            "--as-of",
            day.plusDays(6).toString(),
            "--lookback-days",
            "7");
    Run printed = engine("leaderboard", "--home", home.toString());

    assertThat(refreshed.exit()).as(refreshed.err()).isZero();
    assertThat(refreshed.out())
        .contains("leaderboard version 1 as of " + day.plusDays(6) + "T00:00:00Z: 80 outcomes")
        .containsPattern("rule_bad +RANGE +DISABLED +40 ")
        .containsPattern("rule_good +RANGE +enabled +40 ")
        .contains("changes of this refresh: 1")
        .contains("rule_bad RANGE disabled: shrunk hit rate");
    assertThat(printed.exit()).as(printed.err()).isZero();
    assertThat(printed.out())
        .contains("leaderboard version 1")
        .containsPattern("rule_bad +RANGE +DISABLED")
        .contains("latest changes (1 of 1)")
        .contains("below disable-below-hit-rate 0.47 over 40 outcomes");
  }

  @Test
  void badOptionsAreOneClearLine() {
    Run future =
        engine("leaderboard", "--home", home.toString(), "--refresh", "--as-of", "2999-01-01");
    Run noRefresh = engine("leaderboard", "--home", home.toString(), "--as-of", "2026-01-01");
    Run badDate =
        engine("leaderboard", "--home", home.toString(), "--refresh", "--as-of", "last week");

    assertThat(future.exit()).isEqualTo(2);
    assertThat(future.err()).contains("--as-of must not lie in the future");
    assertThat(noRefresh.exit()).isEqualTo(2);
    assertThat(noRefresh.err()).contains("need --refresh");
    assertThat(badDate.exit()).isEqualTo(2);
    assertThat(badDate.err()).contains("--as-of must be a date");
  }
}
