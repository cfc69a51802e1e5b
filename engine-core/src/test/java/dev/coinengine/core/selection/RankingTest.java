package dev.coinengine.core.selection;

import static dev.coinengine.core.selection.Coins.AS_OF;
import static dev.coinengine.core.selection.Coins.coin;
import static dev.coinengine.core.selection.Coins.listing;
import static dev.coinengine.core.selection.Coins.ticker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.coinengine.core.market.Ticker24h;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

  private static Selection select(RankingMethod method, int limit, CoinMarket... coins) {
    SelectionSettings settings = SelectionSettings.defaults().withRanking(method).withLimit(limit);
    return ChainedCoinSelector.fromSettings(settings).select(Coins.exchange(coins));
  }

  private static CoinMarket withVolatility(String base, double volatility) {
    return new CoinMarket(
        listing(base, "USDT", "TRADING", "0.001"),
        ticker(base + "USDT", 10, 1e6, 5),
        new CoinStats(100, 1e6, volatility, 0.2, 10, 1));
  }

  @Test
  void quoteVolumeRanksHighestVolumeFirst() {
    Selection s =
        select(RankingMethod.QUOTE_VOLUME, 0, coin("A", 1e6), coin("B", 3e6), coin("C", 2e6));
    assertThat(s.symbols()).containsExactly("BUSDT", "CUSDT", "AUSDT");
    assertThat(s.ranked()).extracting(RankedCoin::rank).containsExactly(1, 2, 3);
    assertThat(s.ranked().get(0).score()).isEqualTo(3e6);
    assertThat(s.ranked().get(0).metrics()).containsEntry("quote-volume-24h", 3e6);
  }

  @Test
  void tiesAreBrokenBySymbolName() {
    Selection s =
        select(RankingMethod.QUOTE_VOLUME, 2, coin("ZZZ", 1e6), coin("AAA", 1e6), coin("MMM", 1e6));
    assertThat(s.symbols()).containsExactly("AAAUSDT", "MMMUSDT");
    assertThat(s.excluded())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.symbol()).isEqualTo("ZZZUSDT");
              assertThat(e.reason()).isEqualTo(ReasonCode.BELOW_RANK_LIMIT);
              assertThat(e.detail()).contains("rank 3 > limit 2");
            });
  }

  @Test
  void liquidityScoreFollowsTheDocumentedFormula() {
    Selection s = select(RankingMethod.LIQUIDITY_SCORE, 0, coin("A", 1e6, 4.0));
    Ticker24h t = ticker("AUSDT", 10, 1e6, 4.0);
    double depth = t.bidPrice() * t.bidQty() + t.askPrice() * t.askQty();
    double expected =
        Math.log10(1 + 1e6) - Math.log10(1 + t.spreadBps()) + 0.5 * Math.log10(1 + depth);
    assertThat(s.ranked().get(0).score()).isCloseTo(expected, within(1e-12));
  }

  @Test
  void liquidityScoreTradesVolumeAgainstSpread() {
    // Ten times the volume outweighs a spread going from 1 to 5 bps, but not from 1 to 40 bps.
    Selection s =
        select(
            RankingMethod.LIQUIDITY_SCORE,
            0,
            coin("TIGHT", 1e6, 1.0),
            coin("LOUD", 1e7, 5.0),
            coin("WIDE", 1e7, 40.0));
    assertThat(s.symbols()).containsExactly("LOUDUSDT", "TIGHTUSDT", "WIDEUSDT");
    // Quote-volume ranking ignores the spread.
    Selection byVolume =
        select(
            RankingMethod.QUOTE_VOLUME,
            0,
            coin("TIGHT", 1e6, 1.0),
            coin("LOUD", 1e7, 5.0),
            coin("WIDE", 1e7, 40.0));
    assertThat(byVolume.symbols()).containsExactly("LOUDUSDT", "WIDEUSDT", "TIGHTUSDT");
  }

  @Test
  void volatilityRanksMostVolatileFirstAndExcludesUnknownVolatility() {
    CoinMarket unknown =
        new CoinMarket(
            listing("NOVOL", "USDT", "TRADING", "0.001"),
            ticker("NOVOLUSDT", 10, 1e6, 5),
            new CoinStats(100, 1e6, Double.NaN, 0.2, 10, 1));
    Selection s =
        select(
            RankingMethod.VOLATILITY,
            0,
            withVolatility("LOW", 0.02),
            withVolatility("HIGH", 0.09),
            unknown);
    assertThat(s.symbols()).containsExactly("HIGHUSDT", "LOWUSDT");
    assertThat(s.excluded())
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo(ReasonCode.NO_RANKING_DATA));
  }

  @Test
  void limitHasNoHardCap() {
    List<CoinMarket> coins = new ArrayList<>();
    for (int i = 0; i < 450; i++) {
      coins.add(coin(String.format("C%03d", i), 1e6 + i));
    }
    SelectionSettings settings = SelectionSettings.defaults().withLimit(420);
    Selection s =
        ChainedCoinSelector.fromSettings(settings)
            .select(new Universe(AS_OF, Universe.Source.EXCHANGE, coins));
    assertThat(s.ranked()).hasSize(420);
    assertThat(s.symbols().get(0)).isEqualTo("C449USDT");
    assertThat(s.exclusionsByReason().get(ReasonCode.BELOW_RANK_LIMIT)).hasSize(30);
    Selection all =
        ChainedCoinSelector.fromSettings(settings.withLimit(0))
            .select(new Universe(AS_OF, Universe.Source.EXCHANGE, coins));
    assertThat(all.ranked()).hasSize(450);
  }
}
