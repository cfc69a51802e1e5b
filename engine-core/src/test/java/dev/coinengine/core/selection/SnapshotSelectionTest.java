package dev.coinengine.core.selection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.market.SymbolInfo;
import dev.coinengine.core.market.Ticker24h;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Selection over the recorded Binance exchangeInfo and 24h ticker (skipped when absent). */
class SnapshotSelectionTest {

  private static Universe cached;

  private static synchronized Universe snapshotUniverse() {
    if (cached == null) {
      cached = readSnapshotUniverse();
    }
    return cached;
  }

  private static Universe readSnapshotUniverse() {
    Path info = SharedData.require(SnapshotFiles.EXCHANGE_INFO);
    Path ticker = SharedData.require(SnapshotFiles.TICKER);
    List<Ticker24h> tickers = SnapshotFiles.tickers(ticker);
    long asOf = tickers.stream().mapToLong(Ticker24h::closeTimeMs).max().orElseThrow();
    return Universe.fromExchange(asOf, SnapshotFiles.listings(info), tickers, Map.of());
  }

  @Test
  void defaultsSelectAtLeast300UsdtCoinsAndExplainEveryOtherSymbol() {
    Universe universe = snapshotUniverse();
    assertThat(universe.size()).isGreaterThan(2_500);
    SelectionSettings settings = SelectionSettings.defaults().withLimit(1_000);
    Selection selection = ChainedCoinSelector.fromSettings(settings).select(universe);

    assertThat(selection.ranked().size()).isGreaterThanOrEqualTo(300);
    Map<String, SymbolInfo> bySymbol = new HashMap<>();
    universe.candidates().forEach(c -> bySymbol.put(c.symbol(), c.info()));
    for (String symbol : selection.symbols()) {
      SymbolInfo info = bySymbol.get(symbol);
      assertThat(info.quoteAsset()).isEqualTo("USDT");
      assertThat(settings.stablecoins()).doesNotContain(info.baseAsset());
      assertThat(settings.fiat()).doesNotContain(info.baseAsset());
      assertThat(info.baseAsset()).doesNotMatch(".+(UP|DOWN)|.*(BULL|BEAR)");
    }

    List<String> outcomes = new ArrayList<>(selection.symbols());
    selection.excluded().forEach(e -> outcomes.add(e.symbol()));
    assertThat(outcomes).hasSize(universe.size()).doesNotHaveDuplicates();
    selection.excluded().forEach(e -> assertThat(e.detail()).isNotBlank());
    assertThat(selection.exclusionsByReason())
        .containsKeys(
            ReasonCode.NOT_LISTED,
            ReasonCode.NOT_TRADING,
            ReasonCode.WRONG_QUOTE,
            ReasonCode.STABLECOIN,
            ReasonCode.LEVERAGED_TOKEN);
    assertThat(selection.exclusionsByReason().get(ReasonCode.STABLECOIN))
        .extracting(Exclusion::symbol)
        .contains("USDCUSDT", "TUSDUSDT", "FDUSDUSDT");
    assertThat(selection.symbols().subList(0, 5)).contains("BTCUSDT");
    // Listings without bar statistics pass the bar-based filters with a note.
    assertThat(selection.ranked().get(0).unchecked())
        .anyMatch(n -> n.startsWith("min-listing-days"));
  }

  @Test
  void liquidityScoreRanksTheSameCoinsDifferently() {
    Universe universe = snapshotUniverse();
    SelectionSettings byVolume = SelectionSettings.defaults().withLimit(0);
    Selection volume = ChainedCoinSelector.fromSettings(byVolume).select(universe);
    Selection liquidity =
        ChainedCoinSelector.fromSettings(byVolume.withRanking(RankingMethod.LIQUIDITY_SCORE))
            .select(universe);
    assertThat(liquidity.symbols()).containsExactlyInAnyOrderElementsOf(volume.symbols());
    assertThat(liquidity.symbols()).isNotEqualTo(volume.symbols());
    assertThat(liquidity.symbols().subList(0, 10)).contains("BTCUSDT");
  }
}
