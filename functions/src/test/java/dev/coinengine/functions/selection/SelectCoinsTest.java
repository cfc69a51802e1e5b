package dev.coinengine.functions.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.ExchangeFilters;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.OrderBook;
import dev.coinengine.core.market.SymbolInfo;
import dev.coinengine.core.market.Ticker24h;
import dev.coinengine.core.selection.Exclusion;
import dev.coinengine.core.selection.RankedCoin;
import dev.coinengine.core.selection.RankingMethod;
import dev.coinengine.core.selection.ReasonCode;
import dev.coinengine.core.selection.Selection;
import dev.coinengine.core.selection.SelectionSettings;
import dev.coinengine.functions.support.FunctionMetrics;
import dev.coinengine.functions.support.InvalidRequestException;
import dev.coinengine.functions.support.NotAvailableException;
import dev.coinengine.store.market.MappingResult;
import dev.coinengine.store.market.MarketDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SelectCoinsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-03-10T12:00:00Z"), ZoneOffset.UTC);

  private final FakeMarket market =
      new FakeMarket(
          List.of(
              coin("BTC", 50_000, 9e9),
              coin("ETH", 3_000, 5e9),
              coin("SOL", 150, 2e9),
              coin("DOGE", 0.1, 1e9),
              coin("USDC", 1, 8e9),
              coin("BTCUP", 10, 1e7)));
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  private SelectCoins selectCoins(Optional<HistoricalSelections> history) {
    return new SelectCoins(
        SelectionSettings.defaults(),
        market,
        history,
        new FunctionMetrics(registry),
        CLOCK,
        Duration.ofMinutes(1));
  }

  private static SelectCoinsRequest request(String json) {
    return SelectCoinsRequest.read(JSON.readTree(json));
  }

  @Test
  void liveSelectionRanksByQuoteVolumeAndGroupsEveryExclusionByReason() {
    SelectCoinsResponse response = selectCoins(Optional.empty()).apply(request("{}"));

    assertThat(response.mode()).isEqualTo("live");
    assertThat(response.asOf()).isEqualTo("2024-03-10T12:00:00Z");
    assertThat(response.selected())
        .extracting(SelectCoinsResponse.Coin::symbol)
        .containsExactly("BTCUSDT", "ETHUSDT", "SOLUSDT", "DOGEUSDT");
    assertThat(response.excluded().get("STABLECOIN").symbols()).containsExactly("USDCUSDT");
    assertThat(response.excluded().get("LEVERAGED_TOKEN").symbols()).containsExactly("BTCUPUSDT");
    assertThat(response.candidates()).isEqualTo(6);
    assertThat(response.settings())
        .containsEntry("limit", 400)
        .containsEntry("max-volatility", null);
  }

  @Test
  void limitRankingAndFiltersOverrideTheDeploymentSettings() {
    SelectCoinsResponse response =
        selectCoins(Optional.empty())
            .apply(
                request(
                    "{\"limit\":2,\"ranking\":\"quote-volume\",\"filters\":{\"blacklist\":[\"BTC.*\"]}}"));

    assertThat(response.selected())
        .extracting(SelectCoinsResponse.Coin::symbol)
        .containsExactly("ETHUSDT", "SOLUSDT");
    assertThat(response.excluded().get("BLACKLISTED").symbols()).contains("BTCUSDT");
    assertThat(response.excluded().get("BELOW_RANK_LIMIT").count()).isEqualTo(1);
    assertThat(response.settings()).containsEntry("blacklist", List.of("BTC.*"));
  }

  @Test
  void oneMarketSnapshotServesCallsWithinItsMaxAge() {
    SelectCoins function = selectCoins(Optional.empty());

    function.apply(SelectCoinsRequest.defaults());
    function.apply(SelectCoinsRequest.defaults());

    assertThat(market.exchangeInfoCalls.get()).isEqualTo(1);
  }

  @Test
  void recordsSelectedAndExcludedCounts() {
    selectCoins(Optional.empty()).apply(SelectCoinsRequest.defaults());

    assertThat(
            registry
                .get(FunctionMetrics.SELECTION_SELECTED)
                .tag("mode", "live")
                .summary()
                .totalAmount())
        .isEqualTo(4);
    assertThat(
            registry
                .get(FunctionMetrics.SELECTION_EXCLUDED)
                .tag("reason", "STABLECOIN")
                .tag("mode", "live")
                .counter()
                .count())
        .isEqualTo(1);
    assertThat(registry.get(FunctionMetrics.SELECTION_LATENCY).tag("mode", "live").timer().count())
        .isEqualTo(1);
  }

  @Test
  void pointInTimeSelectionsAreRecordedUnderTheirOwnMode() {
    Selection past =
        new Selection(
            1_685_577_600_000L,
            RankingMethod.QUOTE_VOLUME,
            List.of(
                new RankedCoin(1, "BTCUSDT", 9.0, Map.of(), List.of()),
                new RankedCoin(2, "ETHUSDT", 8.0, Map.of(), List.of())),
            List.of(
                new Exclusion("SRMUSDT", ReasonCode.NO_RECENT_BARS, "bars ended"),
                new Exclusion("FTTUSDT", ReasonCode.NO_RECENT_BARS, "bars ended"),
                new Exclusion("USDCUSDT", ReasonCode.STABLECOIN, "stablecoin")));
    SelectCoins function = selectCoins(Optional.of((date, settings) -> past));

    function.apply(request("{\"date\":\"2023-06-01\"}"));
    function.apply(request("{\"date\":\"2023-06-02\"}"));

    assertThat(
            registry
                .get(FunctionMetrics.SELECTION_LATENCY)
                .tag("mode", "point-in-time")
                .timer()
                .count())
        .isEqualTo(2);
    assertThat(
            registry
                .get(FunctionMetrics.SELECTION_SELECTED)
                .tag("mode", "point-in-time")
                .summary()
                .totalAmount())
        .isEqualTo(4);
    assertThat(
            registry
                .get(FunctionMetrics.SELECTION_EXCLUDED)
                .tag("reason", "NO_RECENT_BARS")
                .tag("mode", "point-in-time")
                .counter()
                .count())
        .isEqualTo(4);
    assertThat(
            registry
                .get(FunctionMetrics.SELECTION_EXCLUDED)
                .tag("reason", "STABLECOIN")
                .tag("mode", "point-in-time")
                .counter()
                .count())
        .isEqualTo(2);
    assertThat(registry.find(FunctionMetrics.SELECTION_SELECTED).tag("mode", "live").summary())
        .isNull();
  }

  @Test
  void aDateGoesToHistoricalSelectionsWithTheRequestedSettings() {
    List<Object[]> calls = new ArrayList<>();
    HistoricalSelections history =
        (date, settings) -> {
          calls.add(new Object[] {date, settings});
          return new Selection(
              date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
              settings.ranking(),
              List.of(),
              List.of());
        };

    SelectCoinsResponse response =
        selectCoins(Optional.of(history))
            .apply(request("{\"date\":\"2023-06-01\",\"ranking\":\"volatility\",\"limit\":7}"));

    assertThat(response.mode()).isEqualTo("point-in-time");
    assertThat(response.asOf()).isEqualTo("2023-06-01T00:00:00Z");
    assertThat(calls).hasSize(1);
    assertThat(calls.get(0)[0]).isEqualTo(LocalDate.of(2023, 6, 1));
    SelectionSettings used = (SelectionSettings) calls.get(0)[1];
    assertThat(used.ranking()).isEqualTo(RankingMethod.VOLATILITY);
    assertThat(used.limit()).isEqualTo(7);
    assertThat(market.exchangeInfoCalls.get()).isZero();
  }

  @Test
  void aDateWithoutHistoricalSelectionsIsNotAvailable() {
    assertThatThrownBy(
            () -> selectCoins(Optional.empty()).apply(request("{\"date\":\"2024-01-01\"}")))
        .isInstanceOfSatisfying(
            NotAvailableException.class, e -> assertThat(e.field()).isEqualTo("date"));
  }

  @Test
  void aFutureDateIsInvalid() {
    assertThatThrownBy(
            () -> selectCoins(Optional.empty()).apply(request("{\"date\":\"2024-03-11\"}")))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("date"));
  }

  @Test
  void badFilterValuesNameTheFilterKey() {
    assertThatThrownBy(
            () ->
                selectCoins(Optional.empty())
                    .apply(
                        request("{\"filters\":{\"min-volatility\":0.5,\"max-volatility\":0.1}}")))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> assertThat(e.field()).isEqualTo("filters.min-volatility"));
  }

  @Test
  void requestReadingNamesTheOffendingField() {
    Map<String, String> fieldByBody =
        Map.of(
            "{\"limit\":-1}", "limit",
            "{\"limit\":1e3}", "limit",
            "{\"limit\":99999999999999999999}", "limit",
            "{\"ranking\":\"random\"}", "ranking",
            "{\"date\":\"01.03.2024\"}", "date",
            "{\"filters\":[1]}", "filters",
            "{\"filters\":{\"blacklist\":[{}]}}", "filters.blacklist",
            "{\"extra\":1}", "extra",
            "42", "");
    fieldByBody.forEach(
        (body, field) ->
            assertThatThrownBy(() -> request(body))
                .as(body)
                .isInstanceOfSatisfying(
                    InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(field)));
  }

  @Test
  void settingsSurviveTheRoundTripThroughTheMap() {
    SelectionSettings settings =
        SelectionSettings.fromMap(
            Map.of("max-spread-bps", "none", "limit", 12, "blacklist", "X.*"));

    assertThat(SettingsMap.overlay(settings, Map.of("ranking", "volatility")))
        .isEqualTo(settings.withRanking(RankingMethod.VOLATILITY));
  }

  private static Object[] coin(String base, double price, double quoteVolume) {
    return new Object[] {base, price, quoteVolume};
  }

  /** Listings and tickers from a fixed list; counts the listing calls. */
  private static final class FakeMarket implements MarketDataSource {

    final AtomicInteger exchangeInfoCalls = new AtomicInteger();
    private final List<SymbolInfo> listings = new ArrayList<>();
    private final List<Ticker24h> tickers = new ArrayList<>();

    FakeMarket(List<Object[]> coins) {
      for (Object[] coin : coins) {
        String base = (String) coin[0];
        double price = (double) coin[1];
        double quoteVolume = (double) coin[2];
        BigDecimal tick = BigDecimal.valueOf(price / 100_000);
        listings.add(
            new SymbolInfo(
                base + "USDT",
                SymbolInfo.TRADING,
                base,
                "USDT",
                new ExchangeFilters(
                    new ExchangeFilters.PriceFilter(tick, BigDecimal.valueOf(1e6), tick),
                    null,
                    null,
                    null,
                    null)));
        tickers.add(
            new Ticker24h(
                base + "USDT",
                price,
                price * 0.9999,
                10,
                price * 1.0001,
                10,
                price * 1.05,
                price * 0.95,
                quoteVolume / price,
                quoteVolume,
                1000,
                1.0,
                0,
                0));
      }
    }

    @Override
    public MappingResult<SymbolInfo> exchangeInfo() {
      exchangeInfoCalls.incrementAndGet();
      return new MappingResult<>(listings, List.of());
    }

    @Override
    public MappingResult<Ticker24h> tickers() {
      return new MappingResult<>(tickers, List.of());
    }

    @Override
    public Optional<Ticker24h> ticker(String symbol) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<OrderBook> bestBidAsk(String symbol) {
      throw new UnsupportedOperationException();
    }

    @Override
    public OrderBook depth(String symbol, int limit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Bar> klines(String symbol, Interval interval, long fromMs, int limit) {
      throw new UnsupportedOperationException();
    }
  }
}
