package dev.coinengine.core.selection;

import static dev.coinengine.core.selection.Bars.DAY;
import static dev.coinengine.core.selection.Bars.HOUR;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.market.BarSeries;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HistoricalUniverseTest {

  private static final LocalDate DAY_X = LocalDate.of(2023, 3, 10);
  private static final long X = DAY_X.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();

  private final SelectionSettings settings = SelectionSettings.defaults().withLimit(0);
  private final HistoricalUniverse history = HistoricalUniverse.forSettings(settings);
  private final CoinSelector selector = ChainedCoinSelector.fromSettings(settings);

  private static double wave(long t) {
    return 100 * (1 + 0.05 * Math.sin(t / (double) (7 * HOUR)));
  }

  private Map<String, BarSeries> lake() {
    Map<String, BarSeries> lake = new HashMap<>();
    lake.put(
        "BTCUSDT",
        Bars.hourly("BTCUSDT", X - 60 * DAY, X + 30 * DAY, HistoricalUniverseTest::wave));
    // Delisted at 03:00 on day X: its last bar opens at 02:00.
    lake.put(
        "GONEUSDT",
        Bars.hourly("GONEUSDT", X - 60 * DAY, X + 3 * HOUR, HistoricalUniverseTest::wave));
    // Listed five days after day X.
    lake.put(
        "LATEUSDT",
        Bars.hourly("LATEUSDT", X + 5 * DAY, X + 30 * DAY, HistoricalUniverseTest::wave));
    lake.put("USDCUSDT", Bars.hourly("USDCUSDT", X - 60 * DAY, X + 30 * DAY, t -> 1.0));
    lake.put(
        "ETHFDUSD",
        Bars.hourly("ETHFDUSD", X - 60 * DAY, X + 30 * DAY, HistoricalUniverseTest::wave));
    return lake;
  }

  @Test
  void aCoinWhoseBarsStopIsGoneFromTheDayAfter() {
    Selection onX = selector.select(history.at(DAY_X, lake()));
    assertThat(onX.symbols()).contains("GONEUSDT");
    Selection dayAfter = selector.select(history.at(DAY_X.plusDays(1), lake()));
    assertThat(dayAfter.symbols()).doesNotContain("GONEUSDT");
    assertThat(dayAfter.exclusionsByReason().get(ReasonCode.NO_RECENT_BARS))
        .extracting(Exclusion::symbol)
        .containsExactly("GONEUSDT");
  }

  @Test
  void aCoinIsNoCandidateBeforeItsFirstBarAndTooNewRightAfter() {
    Universe onX = history.at(DAY_X, lake());
    assertThat(onX.candidates()).extracting(CoinMarket::symbol).doesNotContain("LATEUSDT");
    Selection weekLater = selector.select(history.at(DAY_X.plusDays(7), lake()));
    assertThat(weekLater.excluded())
        .filteredOn(e -> e.symbol().equals("LATEUSDT"))
        .extracting(Exclusion::reason)
        .containsExactly(ReasonCode.TOO_NEW);
    Selection monthLater = selector.select(history.at(DAY_X.plusDays(20), lake()));
    assertThat(monthLater.symbols()).contains("LATEUSDT");
  }

  @Test
  void symbolsAreSplitByKnownQuotesAndFilteredLikeLiveOnes() {
    Universe universe = history.at(DAY_X, lake());
    CoinMarket eth =
        universe.candidates().stream()
            .filter(c -> c.symbol().equals("ETHFDUSD"))
            .findFirst()
            .orElseThrow();
    assertThat(eth.info().baseAsset()).isEqualTo("ETH");
    assertThat(eth.info().quoteAsset()).isEqualTo("FDUSD");
    Selection selection = selector.select(universe);
    Map<ReasonCode, List<Exclusion>> byReason = selection.exclusionsByReason();
    assertThat(byReason.get(ReasonCode.WRONG_QUOTE))
        .extracting(Exclusion::symbol)
        .containsExactly("ETHFDUSD");
    assertThat(byReason.get(ReasonCode.STABLECOIN))
        .extracting(Exclusion::symbol)
        .containsExactly("USDCUSDT");
    assertThat(history.quoteOf("XYZ")).isEmpty();
  }

  @Test
  void spreadAndTickSizeAreUncheckedInABarBuiltUniverse() {
    Selection selection = selector.select(history.at(DAY_X, lake()));
    RankedCoin btc = selection.ranked().get(selection.symbols().indexOf("BTCUSDT"));
    assertThat(btc.unchecked())
        .anyMatch(n -> n.startsWith("max-spread-bps"))
        .anyMatch(n -> n.startsWith("max-tick-percent"));
    assertThat(btc.metrics()).containsKeys("quote-volume-24h", "volatility", "listing-days");
    assertThat(btc.metrics()).doesNotContainKey("spread-bps");
  }
}
