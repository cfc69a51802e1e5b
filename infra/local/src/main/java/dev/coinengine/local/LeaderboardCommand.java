package dev.coinengine.local;

import dev.coinengine.core.config.ConsensusSettings;
import dev.coinengine.core.gate.EngineStats;
import dev.coinengine.core.gate.LeaderboardChange;
import dev.coinengine.core.gate.LeaderboardEntry;
import dev.coinengine.functions.track.TrackMetrics;
import dev.coinengine.functions.track.TrackRecordService;
import dev.coinengine.functions.track.TrackSettings;
import dev.coinengine.store.track.ObjectTrackRecordStore;
import dev.coinengine.store.track.RecordedChange;
import dev.coinengine.store.track.StoredLeaderboard;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./engine leaderboard [--refresh [--as-of DATE] [--lookback-days N]]}: print the engines'
 * leaderboard, or refresh it from the recorded outcomes first (the weekly job).
 */
@Command(
    name = "leaderboard",
    mixinStandardHelpOptions = true,
    description = {
      "Print the engines' leaderboard (hit rates and enabled flags per regime) and its latest",
      "changes; with --refresh, rebuild it from the recorded outcomes first and store the",
      "new version with every enable/disable change and its reason."
    })
final class LeaderboardCommand implements Callable<Integer> {
  private static final int CHANGES_SHOWN = 10;

  private final EngineEnvironment environment;
  private final Clock clock;

  @Mixin CommonOptions common = new CommonOptions();

  @Option(names = "--refresh", description = "Refresh the leaderboard from the outcomes first.")
  boolean refresh;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "Judge the outcomes as of YYYY-MM-DD (00:00 UTC) or an ISO-8601 instant. Default: now.")
  String asOf;

  @Option(
      names = "--lookback-days",
      paramLabel = "N",
      description = "Days of outcomes before --as-of to read. Default: 28.")
  Integer lookbackDays;

  LeaderboardCommand(EngineEnvironment environment) {
    this(environment, Clock.systemUTC());
  }

  LeaderboardCommand(EngineEnvironment environment, Clock clock) {
    this.environment = environment;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    if (!refresh && (asOf != null || lookbackDays != null)) {
      throw new UserError("--as-of and --lookback-days need --refresh");
    }
    Instant when = asOf == null ? clock.instant() : parseAsOf();
    if (when.isAfter(clock.instant())) {
      throw new UserError("--as-of must not lie in the future, was " + when);
    }
    if (when.isBefore(TrackSettings.EARLIEST)) {
      throw new UserError(
          "--as-of must not lie before " + TrackSettings.EARLIEST + ", was " + when);
    }
    int days = lookbackDays == null ? TrackSettings.DEFAULT_LOOKBACK_DAYS : lookbackDays;
    if (days < 1 || days > TrackSettings.MAX_LOOKBACK_DAYS) {
      throw new UserError(
          "--lookback-days must be between 1 and "
              + TrackSettings.MAX_LOOKBACK_DAYS
              + ", was "
              + days);
    }
    try (EngineContext context = EngineContext.open(common.load(environment))) {
      TrackSettings settings = TrackSettings.from(context.config());
      TrackRecordService track =
          new TrackRecordService(
              new ObjectTrackRecordStore(context.objectStore(), clock),
              settings,
              clock,
              new TrackMetrics(new SimpleMeterRegistry()));
      PrintStream out = environment.out();
      if (refresh) {
        TrackRecordService.Refreshed refreshed = track.refresh(when, Duration.ofDays(days));
        print(out, refreshed.saved(), days, settings.consensus());
        out.println();
        List<LeaderboardChange> changes = refreshed.update().changes();
        out.println(
            changes.isEmpty() ? "no engine changed" : "changes of this refresh: " + changes.size());
        changes.forEach(c -> out.println("  " + line(refreshed.saved().version(), c)));
        return 0;
      }
      Optional<StoredLeaderboard> current = track.leaderboard();
      if (current.isEmpty()) {
        out.println(
            "no leaderboard yet: record outcomes (recordOutcome), then run"
                + " ./engine leaderboard --refresh");
        return 0;
      }
      print(out, current.get(), -1, settings.consensus());
      List<RecordedChange> changes = track.changes();
      out.println();
      out.println(
          changes.isEmpty()
              ? "no changes recorded"
              : "latest changes ("
                  + Math.min(CHANGES_SHOWN, changes.size())
                  + " of "
                  + changes.size()
                  + "):");
      changes.stream()
          .skip(Math.max(0, changes.size() - CHANGES_SHOWN))
          .forEach(c -> out.println("  " + line(c.version(), c.change())));
    }
    return 0;
  }

  private Instant parseAsOf() {
    try {
      return asOf.length() == 10
          ? LocalDate.parse(asOf).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(asOf);
    } catch (DateTimeParseException e) {
      throw new UserError(
          "--as-of must be a date such as 2026-11-23 or an instant such as 2026-11-23T00:00:00Z,"
              + " was '"
              + asOf
              + "'");
    }
  }

  private static void print(
      PrintStream out, StoredLeaderboard stored, int days, ConsensusSettings consensus) {
    out.printf(
        Locale.ROOT,
        "leaderboard version %d as of %s: %d outcomes read%s, saved %s%n",
        stored.version(),
        stored.asOf(),
        stored.outcomes(),
        days > 0 ? " over " + days + " days" : "",
        stored.savedAt());
    List<LeaderboardEntry> entries = stored.trackRecord().leaderboard().entries();
    if (entries.isEmpty()) {
      out.println("no engine has outcomes yet");
      return;
    }
    out.printf(
        Locale.ROOT,
        "%-28s %-6s %-9s %9s %9s %14s%n",
        "engine",
        "regime",
        "state",
        "outcomes",
        "hit rate",
        "mean net bps");
    for (LeaderboardEntry e : entries) {
      EngineStats s = e.stats();
      out.printf(
          Locale.ROOT,
          "%-28s %-6s %-9s %9d %9.4f %14.2f%n",
          e.engineId(),
          e.regime(),
          e.enabled() ? "enabled" : "DISABLED",
          s.outcomes(),
          s.shrunkHitRate(consensus.priorStrength(), consensus.priorHitRate()),
          s.meanNetReturn() * 10_000);
    }
  }

  private static String line(long version, LeaderboardChange c) {
    return String.format(
        Locale.ROOT,
        "v%d %s %s %s %s: %s",
        version,
        c.at(),
        c.engineId(),
        c.regime(),
        c.enabled() ? "enabled" : "disabled",
        c.reason());
  }
}
