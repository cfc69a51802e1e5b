package dev.coinengine.store.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.market.ExchangeFilters;
import dev.coinengine.core.market.SymbolInfo;
import dev.coinengine.core.market.Ticker24h;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketCoverageTest {

  @Test
  void splitsSymbolsByTheSideTheyAppearOn() {
    MarketCoverage coverage =
        MarketCoverage.of(
            List.of(info("BTCUSDT"), info("AEVOUSDT")),
            List.of(ticker("BTCUSDT"), ticker("AIUSDT")));

    assertThat(coverage.inBoth()).containsExactly("BTCUSDT");
    assertThat(coverage.onlyInExchangeInfo()).containsExactly("AEVOUSDT");
    assertThat(coverage.onlyInTickers()).containsExactly("AIUSDT");
    assertThat(coverage.problems())
        .containsExactly(
            new SymbolProblem("AEVOUSDT", "in exchangeInfo, no 24h ticker"),
            new SymbolProblem("AIUSDT", "24h ticker, not in exchangeInfo"));
  }

  private static SymbolInfo info(String symbol) {
    return new SymbolInfo(
        symbol, "TRADING", symbol.replace("USDT", ""), "USDT", ExchangeFilters.NONE);
  }

  private static Ticker24h ticker(String symbol) {
    return new Ticker24h(symbol, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1);
  }
}
