package dev.coinengine.store.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.ExchangeFilters;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.SymbolInfo;
import dev.coinengine.core.market.Ticker24h;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The XChange client against the stub replaying the FULL recorded Binance snapshots of the shared
 * data folder. Skipped where this checkout has no shared data.
 */
class BinanceSnapshotsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-03-10T03:00:00Z"), ZoneOffset.UTC);
  private static Path snapshots;

  private final List<BinanceStubServer> stubs = new ArrayList<>();

  @BeforeAll
  static void findSnapshots() {
    snapshots = SharedData.folder("snapshots").orElse(null);
    assumeTrue(
        snapshots != null
            && Files.isRegularFile(snapshots.resolve(StubPayloads.EXCHANGE_INFO_2023)),
        "shared/data/snapshots not found beside the repository: full-snapshot tests skipped");
  }

  @AfterEach
  void stopStubs() {
    stubs.forEach(BinanceStubServer::close);
  }

  private MarketDataSource market(StubPayloads payloads) {
    BinanceStubServer stub = BinanceStubServer.start(payloads, 0, CLOCK);
    stubs.add(stub);
    return XChangeBinanceMarketData.connect(
        BinanceMarketDataSettings.offline(stub.baseUrl()),
        CLOCK,
        new SplittableRandom(1),
        Sleeper.SYSTEM);
  }

  private static StubPayloads full(String exchangeInfo) {
    return StubPayloads.fromFolder(snapshots, exchangeInfo, StubPayloads.TICKER_24H_2024);
  }

  @Test
  void everySymbolOf2023IsMappedWithAllFiveFilterKindsForBtcUsdt() {
    MarketDataSource market = market(full(StubPayloads.EXCHANGE_INFO_2023));

    MappingResult<SymbolInfo> info = market.exchangeInfo();
    MappingResult<Ticker24h> tickers = market.tickers();

    assertThat(info.mapped()).hasSizeGreaterThanOrEqualTo(2000);
    assertThat(info.excluded()).isEmpty();
    ExchangeFilters btc =
        info.mapped().stream()
            .filter(s -> s.symbol().equals("BTCUSDT"))
            .findFirst()
            .orElseThrow()
            .filters();
    assertThat(btc.priceFilter()).isPresent();
    assertThat(btc.lotSizeFilter()).isPresent();
    assertThat(btc.marketLotSizeFilter()).isPresent();
    assertThat(btc.notionalFilter()).isPresent();
    assertThat(btc.percentPriceBySideFilter()).isPresent();
    assertThat(tickers.mapped()).hasSizeGreaterThanOrEqualTo(2400);
    assertThat(tickers.excluded()).isEmpty();
  }

  @Test
  void symbolsInOneSnapshotAndNotTheOtherAreReportedExactly() throws IOException {
    MarketDataSource market = market(full(StubPayloads.EXCHANGE_INFO_2024));

    MarketCoverage coverage =
        MarketCoverage.of(market.exchangeInfo().mapped(), market.tickers().mapped());

    Set<String> info =
        symbols(
            JSON.readTree(StubPayloads.read(snapshots.resolve(StubPayloads.EXCHANGE_INFO_2024)))
                .get("symbols"));
    Set<String> ticked =
        symbols(JSON.readTree(StubPayloads.read(snapshots.resolve(StubPayloads.TICKER_24H_2024))));
    Set<String> onlyInfo = new TreeSet<>(info);
    onlyInfo.removeAll(ticked);
    Set<String> onlyTicker = new TreeSet<>(ticked);
    onlyTicker.removeAll(info);
    assertThat(coverage.onlyInExchangeInfo()).isNotEmpty().isEqualTo(onlyInfo);
    assertThat(coverage.onlyInTickers()).isNotEmpty().isEqualTo(onlyTicker);
    assertThat(coverage.problems()).hasSize(onlyInfo.size() + onlyTicker.size());
  }

  @Test
  void legacyFiltersOf2021AreMappedForEverySymbol() {
    MappingResult<SymbolInfo> info = market(full(StubPayloads.EXCHANGE_INFO_2021)).exchangeInfo();

    assertThat(info.mapped()).hasSizeGreaterThan(1400);
    assertThat(info.excluded()).isEmpty();
    assertThat(info.mapped())
        .allSatisfy(
            s -> {
              assertThat(s.filters().notional().maxNotional()).isNull();
              assertThat(s.filters().percentPriceBySide().bidMultiplierUp())
                  .isEqualByComparingTo(s.filters().percentPriceBySide().askMultiplierUp());
            });
  }

  @Test
  void theShippedFixtureIsAnUnchangedSliceOfTheFullSnapshots() throws IOException {
    for (String file :
        List.of(
            StubPayloads.EXCHANGE_INFO_2021,
            StubPayloads.EXCHANGE_INFO_2023,
            StubPayloads.EXCHANGE_INFO_2024,
            StubPayloads.TICKER_24H_2024)) {
      JsonNode full = JSON.readTree(StubPayloads.read(snapshots.resolve(file)));
      JsonNode slice =
          JSON.readTree(
              file.equals(StubPayloads.TICKER_24H_2024)
                  ? StubPayloads.bundled(StubPayloads.EXCHANGE_INFO_2023, file).tickers24h()
                  : StubPayloads.bundled(file, StubPayloads.TICKER_24H_2024).exchangeInfo());
      JsonNode fullEntries = full.isArray() ? full : full.get("symbols");
      JsonNode sliceEntries = slice.isArray() ? slice : slice.get("symbols");
      Map<String, JsonNode> bySymbol = new HashMap<>();
      fullEntries.forEach(e -> bySymbol.put(e.get("symbol").asText(), e));
      assertThat(sliceEntries.size()).as(file).isBetween(20, 45);
      for (JsonNode entry : sliceEntries) {
        assertThat(entry).as(file).isEqualTo(bySymbol.get(entry.get("symbol").asText()));
      }
      if (!full.isArray()) {
        assertThat(slice.get("serverTime")).isEqualTo(full.get("serverTime"));
        assertThat(slice.get("rateLimits")).isEqualTo(full.get("rateLimits"));
      }
    }
  }

  @Test
  void recordedKlinesArePagedIntoBarsIdenticalToTheFile() throws IOException {
    Path klines = SharedData.folder("klines/1h").orElse(null);
    assumeTrue(klines != null, "shared/data/klines/1h not found: kline replay test skipped");
    MarketDataSource market = market(full(StubPayloads.EXCHANGE_INFO_2023).withKlines(klines));
    List<String[]> rows = readRows(klines.resolve("ETHUSDT-1h.csv.gz"), 2500);

    List<Bar> bars = new ArrayList<>();
    long from = Long.parseLong(rows.get(0)[0]);
    while (bars.size() < rows.size()) {
      List<Bar> page = market.klines("ETHUSDT", Interval.H1, from, 1000);
      assertThat(page).isNotEmpty();
      bars.addAll(page);
      from = page.get(page.size() - 1).openTimeMs() + Interval.H1.millis();
    }

    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      Bar b = bars.get(i);
      assertThat(b.openTimeMs()).isEqualTo(Long.parseLong(r[0]));
      assertThat(b.open()).isEqualTo(Double.parseDouble(r[1]));
      assertThat(b.high()).isEqualTo(Double.parseDouble(r[2]));
      assertThat(b.low()).isEqualTo(Double.parseDouble(r[3]));
      assertThat(b.close()).isEqualTo(Double.parseDouble(r[4]));
      assertThat(b.volume()).isEqualTo(Double.parseDouble(r[5]));
      assertThat(b.quoteVolume()).isNaN();
    }
  }

  private static Set<String> symbols(JsonNode array) {
    Set<String> out = new TreeSet<>();
    array.forEach(e -> out.add(e.get("symbol").asText()));
    return out;
  }

  private static List<String[]> readRows(Path file, int max) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      in.readLine();
      String line;
      while (rows.size() < max && (line = in.readLine()) != null) {
        rows.add(line.split(",", -1));
      }
    }
    return rows;
  }
}
