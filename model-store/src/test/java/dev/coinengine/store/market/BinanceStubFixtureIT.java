package dev.coinengine.store.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.ExchangeFilters;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.OrderBook;
import dev.coinengine.core.market.OrderBook.Level;
import dev.coinengine.core.market.SymbolInfo;
import dev.coinengine.core.market.Ticker24h;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The XChange client against the loopback stub serving the fixture shipped in this module. */
class BinanceStubFixtureIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-03-10T03:00:00Z"), ZoneOffset.UTC);

  private final List<BinanceStubServer> stubs = new ArrayList<>();
  private final List<Duration> sleeps = new ArrayList<>();

  @AfterEach
  void stopStubs() {
    stubs.forEach(BinanceStubServer::close);
  }

  private BinanceStubServer stub(StubPayloads payloads) {
    BinanceStubServer stub = BinanceStubServer.start(payloads, 0, CLOCK);
    stubs.add(stub);
    return stub;
  }

  private XChangeBinanceMarketData offline(BinanceStubServer stub, Clock clock) {
    return XChangeBinanceMarketData.connect(
        BinanceMarketDataSettings.offline(stub.baseUrl()),
        clock,
        new SplittableRandom(1),
        sleeps::add);
  }

  private XChangeBinanceMarketData live(BinanceStubServer stub) {
    return XChangeBinanceMarketData.connect(
        BinanceMarketDataSettings.live(stub.baseUrl()),
        CLOCK,
        new SplittableRandom(1),
        sleeps::add);
  }

  @Test
  void exchangeInfoMapsEveryRecordedSymbolInOneCall() throws Exception {
    StubPayloads payloads = StubPayloads.bundled();
    BinanceStubServer stub = stub(payloads);

    MappingResult<SymbolInfo> info = offline(stub, CLOCK).exchangeInfo();

    int recorded = JSON.readTree(payloads.exchangeInfo()).get("symbols").size();
    assertThat(info.mapped()).hasSize(recorded);
    assertThat(info.excluded()).isEmpty();
    ExchangeFilters btc = bySymbol(info.mapped()).get("BTCUSDT").filters();
    assertThat(btc.priceFilter()).isPresent();
    assertThat(btc.lotSizeFilter()).isPresent();
    assertThat(btc.marketLotSizeFilter()).isPresent();
    assertThat(btc.notionalFilter()).isPresent();
    assertThat(btc.percentPriceBySideFilter()).isPresent();
    assertThat(bySymbol(info.mapped()).get("FTTUSDT").isTrading()).isFalse();
    assertThat(stub.requests("/api/v3/exchangeInfo")).isEqualTo(1);
  }

  @Test
  void tickersOfEveryRecordedSymbolKeepThePayloadValues() throws Exception {
    StubPayloads payloads = StubPayloads.bundled();
    BinanceStubServer stub = stub(payloads);

    MappingResult<Ticker24h> tickers = offline(stub, CLOCK).tickers();

    JsonNode recorded = JSON.readTree(payloads.tickers24h());
    assertThat(tickers.mapped()).hasSize(recorded.size());
    Map<String, Ticker24h> bySymbol =
        tickers.mapped().stream().collect(Collectors.toMap(Ticker24h::symbol, t -> t));
    for (JsonNode entry : recorded) {
      Ticker24h t = bySymbol.get(entry.get("symbol").asText());
      assertThat(t.lastPrice()).isEqualTo(entry.get("lastPrice").asDouble());
      assertThat(t.quoteVolume()).isEqualTo(entry.get("quoteVolume").asDouble());
      assertThat(t.askQty()).isEqualTo(entry.get("askQty").asDouble());
      assertThat(t.tradeCount()).isEqualTo(entry.get("count").asLong());
      assertThat(t.closeTimeMs()).isEqualTo(entry.get("closeTime").asLong());
    }
  }

  @Test
  void symbolsListedOrDelistedBetweenSnapshotsAreReportedOnOneSide() {
    MarketDataSource with2023 = offline(stub(StubPayloads.bundled()), CLOCK);
    MarketCoverage coverage2023 =
        MarketCoverage.of(with2023.exchangeInfo().mapped(), with2023.tickers().mapped());
    assertThat(coverage2023.onlyInTickers()).contains("1000SATSUSDT", "AIUSDT", "ACEUSDT");
    assertThat(coverage2023.inBoth()).contains("BTCUSDT", "ETHUSDT", "FDUSDUSDT");

    MarketDataSource with2024 =
        offline(
            stub(
                StubPayloads.bundled(
                    StubPayloads.EXCHANGE_INFO_2024, StubPayloads.TICKER_24H_2024)),
            CLOCK);
    MarketCoverage coverage2024 =
        MarketCoverage.of(with2024.exchangeInfo().mapped(), with2024.tickers().mapped());
    assertThat(coverage2024.onlyInExchangeInfo()).contains("AEVOUSDT");
    // halted pairs are missing from the TRADING-only 2024 list but still have a ticker
    assertThat(coverage2024.onlyInTickers()).contains("PAXUSDT", "BCCUSDT");
    assertThat(coverage2024.problems())
        .contains(new SymbolProblem("AEVOUSDT", "in exchangeInfo, no 24h ticker"));

    MarketDataSource with2021 =
        offline(
            stub(
                StubPayloads.bundled(
                    StubPayloads.EXCHANGE_INFO_2021, StubPayloads.TICKER_24H_2024)),
            CLOCK);
    assertThat(
            MarketCoverage.of(with2021.exchangeInfo().mapped(), with2021.tickers().mapped())
                .onlyInExchangeInfo())
        .contains("NEBLETH", "DGBBNB");
  }

  @Test
  void oneSymbolsTickerAndBestBidAskComeFromTheRecordedTicker() throws Exception {
    StubPayloads payloads = StubPayloads.bundled();
    MarketDataSource market = offline(stub(payloads), CLOCK);
    JsonNode recorded = recordedTicker(payloads, "ETHUSDT");

    Ticker24h eth = market.ticker("ETHUSDT").orElseThrow();
    OrderBook top = market.bestBidAsk("ETHUSDT").orElseThrow();

    assertThat(eth.bidPrice()).isEqualTo(recorded.get("bidPrice").asDouble());
    assertThat(top.bestBid())
        .contains(
            new Level(recorded.get("bidPrice").asDouble(), recorded.get("bidQty").asDouble()));
    assertThat(top.bestAsk())
        .contains(
            new Level(recorded.get("askPrice").asDouble(), recorded.get("askQty").asDouble()));
    assertThat(market.ticker("NOSUCHUSDT")).isEmpty();
    assertThat(market.bestBidAsk("NOSUCHUSDT")).isEmpty();
  }

  @Test
  void depthIsTheSingleRecordedLevelPerSideAndEmptyForAHaltedSymbol() throws Exception {
    StubPayloads payloads = StubPayloads.bundled();
    BinanceStubServer stub = stub(payloads);
    MarketDataSource market = offline(stub, CLOCK);
    JsonNode recorded = recordedTicker(payloads, "BTCUSDT");

    OrderBook btc = market.depth("BTCUSDT", 100);
    OrderBook halted = market.depth("BCCUSDT", 100);

    assertThat(btc.bids())
        .containsExactly(
            new Level(recorded.get("bidPrice").asDouble(), recorded.get("bidQty").asDouble()));
    assertThat(btc.asks()).hasSize(1);
    assertThat(btc.spreadBps()).isPositive();
    assertThat(halted.bids()).isEmpty();
    assertThat(halted.asks()).isEmpty();
    assertThatThrownBy(() -> market.depth("NOSUCHUSDT", 5))
        .isInstanceOf(UnknownSymbolException.class);
  }

  @Test
  void aSymbolWithoutFiltersOrWithMissingFieldsIsExcludedAndTheRestMapped() throws Exception {
    StubPayloads bundled = StubPayloads.bundled();
    ObjectNode info = (ObjectNode) JSON.readTree(bundled.exchangeInfo());
    ArrayNode symbols = (ArrayNode) info.get("symbols");
    int total = symbols.size();
    ((ObjectNode) find(symbols, "ETHUSDT")).remove("filters");
    ((ObjectNode) find(symbols, "BNBUSDT")).remove("quoteAsset");
    ObjectNode lot = (ObjectNode) find(find(symbols, "SOLUSDT").get("filters"), "LOT_SIZE");
    lot.remove("stepSize");
    MarketDataSource market =
        offline(stub(StubPayloads.of(JSON.writeValueAsBytes(info), bundled.tickers24h())), CLOCK);

    MappingResult<SymbolInfo> result = market.exchangeInfo();

    assertThat(result.mapped()).hasSize(total - 3);
    assertThat(result.excluded())
        .containsExactlyInAnyOrder(
            new SymbolProblem("ETHUSDT", "no filters"),
            new SymbolProblem("BNBUSDT", "missing field 'quoteAsset'"),
            new SymbolProblem("SOLUSDT", "LOT_SIZE is missing 'stepSize'"));
  }

  @Test
  void tickerEntriesWithMissingFieldsAreExcludedWithAReason() throws Exception {
    StubPayloads bundled = StubPayloads.bundled();
    ArrayNode tickers = (ArrayNode) JSON.readTree(bundled.tickers24h());
    int total = tickers.size();
    ((ObjectNode) find(tickers, "ETHUSDT")).remove("lastPrice");
    MarketDataSource market =
        offline(
            stub(StubPayloads.of(bundled.exchangeInfo(), JSON.writeValueAsBytes(tickers))), CLOCK);

    MappingResult<Ticker24h> result = market.tickers();

    assertThat(result.mapped()).hasSize(total - 1);
    assertThat(result.excluded())
        .containsExactly(new SymbolProblem("ETHUSDT", "missing field 'lastPrice'"));
  }

  @Test
  void klinesFromAFolderRoundTripIntoBarsPageByPage(@TempDir Path dir) throws Exception {
    // BTCUSDT 1h 2021-07-01 (spot, no quote volume) as in the shared kline files
    writeCsvGz(
        dir.resolve("BTCUSDT-1h.csv.gz"),
        "1625097600000,35045,35057.57,34713.41,34727.83,2446.393198,,",
        "1625101200000,34727.83,35034.54,34716.13,34936.43,1416.549159,,",
        "1625104800000,34936.43,34966.53,34223.15,34299.59,3787.824933,,",
        "1625108400000,34299.58,34403.55,34120,34120.01,1797.404599,,",
        "1625112000000,34120.01,34338.03,34061.16,34330.34,1935.266555,,");
    // BTCUSDT 1d futures, with quote volume and trades
    writeCsvGz(
        dir.resolve("BTCUSDT-1d.csv.gz"),
        "1704844800000,46113.9,47699.3,44291.5,46662.9,668657.474,30628280360.85305,7930762");
    MarketDataSource market = offline(stub(StubPayloads.bundled().withKlines(dir)), CLOCK);

    List<Bar> first = market.klines("BTCUSDT", Interval.H1, 1625097600000L, 3);
    long next = first.get(first.size() - 1).openTimeMs() + Interval.H1.millis();
    List<Bar> rest = market.klines("BTCUSDT", Interval.H1, next, 3);
    List<Bar> daily = market.klines("BTCUSDT", Interval.D1, 0, 10);

    assertThat(first)
        .extracting(Bar::openTimeMs)
        .containsExactly(1625097600000L, 1625101200000L, 1625104800000L);
    assertThat(first.get(0))
        .isEqualTo(
            new Bar(
                1625097600000L, 35045, 35057.57, 34713.41, 34727.83, 2446.393198, Double.NaN, -1));
    assertThat(rest).extracting(Bar::close).containsExactly(34120.01, 34330.34);
    assertThat(daily)
        .containsExactly(
            new Bar(
                1704844800000L,
                46113.9,
                47699.3,
                44291.5,
                46662.9,
                668657.474,
                30628280360.85305,
                7930762));
    assertThat(market.klines("ETHUSDT", Interval.H1, 0, 10)).isEmpty();
    assertThatThrownBy(() -> market.klines("NOSUCHUSDT", Interval.H1, 0, 10))
        .isInstanceOf(UnknownSymbolException.class);
  }

  @Test
  void theBarStillFormingIsNotReturned(@TempDir Path dir) throws Exception {
    writeCsvGz(
        dir.resolve("BTCUSDT-1h.csv.gz"),
        "1625097600000,35045,35057.57,34713.41,34727.83,2446.393198,,",
        "1625101200000,34727.83,35034.54,34716.13,34936.43,1416.549159,,");
    Clock duringSecondBar =
        Clock.fixed(Instant.ofEpochMilli(1625101200000L + 60_000), ZoneOffset.UTC);
    MarketDataSource market =
        offline(stub(StubPayloads.bundled().withKlines(dir)), duringSecondBar);

    assertThat(market.klines("BTCUSDT", Interval.H1, 0, 10))
        .extracting(Bar::openTimeMs)
        .containsExactly(1625097600000L);
  }

  @Test
  void liveModeRetriesRateLimitsAndServerErrorsThroughTheRealClient() {
    BinanceStubServer stub = stub(StubPayloads.bundled());
    MarketDataSource market = live(stub);

    stub.failNext(2, 429, 1);
    assertThat(market.tickers().mapped()).isNotEmpty();
    assertThat(stub.requests("/api/v3/ticker/24hr")).isEqualTo(3);
    assertThat(sleeps.stream().mapToLong(Duration::toMillis).max().orElse(0))
        .isGreaterThanOrEqualTo(1_000);

    stub.failNext(1, 503, -1);
    assertThat(market.exchangeInfo().mapped()).isNotEmpty();
    assertThat(stub.requests("/api/v3/exchangeInfo")).isEqualTo(2);
  }

  @Test
  void anIpBanLongerThanThePolicyAllowsFailsWithoutWaiting() {
    BinanceStubServer stub = stub(StubPayloads.bundled());
    MarketDataSource market = live(stub);

    stub.failNext(1, 418, 3600);

    assertThatThrownBy(market::exchangeInfo)
        .isInstanceOf(MarketDataException.class)
        .hasMessageContaining("HTTP 418");
    assertThat(sleeps).isEmpty();
  }

  @Test
  void offlineModeDoesNotRetry() {
    BinanceStubServer stub = stub(StubPayloads.bundled());
    MarketDataSource market = offline(stub, CLOCK);

    stub.failNext(1, 503, -1);

    assertThatThrownBy(market::tickers).isInstanceOf(MarketDataException.class);
    assertThat(stub.requests("/api/v3/ticker/24hr")).isEqualTo(1);
  }

  private static JsonNode recordedTicker(StubPayloads payloads, String symbol) throws IOException {
    return find(JSON.readTree(payloads.tickers24h()), symbol);
  }

  private static JsonNode find(JsonNode array, String key) {
    for (JsonNode entry : array) {
      if (key.equals(entry.path("symbol").asText())
          || key.equals(entry.path("filterType").asText())) {
        return entry;
      }
    }
    throw new AssertionError(key + " not in the fixture");
  }

  private static Map<String, SymbolInfo> bySymbol(List<SymbolInfo> symbols) {
    return symbols.stream().collect(Collectors.toMap(SymbolInfo::symbol, s -> s));
  }

  private static void writeCsvGz(Path file, String... rows) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(
          "open_time_ms,open,high,low,close,volume,quote_volume,trades\n"
              .getBytes(StandardCharsets.UTF_8));
      for (String row : rows) {
        out.write((row + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
  }
}
