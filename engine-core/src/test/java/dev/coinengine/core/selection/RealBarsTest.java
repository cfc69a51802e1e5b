package dev.coinengine.core.selection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Point-in-time statistics and selections from the real 1h spot lake (skipped when absent). */
class RealBarsTest {

  private static final long DAY_MS = 86_400_000L;

  private static BarSeries load(String symbol) {
    return KlineFiles.read(
        SharedData.require("klines/1h/" + symbol + "-1h.csv.gz"), symbol, Interval.H1);
  }

  private static long startOf(LocalDate date) {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  @Test
  void statsOfAPastDayAreTheSameWithOrWithoutTheLaterBars() {
    CoinStatsCalculator calculator = new CoinStatsCalculator(10);
    for (String symbol : List.of("BTCUSDT", "SRMUSDT", "FTTUSDT")) {
      BarSeries full = load(symbol);
      for (LocalDate date :
          List.of(
              LocalDate.of(2021, 9, 30), LocalDate.of(2022, 11, 10), LocalDate.of(2023, 3, 25))) {
        long asOf = startOf(date);
        BarSeries truncated = full.between(Long.MIN_VALUE, asOf);
        assertThat(calculator.fromBars(full, asOf))
            .as("%s at %s", symbol, date)
            .isEqualTo(calculator.fromBars(truncated, asOf));
      }
    }
  }

  @Test
  void btcStatsFromRealBarsArePlausible() {
    CoinStats stats =
        new CoinStatsCalculator(10).fromBars(load("BTCUSDT"), startOf(LocalDate.of(2023, 9, 1)));
    assertThat(stats.listingDays()).isGreaterThan(790); // the lake starts on 2021-07-01
    assertThat(stats.hoursSinceLastBar()).isZero();
    // BTC traded well above 100 million USDT a day on Binance spot in 2023.
    assertThat(stats.quoteVolume24h()).isBetween(1e8, 2e10);
    assertThat(stats.volatility()).isBetween(0.002, 0.1);
    assertThat(stats.rangeChange()).isBetween(0.01, 0.5);
    assertThat(stats.lastClose()).isBetween(20_000.0, 35_000.0);
  }

  @Test
  void srmLeavesTheUniverseTheDayAfterItsBarsStop() {
    // SRMUSDT's last bar in the lake opens on 2022-11-28 02:00 UTC.
    Map<String, BarSeries> lake = Map.of("SRMUSDT", load("SRMUSDT"), "BTCUSDT", load("BTCUSDT"));
    SelectionSettings settings = SelectionSettings.defaults();
    HistoricalUniverse history = HistoricalUniverse.forSettings(settings);
    CoinSelector selector = ChainedCoinSelector.fromSettings(settings);
    assertThat(selector.select(history.at(LocalDate.of(2022, 11, 28), lake)).symbols())
        .contains("SRMUSDT");
    Selection after = selector.select(history.at(LocalDate.of(2022, 11, 29), lake));
    assertThat(after.symbols()).containsExactly("BTCUSDT");
    assertThat(after.excluded())
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo(ReasonCode.NO_RECENT_BARS));
  }

  @Test
  void aWholeLakeDayExcludesStablecoinsAndFiatAndExplainsEveryOtherCoin() throws IOException {
    Path dir = SharedData.require("klines/1h/BTCUSDT-1h.csv.gz").getParent();
    LocalDate date = LocalDate.of(2023, 9, 1);
    long asOf = startOf(date);
    Map<String, BarSeries> lake = new HashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        String symbol = file.getFileName().toString().replace("-1h.csv.gz", "");
        lake.put(symbol, KlineFiles.read(file, symbol, Interval.H1, asOf - 15 * DAY_MS, asOf));
      }
    }
    SelectionSettings settings = SelectionSettings.defaults().withLimit(0);
    Universe universe = HistoricalUniverse.forSettings(settings).at(date, lake);
    Selection selection = ChainedCoinSelector.fromSettings(settings).select(universe);

    assertThat(selection.candidateCount()).isEqualTo(universe.size());
    assertThat(selection.ranked().size()).isGreaterThan(200);
    assertThat(selection.symbols().subList(0, 5)).contains("BTCUSDT", "ETHUSDT");
    Map<ReasonCode, List<Exclusion>> byReason = selection.exclusionsByReason();
    assertThat(byReason.get(ReasonCode.STABLECOIN))
        .extracting(Exclusion::symbol)
        .contains("USDCUSDT", "BUSDUSDT", "USDPUSDT");
    assertThat(byReason.get(ReasonCode.FIAT))
        .extracting(Exclusion::symbol)
        .contains("EURUSDT", "GBPUSDT");
    // SRM stopped in 2022: it exists in the lake but is no candidate-selected coin in 2023.
    assertThat(selection.symbols()).doesNotContain("SRMUSDT", "USDCUSDT", "EURUSDT");
    selection.excluded().forEach(e -> assertThat(e.detail()).isNotBlank());
  }
}
