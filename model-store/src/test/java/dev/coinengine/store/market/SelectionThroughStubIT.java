package dev.coinengine.store.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.coinengine.core.market.SymbolInfo;
import dev.coinengine.core.market.Ticker24h;
import dev.coinengine.core.selection.ChainedCoinSelector;
import dev.coinengine.core.selection.Exclusion;
import dev.coinengine.core.selection.ReasonCode;
import dev.coinengine.core.selection.Selection;
import dev.coinengine.core.selection.SelectionSettings;
import dev.coinengine.core.selection.Universe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The whole live path of the coin selection: recorded real Binance payloads served by the loopback
 * stub, read through the real XChange client, ranked by the default selector.
 */
class SelectionThroughStubIT {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-03-10T03:00:00Z"), ZoneOffset.UTC);
  private static final Set<String> STABLE_BASES =
      Set.of("USDC", "FDUSD", "TUSD", "BUSD", "USDP", "PAX", "DAI", "AEUR", "EUR", "GBP", "AUD");
  private static final Pattern LEVERAGED = Pattern.compile(".+(UP|DOWN|BULL|BEAR)USDT");

  private static Selection select(StubPayloads payloads) {
    try (BinanceStubServer stub = BinanceStubServer.start(payloads, 0, CLOCK)) {
      MarketDataSource market =
          XChangeBinanceMarketData.connect(
              BinanceMarketDataSettings.offline(stub.baseUrl()),
              CLOCK,
              new SplittableRandom(7),
              Sleeper.SYSTEM);
      MappingResult<SymbolInfo> listings = market.exchangeInfo();
      MappingResult<Ticker24h> tickers = market.tickers();
      Universe universe =
          Universe.fromExchange(CLOCK.millis(), listings.mapped(), tickers.mapped(), Map.of());
      // No limit: the default chain alone decides (400+ must be possible).
      return ChainedCoinSelector.fromSettings(SelectionSettings.defaults().withLimit(0))
          .select(universe);
    }
  }

  private static void assertHonest(Selection selection) {
    List<String> ranked = selection.symbols();
    assertThat(ranked).allMatch(s -> s.endsWith("USDT"));
    assertThat(ranked)
        .noneMatch(s -> STABLE_BASES.contains(s.substring(0, s.length() - 4)))
        .noneMatch(s -> LEVERAGED.matcher(s).matches() && !s.equals("JUPUSDT"));
    assertThat(selection.excluded()).allSatisfy(e -> assertThat(e.reason()).isNotNull());
    Set<String> seen = new HashSet<>(ranked);
    for (Exclusion e : selection.excluded()) {
      assertThat(seen.add(e.symbol())).as("%s appears once", e.symbol()).isTrue();
    }
    assertThat(seen).hasSize(selection.candidateCount());
  }

  @Test
  void theBundledSliceSelectsTheMajorsAndNamesAReasonForEveryOtherSymbol() {
    Selection selection =
        select(StubPayloads.bundled(StubPayloads.EXCHANGE_INFO_2023, StubPayloads.TICKER_24H_2024));

    assertHonest(selection);
    assertThat(selection.symbols()).contains("BTCUSDT", "ETHUSDT");
    assertThat(selection.exclusionsByReason()).containsKey(ReasonCode.STABLECOIN);
  }

  @Test
  void theFullRecordedUniverseSelectsAtLeast300UsdtCoins() {
    Path snapshots = SharedData.folder("snapshots").orElse(null);
    assumeTrue(
        snapshots != null
            && Files.isRegularFile(snapshots.resolve(StubPayloads.EXCHANGE_INFO_2023)),
        "shared/data/snapshots not found beside the repository: full-universe check skipped");

    Selection selection =
        select(
            StubPayloads.fromFolder(
                snapshots, StubPayloads.EXCHANGE_INFO_2023, StubPayloads.TICKER_24H_2024));

    assertHonest(selection);
    assertThat(selection.candidateCount()).isGreaterThan(2_000);
    assertThat(selection.ranked().size()).isGreaterThanOrEqualTo(300);
    assertThat(selection.symbols().subList(0, 5)).contains("BTCUSDT");
  }
}
