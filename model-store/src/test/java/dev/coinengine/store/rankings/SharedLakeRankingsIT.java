package dev.coinengine.store.rankings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.coinengine.core.market.Interval;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.apache.iceberg.catalog.Catalog;
import org.junit.jupiter.api.Test;

/**
 * Thirty days of 2023 over the 315 coins of {@code shared/data/klines/1h}. To keep the import short
 * the lake holds each coin's first bar (for the listing age) and its bars from 2023-07-01.
 */
class SharedLakeRankingsIT {
  private static final LocalDate FIRST = LocalDate.of(2023, 8, 1);
  private static final int DAYS = 30;
  private static final long LOAD_FROM = 1688169600000L; // 2023-07-01 00:00 UTC

  @Test
  void thirtyDaysOverTheSharedCoinsAreStoredAndStoppedCoinsStayExcluded() {
    Optional<Path> shared = KlineFolders.find("shared/data/klines/1h");
    assumeThat(shared).as("shared/data/klines/1h not found beside the repository").isPresent();
    Catalog catalog =
        IcebergCatalogs.open(CatalogSettings.inMemory("t", "mem://shared-" + UUID.randomUUID()));
    KlineLake lake = KlineLake.open(catalog);
    long snapshot = KlineFolders.load(lake, shared.get(), LOAD_FROM);
    RankingTable table = RankingTable.open(catalog);
    SelectionSettings settings = SelectionSettings.defaults().withLimit(0);
    DailyRankings rankings =
        new DailyRankings(
            new PointInTimeSelections(lake, Interval.H1, Clock.systemUTC(), SelectionListener.NONE),
            table);

    List<DailyRankings.DailyRanking> days = rankings.ensure(FIRST, DAYS, settings, snapshot);

    Map<String, Long> lastOpen = lake.lastOpenTimes(Interval.H1, OptionalLong.of(snapshot));
    assertThat(lastOpen).hasSizeGreaterThan(300);
    assertThat(table.dates()).hasSize(DAYS);
    for (DailyRankings.DailyRanking day : days) {
      LocalDate date = day.stored().date();
      Selection read = table.read(date).orElseThrow().selection();
      assertThat(read).as("read back %s", date).isEqualTo(day.stored().selection());
      assertThat(read.ranked()).as("ranked on %s", date).hasSizeGreaterThan(200);
      assertThat(read.symbols()).doesNotContain("USDCUSDT", "BUSDUSDT", "EURUSDT");
      long asOf = date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      long stoppedBefore = asOf - Interval.H1.millis() - 12 * 3_600_000L;
      List<String> stopped =
          lastOpen.entrySet().stream()
              .filter(e -> e.getValue() < stoppedBefore)
              .map(Map.Entry::getKey)
              .toList();
      assertThat(stopped).as("coins whose bars ended before %s", date).isNotEmpty();
      assertThat(read.excluded())
          .filteredOn(e -> stopped.contains(e.symbol()))
          .hasSize(stopped.size())
          // Filters before recent-bars in the chain (stablecoin, fiat, ...) may claim them first.
          .allSatisfy(
              e ->
                  assertThat(e.reason().ordinal())
                      .isLessThanOrEqualTo(ReasonCode.NO_RECENT_BARS.ordinal()));
      // SRMUSDT's bars end in November 2022 (docs/selection.md).
      assertThat(PointInTimeRankingsIT.reasonOf(read, "SRMUSDT"))
          .contains(ReasonCode.NO_RECENT_BARS);
    }
  }
}
