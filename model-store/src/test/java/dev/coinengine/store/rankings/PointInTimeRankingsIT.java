package dev.coinengine.store.rankings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.coinengine.core.market.Interval;
import dev.coinengine.core.selection.Exclusion;
import dev.coinengine.core.selection.RankedCoin;
import dev.coinengine.core.selection.ReasonCode;
import dev.coinengine.core.selection.Selection;
import dev.coinengine.core.selection.SelectionSettings;
import dev.coinengine.store.iceberg.CatalogSettings;
import dev.coinengine.store.iceberg.IcebergCatalogs;
import dev.coinengine.store.lake.KlineLake;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.apache.iceberg.catalog.Catalog;
import org.junit.jupiter.api.Test;

/**
 * Thirty consecutive days of point-in-time rankings over the bundled sample (21 real coins, 2023-01
 * to 2023-09): YFIIUSDT's bars end on 2023-08-22, USDCUSDT is a stablecoin.
 */
class PointInTimeRankingsIT {
  private static final LocalDate FIRST = LocalDate.of(2023, 8, 10);
  private static final int DAYS = 30;

  @Test
  void thirtyDaysAreComputedStoredAndReadBackAndAStoppedCoinDisappears() {
    Optional<Path> sample = KlineFolders.find("infra/local/sample/klines/1h");
    assumeThat(sample).as("bundled sample infra/local/sample/klines/1h not found").isPresent();
    Catalog catalog =
        IcebergCatalogs.open(CatalogSettings.inMemory("t", "mem://pit-" + UUID.randomUUID()));
    KlineLake lake = KlineLake.open(catalog);
    long snapshot = KlineFolders.load(lake, sample.get(), 0);
    RankingTable table = RankingTable.open(catalog);
    List<SelectionMetrics> metrics = new ArrayList<>();
    DailyRankings rankings =
        new DailyRankings(
            new PointInTimeSelections(lake, Interval.H1, Clock.systemUTC(), metrics::add), table);
    SelectionSettings settings = SelectionSettings.defaults();

    List<DailyRankings.DailyRanking> days = rankings.ensure(FIRST, DAYS, settings, snapshot);

    assertThat(days).hasSize(DAYS).allMatch(DailyRankings.DailyRanking::computed);
    assertThat(metrics).hasSize(DAYS);
    assertThat(table.dates())
        .containsExactlyElementsOf(FIRST.datesUntil(FIRST.plusDays(DAYS)).toList());
    long yfiiLastClose =
        lake.lastOpenTimes(Interval.H1, OptionalLong.of(snapshot)).get("YFIIUSDT")
            + Interval.H1.millis();
    Map<String, Long> firstOpen = lake.firstOpenTimes(Interval.H1, OptionalLong.of(snapshot));
    long yfiiFirst = firstOpen.get("YFIIUSDT");
    int ranked = 0;
    int gone = 0;
    for (DailyRankings.DailyRanking day : days) {
      LocalDate date = day.stored().date();
      Selection read = table.read(date).orElseThrow().selection();
      assertThat(read).as("read back %s", date).isEqualTo(day.stored().selection());
      long asOf = date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      // Candidates are the coins listed by then (FTTUSDT's sample starts later).
      assertThat(read.candidateCount())
          .isEqualTo(
              firstOpen.values().stream().filter(t -> t + Interval.H1.millis() <= asOf).count());
      assertThat(reasonOf(read, "USDCUSDT")).contains(ReasonCode.STABLECOIN);

      boolean stale = asOf - yfiiLastClose > settings.maxBarStalenessHours() * 3_600_000L;
      if (stale) {
        assertThat(reasonOf(read, "YFIIUSDT"))
            .as("YFII on %s", date)
            .contains(ReasonCode.NO_RECENT_BARS);
        gone++;
      } else {
        RankedCoin yfii =
            rankedCoin(read, "YFIIUSDT")
                .orElseThrow(() -> new AssertionError("YFII not ranked on " + date));
        // The listing age counts from the first bar, not from the start of the read window.
        assertThat(yfii.metrics().get("listing-days"))
            .isCloseTo(
                (asOf - yfiiFirst) / 86_400_000.0, org.assertj.core.data.Offset.offset(1e-9));
        ranked++;
      }
    }
    assertThat(ranked).as("days YFII was still trading").isPositive();
    assertThat(gone).as("days after YFII's bars ended").isPositive();

    List<DailyRankings.DailyRanking> again = rankings.ensure(FIRST, DAYS, settings, snapshot);
    assertThat(again).noneMatch(DailyRankings.DailyRanking::computed);
    assertThat(rankings.ensure(FIRST, 1, settings.withLimit(5), snapshot).get(0))
        .satisfies(d -> assertThat(d.computed()).isTrue())
        .satisfies(d -> assertThat(d.stored().selection().ranked()).hasSize(5));
  }

  static Optional<ReasonCode> reasonOf(Selection selection, String symbol) {
    return selection.excluded().stream()
        .filter(e -> e.symbol().equals(symbol))
        .map(Exclusion::reason)
        .findFirst();
  }

  static Optional<RankedCoin> rankedCoin(Selection selection, String symbol) {
    return selection.ranked().stream().filter(c -> c.symbol().equals(symbol)).findFirst();
  }
}
