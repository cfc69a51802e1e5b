package dev.coinengine.local;

import dev.coinengine.core.market.Interval;
import dev.coinengine.core.selection.Exclusion;
import dev.coinengine.core.selection.RankedCoin;
import dev.coinengine.core.selection.RankingMethod;
import dev.coinengine.core.selection.ReasonCode;
import dev.coinengine.core.selection.Selection;
import dev.coinengine.core.selection.SelectionSettings;
import dev.coinengine.store.rankings.DailyRankings;
import dev.coinengine.store.rankings.PointInTimeSelections;
import dev.coinengine.store.rankings.RankingTable;
import dev.coinengine.store.rankings.SelectionMetrics;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./engine rankings --date YYYY-MM-DD}: the point-in-time coin selection of past days from
 * the kline lake, stored in {@code market.coin_rankings} and printed.
 */
@Command(
    name = "rankings",
    mixinStandardHelpOptions = true,
    description = {
      "Compute (or read back) the coin selection of past days from the kline lake, store it",
      "in market.coin_rankings and print the ranked coins and the exclusions by reason."
    })
final class RankingsCommand implements Callable<Integer> {
  private static final int EXAMPLES_PER_REASON = 5;

  private final EngineEnvironment environment;

  @Mixin CommonOptions common = new CommonOptions();

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      required = true,
      description = "First selection date (as of 00:00 UTC).")
  String date;

  @Option(
      names = "--days",
      paramLabel = "K",
      defaultValue = "1",
      description = "Consecutive days from --date. Default: ${DEFAULT-VALUE}.")
  int days;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Coins to keep, 0 = all. Default: coin-selection.limit.")
  Integer limit;

  @Option(
      names = "--ranking",
      paramLabel = "METHOD",
      description = "quote-volume, liquidity-score or volatility. Default: coin-selection.ranking.")
  String ranking;

  @Option(
      names = "--snapshot",
      paramLabel = "ID",
      description = "Read the lake as of this Iceberg snapshot id. Default: the newest.")
  Long snapshot;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  RankingsCommand(EngineEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    LocalDate first = parseDate();
    if (days < 1 || days > 3660) {
      throw new UserError("--days must be between 1 and 3660, was " + days);
    }
    if (limit != null && limit < 0) {
      throw new UserError("--limit must be >= 0 (0 = all), was " + limit);
    }
    RankingMethod method = null;
    if (ranking != null) {
      try {
        method = RankingMethod.parse(ranking);
      } catch (IllegalArgumentException e) {
        throw new UserError(
            "--ranking: unknown method '"
                + ranking
                + "' (expected quote-volume,"
                + " liquidity-score or volatility)");
      }
    }
    try (EngineContext context = EngineContext.open(common.load(environment))) {
      SelectionSettings settings = context.config().coinSelection();
      if (limit != null) {
        settings = settings.withLimit(limit);
      }
      if (method != null) {
        settings = settings.withRanking(method);
      }
      OptionalLong pinned =
          snapshot != null ? OptionalLong.of(snapshot) : context.lake().currentSnapshotId();
      if (pinned.isEmpty()) {
        throw new UserError("the kline lake is empty; fill it with ./engine lake import first");
      }
      if (snapshot != null) {
        checkSnapshot(context, snapshot);
      }
      Map<LocalDate, SelectionMetrics> measured = new HashMap<>();
      DailyRankings daily =
          new DailyRankings(
              new PointInTimeSelections(
                  context.lake(),
                  Interval.H1,
                  Clock.systemUTC(),
                  metrics -> measured.put(metrics.date(), metrics)),
              RankingTable.open(context.catalog()));
      PrintStream out = environment.out();
      for (DailyRankings.DailyRanking day :
          daily.ensure(first, days, settings, pinned.getAsLong())) {
        print(out, day, Optional.ofNullable(measured.get(day.stored().date())));
      }
    }
    return 0;
  }

  private LocalDate parseDate() {
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new UserError("--date must be a date such as 2023-06-01, was '" + date + "'");
    }
  }

  private static void checkSnapshot(EngineContext context, long id) {
    try {
      context.lake().lastOpenTimes(Interval.H1, OptionalLong.of(id));
    } catch (IllegalArgumentException e) {
      throw new UserError("--snapshot: " + e.getMessage());
    }
  }

  private static void print(
      PrintStream out, DailyRankings.DailyRanking day, Optional<SelectionMetrics> metrics) {
    Selection selection = day.stored().selection();
    out.println();
    out.printf(
        Locale.ROOT,
        "%s: %d ranked of %d candidates by %s (%s; settings %s, lake snapshot %d)%n",
        day.stored().date(),
        selection.ranked().size(),
        selection.candidateCount(),
        selection.ranking().code(),
        day.computed() ? "computed and stored" : "read back",
        day.stored().settingsHash(),
        day.stored().lakeSnapshotId());
    metrics.ifPresent(
        m ->
            out.printf(
                Locale.ROOT,
                "selection took %d ms: lake read %d ms (%,d bars of %d symbols), select %d ms%n",
                m.totalTime().toMillis(),
                m.readTime().toMillis(),
                m.barsRead(),
                m.symbolsRead(),
                m.selectTime().toMillis()));
    if (selection.candidateCount() == 0) {
      out.println("no coin had a bar closed by then");
      return;
    }
    if (!selection.ranked().isEmpty()) {
      out.printf(
          Locale.ROOT,
          "%5s  %-14s %16s %18s %10s %8s%n",
          "rank",
          "symbol",
          "score",
          "24h quote volume",
          "volatility",
          "listing");
      for (RankedCoin coin : selection.ranked()) {
        Map<String, Double> m = coin.metrics();
        out.printf(
            Locale.ROOT,
            "%5d  %-14s %16s %18s %10s %8s%n",
            coin.rank(),
            coin.symbol(),
            number(coin.score()),
            number(m.get("quote-volume-24h")),
            m.containsKey("volatility")
                ? String.format(Locale.ROOT, "%.4f", m.get("volatility"))
                : "-",
            m.containsKey("listing-days")
                ? String.format(Locale.ROOT, "%.0f d", Math.floor(m.get("listing-days")))
                : "-");
      }
    }
    Map<ReasonCode, List<Exclusion>> byReason = selection.exclusionsByReason();
    if (!byReason.isEmpty()) {
      out.println("excluded: " + selection.excluded().size());
      byReason.forEach(
          (reason, exclusions) ->
              out.printf(
                  Locale.ROOT,
                  "  %-18s %4d  %s%s%n",
                  reason,
                  exclusions.size(),
                  exclusions.stream()
                      .limit(EXAMPLES_PER_REASON)
                      .map(Exclusion::symbol)
                      .collect(Collectors.joining(", ")),
                  exclusions.size() > EXAMPLES_PER_REASON ? ", ..." : ""));
    }
  }

  private static String number(Double value) {
    if (value == null) {
      return "-";
    }
    return String.format(Locale.ROOT, "%,.2f", value);
  }
}
