package dev.coinengine.core.selection;

import static dev.coinengine.core.selection.Coins.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.market.ExchangeFilters;
import dev.coinengine.core.market.ExchangeFilters.PriceFilter;
import dev.coinengine.core.market.SymbolInfo;
import dev.coinengine.core.market.Ticker24h;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SelectionPropertyTest {

  private static final String[] QUOTES = {"USDT", "USDT", "USDT", "BTC", "FDUSD", "TRY"};
  private static final String[] SPECIAL_BASES = {"USDC", "EUR", "BTCUP", "BULL", "JUP", ""};

  /** A random universe with every kind of flaw, built from a seed. */
  static Universe randomUniverse(long seed, int size) {
    Random random = new Random(seed);
    List<CoinMarket> coins = new ArrayList<>();
    Set<String> used = new HashSet<>();
    while (coins.size() < size) {
      String base =
          random.nextInt(10) == 0
              ? SPECIAL_BASES[random.nextInt(SPECIAL_BASES.length)]
              : "C" + Integer.toString(random.nextInt(5000), 36).toUpperCase();
      String quote = QUOTES[random.nextInt(QUOTES.length)];
      String symbol = base.isEmpty() ? "Q" + coins.size() + quote : base + quote;
      if (!used.add(symbol)) {
        continue;
      }
      double price = Math.exp(random.nextGaussian() * 3);
      SymbolInfo info =
          random.nextInt(12) == 0
              ? null
              : new SymbolInfo(
                  symbol,
                  random.nextInt(6) == 0 ? "BREAK" : "TRADING",
                  base,
                  quote,
                  random.nextInt(15) == 0
                      ? ExchangeFilters.NONE
                      : new ExchangeFilters(
                          new PriceFilter(
                              BigDecimal.ZERO,
                              BigDecimal.ZERO,
                              BigDecimal.valueOf(price * Math.exp(-2 - random.nextInt(8)))),
                          null,
                          null,
                          null,
                          null));
      Ticker24h ticker = null;
      if (info == null || random.nextInt(10) != 0) {
        double spread = random.nextInt(20) == 0 ? 0 : price * Math.exp(random.nextGaussian() - 7);
        double volume = random.nextInt(15) == 0 ? 0 : Math.exp(10 + random.nextGaussian() * 3);
        ticker =
            new Ticker24h(
                symbol,
                random.nextInt(40) == 0 ? Double.NaN : price,
                spread == 0 ? 0 : price - spread / 2,
                random.nextDouble() * 1000,
                price + spread / 2,
                random.nextDouble() * 1000,
                price * 1.1,
                price * 0.9,
                volume / price,
                random.nextInt(25) == 0 ? 1e6 : volume, // ties in volume
                100,
                0,
                AS_OF - 86_400_000L,
                AS_OF);
      }
      CoinStats stats =
          random.nextInt(4) == 0
              ? CoinStats.UNKNOWN
              : new CoinStats(
                  random.nextDouble() * 800,
                  Math.exp(10 + random.nextGaussian() * 3),
                  random.nextInt(10) == 0 ? Double.NaN : random.nextDouble() * 0.2,
                  random.nextDouble() * 0.8,
                  price,
                  random.nextDouble() * 30);
      coins.add(new CoinMarket(info, ticker, stats));
    }
    return new Universe(AS_OF, Universe.Source.EXCHANGE, coins);
  }

  @Test
  void everyCandidateEndsUpInExactlyOneListAndRanksAreOrdered() {
    for (long seed = 1; seed <= 150; seed++) {
      Random random = new Random(seed);
      Universe universe = randomUniverse(seed, 50 + random.nextInt(400));
      RankingMethod method = RankingMethod.values()[random.nextInt(3)];
      int limit = random.nextInt(4) == 0 ? 0 : random.nextInt(300);
      SelectionSettings settings =
          SelectionSettings.defaults().withRanking(method).withLimit(limit);
      Selection selection = ChainedCoinSelector.fromSettings(settings).select(universe);

      List<String> outcomes = new ArrayList<>(selection.symbols());
      selection.excluded().forEach(e -> outcomes.add(e.symbol()));
      List<String> candidates = new ArrayList<>();
      universe.candidates().forEach(c -> candidates.add(c.symbol()));
      assertThat(outcomes).as("seed %d", seed).containsExactlyInAnyOrderElementsOf(candidates);

      if (limit > 0) {
        assertThat(selection.ranked().size()).isLessThanOrEqualTo(limit);
      }
      for (int i = 1; i < selection.ranked().size(); i++) {
        RankedCoin before = selection.ranked().get(i - 1);
        RankedCoin after = selection.ranked().get(i);
        assertThat(
                before.score() > after.score()
                    || (before.score() == after.score()
                        && before.symbol().compareTo(after.symbol()) < 0))
            .as("seed %d: %s before %s", seed, before, after)
            .isTrue();
      }
      selection.excluded().forEach(e -> assertThat(e.detail()).isNotBlank());
    }
  }

  @Test
  void theResultDoesNotDependOnCandidateOrder() {
    for (long seed = 1; seed <= 30; seed++) {
      Universe universe = randomUniverse(seed, 300);
      List<CoinMarket> shuffled = new ArrayList<>(universe.candidates());
      Collections.shuffle(shuffled, new Random(seed * 31));
      Universe reordered = new Universe(universe.asOfMs(), universe.source(), shuffled);
      CoinSelector selector =
          ChainedCoinSelector.fromSettings(SelectionSettings.defaults().withLimit(50));
      assertThat(selector.select(reordered)).isEqualTo(selector.select(universe));
    }
  }
}
