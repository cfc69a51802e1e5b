package dev.coinengine.core.selection;

import static dev.coinengine.core.selection.Coins.AS_OF;
import static dev.coinengine.core.selection.Coins.coin;
import static dev.coinengine.core.selection.Coins.listing;
import static dev.coinengine.core.selection.Coins.stats;
import static dev.coinengine.core.selection.Coins.ticker;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.market.ExchangeFilters;
import dev.coinengine.core.market.SymbolInfo;
import dev.coinengine.core.market.Ticker24h;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilterChainTest {

  private static final SelectionSettings DEFAULTS = SelectionSettings.defaults();

  /** Selects a universe of the healthy BTC coin plus {@code probe}; returns probe's exclusion. */
  private static Exclusion exclusionOf(CoinMarket probe, SelectionSettings settings) {
    List<CoinMarket> coins = new ArrayList<>();
    coins.add(coin("BTC", 5e8));
    coins.add(probe);
    Selection selection =
        ChainedCoinSelector.fromSettings(settings)
            .select(new Universe(AS_OF, Universe.Source.EXCHANGE, coins));
    assertThat(selection.symbols()).contains("BTCUSDT");
    return selection.excluded().stream()
        .filter(e -> e.symbol().equals(probe.symbol()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(probe.symbol() + " was not excluded"));
  }

  private static ReasonCode reasonOf(CoinMarket probe) {
    return exclusionOf(probe, DEFAULTS).reason();
  }

  private static CoinMarket withStats(String base, CoinStats stats) {
    return new CoinMarket(
        listing(base, "USDT", "TRADING", "0.001"), ticker(base + "USDT", 10.0, 1e6, 5.0), stats);
  }

  @Test
  void aHealthyCoinPassesEveryFilter() {
    Selection selection =
        ChainedCoinSelector.fromSettings(DEFAULTS).select(Coins.exchange(coin("ETH", 1e8)));
    assertThat(selection.symbols()).containsExactly("ETHUSDT");
    assertThat(selection.ranked().get(0).unchecked()).isEmpty();
  }

  @Test
  void tickerWithoutListingIsNotListed() {
    CoinMarket probe = new CoinMarket(null, ticker("NEWUSDT", 1.0, 1e7, 5.0), CoinStats.UNKNOWN);
    assertThat(reasonOf(probe)).isEqualTo(ReasonCode.NOT_LISTED);
  }

  @Test
  void listingWithoutTickerHasNoTicker() {
    CoinMarket probe =
        new CoinMarket(listing("OLD", "USDT", "TRADING", "0.01"), null, CoinStats.UNKNOWN);
    assertThat(reasonOf(probe)).isEqualTo(ReasonCode.NO_TICKER);
  }

  @Test
  void statusOtherThanTradingIsExcluded() {
    CoinMarket probe =
        new CoinMarket(
            listing("HALT", "USDT", "BREAK", "0.01"), ticker("HALTUSDT", 1, 1e7, 5), stats());
    Exclusion exclusion = exclusionOf(probe, DEFAULTS);
    assertThat(exclusion.reason()).isEqualTo(ReasonCode.NOT_TRADING);
    assertThat(exclusion.detail()).contains("BREAK");
  }

  @Test
  void otherQuoteAssetIsExcluded() {
    CoinMarket probe =
        new CoinMarket(
            listing("ETH", "BTC", "TRADING", "0.00001"), ticker("ETHBTC", 0.05, 1e3, 2), stats());
    assertThat(reasonOf(probe)).isEqualTo(ReasonCode.WRONG_QUOTE);
  }

  @Test
  void stablecoinsAndFiatAreExcluded() {
    assertThat(reasonOf(coin("USDC", 1e9, 0.1))).isEqualTo(ReasonCode.STABLECOIN);
    assertThat(reasonOf(coin("FDUSD", 1e9, 0.1))).isEqualTo(ReasonCode.STABLECOIN);
    assertThat(reasonOf(coin("EUR", 1e8, 1))).isEqualTo(ReasonCode.FIAT);
    assertThat(reasonOf(coin("TRY", 1e8, 1))).isEqualTo(ReasonCode.FIAT);
  }

  @Test
  void leveragedTokensAreExcludedButNotCoinsThatMerelyEndInUp() {
    // BTC is in the universe, so BTCUP is a leveraged token on BTC; "J" is no base, so JUP is a
    // coin.
    assertThat(reasonOf(coin("BTCUP", 1e7))).isEqualTo(ReasonCode.LEVERAGED_TOKEN);
    assertThat(reasonOf(coin("BTCDOWN", 1e7))).isEqualTo(ReasonCode.LEVERAGED_TOKEN);
    assertThat(reasonOf(coin("BULL", 1e7))).isEqualTo(ReasonCode.LEVERAGED_TOKEN);
    Selection selection =
        ChainedCoinSelector.fromSettings(DEFAULTS)
            .select(Coins.exchange(coin("BTC", 1e9), coin("JUP", 1e7), coin("SYRUP", 1e7)));
    assertThat(selection.symbols()).containsExactly("BTCUSDT", "JUPUSDT", "SYRUPUSDT");
  }

  @Test
  void blacklistPatternsMatchTheWholeSymbol() {
    SelectionSettings settings =
        SelectionSettings.fromMap(Map.of("blacklist", List.of("BNB.*", "DOGE")));
    Exclusion exclusion = exclusionOf(coin("BNB", 1e8), settings);
    assertThat(exclusion.reason()).isEqualTo(ReasonCode.BLACKLISTED);
    assertThat(exclusion.detail()).contains("BNB.*");
    // "DOGE" must match the whole symbol DOGEUSDT, so it does not.
    Selection selection =
        ChainedCoinSelector.fromSettings(settings).select(Coins.exchange(coin("DOGE", 1e8)));
    assertThat(selection.symbols()).containsExactly("DOGEUSDT");
  }

  @Test
  void listingWithoutPriceFilterIsExcludedAndSelectionCompletes() {
    SymbolInfo bare = new SymbolInfo("BAREUSDT", "TRADING", "BARE", "USDT", ExchangeFilters.NONE);
    CoinMarket probe = new CoinMarket(bare, ticker("BAREUSDT", 1, 1e7, 5), stats());
    assertThat(reasonOf(probe)).isEqualTo(ReasonCode.MISSING_FILTERS);
  }

  @Test
  void missingFieldsAreExcludedAsMissingData() {
    SymbolInfo blankBase =
        new SymbolInfo(
            "XUSDT", "TRADING", "", "USDT", listing("X", "USDT", "TRADING", "0.1").filters());
    assertThat(reasonOf(new CoinMarket(blankBase, ticker("XUSDT", 1, 1e7, 5), stats())))
        .isEqualTo(ReasonCode.MISSING_DATA);
    Ticker24h noPrice =
        new Ticker24h("NPUSDT", Double.NaN, 1, 1, 1.001, 1, 1, 1, 1, 1e6, 10, 0, AS_OF - 1, AS_OF);
    CoinMarket probe = new CoinMarket(listing("NP", "USDT", "TRADING", "0.001"), noPrice, stats());
    Exclusion exclusion = exclusionOf(probe, DEFAULTS);
    assertThat(exclusion.reason()).isEqualTo(ReasonCode.MISSING_DATA);
    assertThat(exclusion.detail()).contains("price");
  }

  @Test
  void zeroOrLowVolumeIsExcluded() {
    assertThat(reasonOf(coin("DEAD", 0.0))).isEqualTo(ReasonCode.LOW_VOLUME);
    SelectionSettings settings = SelectionSettings.fromMap(Map.of("min-quote-volume-24h", 1e6));
    assertThat(exclusionOf(coin("THIN", 999_999), settings).reason())
        .isEqualTo(ReasonCode.LOW_VOLUME);
  }

  @Test
  void wideSpreadAndEmptyBookAreExcluded() {
    Exclusion wide = exclusionOf(coin("WIDE", 1e7, 60.0), DEFAULTS);
    assertThat(wide.reason()).isEqualTo(ReasonCode.WIDE_SPREAD);
    assertThat(wide.detail()).contains("60.0 bps");
    Ticker24h noBid = new Ticker24h("NBUSDT", 1, 0, 0, 1.01, 5, 1, 1, 1, 1e6, 5, 0, 0, AS_OF);
    CoinMarket probe = new CoinMarket(listing("NB", "USDT", "TRADING", "0.0001"), noBid, stats());
    assertThat(reasonOf(probe)).isEqualTo(ReasonCode.NO_ORDER_BOOK);
  }

  @Test
  void coarseTickIsExcluded() {
    // tick 0.01 on a price of 0.5 is 2% of the price.
    CoinMarket probe =
        new CoinMarket(
            listing("TICK", "USDT", "TRADING", "0.01"), ticker("TICKUSDT", 0.5, 1e7, 5), stats());
    Exclusion exclusion = exclusionOf(probe, DEFAULTS);
    assertThat(exclusion.reason()).isEqualTo(ReasonCode.COARSE_TICK);
    assertThat(exclusion.detail()).contains("2.0%");
  }

  @Test
  void barStatisticsDriveAgeRecencyVolatilityAndRangeFilters() {
    assertThat(reasonOf(withStats("NEW", new CoinStats(3, 1e6, 0.05, 0.3, 10, 1))))
        .isEqualTo(ReasonCode.TOO_NEW);
    assertThat(reasonOf(withStats("GONE", new CoinStats(300, 1e6, 0.05, 0.3, 10, 30))))
        .isEqualTo(ReasonCode.NO_RECENT_BARS);
    assertThat(reasonOf(withStats("FLAT", new CoinStats(300, 1e6, 0.0001, 0.004, 10, 1))))
        .isEqualTo(ReasonCode.RANGE_TOO_NARROW);
    SelectionSettings band =
        SelectionSettings.fromMap(
            Map.of("min-volatility", 0.02, "max-volatility", 0.1, "max-range-change", 0.5));
    assertThat(
            exclusionOf(withStats("CALM", new CoinStats(300, 1e6, 0.01, 0.3, 10, 1)), band)
                .reason())
        .isEqualTo(ReasonCode.LOW_VOLATILITY);
    assertThat(
            exclusionOf(withStats("WILD", new CoinStats(300, 1e6, 0.2, 0.3, 10, 1)), band).reason())
        .isEqualTo(ReasonCode.HIGH_VOLATILITY);
    assertThat(
            exclusionOf(withStats("PUMP", new CoinStats(300, 1e6, 0.05, 0.9, 10, 1)), band)
                .reason())
        .isEqualTo(ReasonCode.RANGE_TOO_WIDE);
  }

  @Test
  void unknownStatsPassWithNotesUnlessStatsAreRequired() {
    CoinMarket noStats =
        new CoinMarket(
            listing("ADA", "USDT", "TRADING", "0.0001"),
            ticker("ADAUSDT", 0.5, 1e8, 2),
            CoinStats.UNKNOWN);
    Selection selection =
        ChainedCoinSelector.fromSettings(DEFAULTS).select(Coins.exchange(noStats));
    assertThat(selection.symbols()).containsExactly("ADAUSDT");
    assertThat(selection.ranked().get(0).unchecked())
        .anyMatch(note -> note.startsWith("min-listing-days"))
        .anyMatch(note -> note.startsWith("recent-bars"))
        .anyMatch(note -> note.startsWith("range-stability"));
    SelectionSettings strict = SelectionSettings.fromMap(Map.of("require-stats", true));
    assertThat(exclusionOf(noStats, strict).reason()).isEqualTo(ReasonCode.NO_STATS);
  }

  @Test
  void theFirstFailingFilterGivesTheOnlyReason() {
    // Not trading, wrong quote and zero volume at once: status comes first in the chain.
    CoinMarket probe =
        new CoinMarket(
            listing("MULTI", "BTC", "BREAK", "0.01"), ticker("MULTIBTC", 1, 0, 5), stats());
    assertThat(reasonOf(probe)).isEqualTo(ReasonCode.NOT_TRADING);
  }

  @Test
  void aCustomChainCanBeAssembled() {
    CoinFilter noMemes =
        new CoinFilter() {
          @Override
          public String name() {
            return "no-memes";
          }

          @Override
          public FilterResult check(CoinMarket coin, Universe universe) {
            return coin.symbol().startsWith("DOGE")
                ? FilterResult.reject(ReasonCode.BLACKLISTED, "meme")
                : FilterResult.PASS;
          }
        };
    Selection selection =
        new ChainedCoinSelector(new FilterChain(List.of(noMemes)), RankingMethod.QUOTE_VOLUME, 0)
            .select(Coins.exchange(coin("DOGE", 1e9), coin("SOL", 1e8)));
    assertThat(selection.symbols()).containsExactly("SOLUSDT");
    assertThat(selection.exclusionsByReason()).containsOnlyKeys(ReasonCode.BLACKLISTED);
  }
}
