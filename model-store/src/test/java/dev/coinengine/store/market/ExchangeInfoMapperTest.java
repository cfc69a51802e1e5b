package dev.coinengine.store.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coinengine.core.market.ExchangeFilters;
import dev.coinengine.core.market.SymbolInfo;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExchangeInfoMapperTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ExchangeInfoMapper mapper = new ExchangeInfoMapper();

  @Test
  void currentFiltersOfTheRecordedBtcUsdtAreAllMapped() throws Exception {
    MappingResult<SymbolInfo> result =
        mapper.map(JSON.readTree(StubPayloads.bundled().exchangeInfo()));

    SymbolInfo btc = bySymbol(result).get("BTCUSDT");
    ExchangeFilters f = btc.filters();
    assertThat(btc.baseAsset()).isEqualTo("BTC");
    assertThat(btc.quoteAsset()).isEqualTo("USDT");
    assertThat(btc.isTrading()).isTrue();
    assertThat(f.price().tickSize()).isEqualByComparingTo("0.01");
    assertThat(f.lotSize().stepSize()).isEqualByComparingTo("0.00001");
    assertThat(f.marketLotSize().maxQty()).isEqualByComparingTo("168.82682004");
    assertThat(f.notional().minNotional()).isEqualByComparingTo("5");
    assertThat(f.notional().maxNotional()).isEqualByComparingTo("9000000");
    assertThat(f.notional().applyMinToMarket()).isTrue();
    assertThat(f.notional().applyMaxToMarket()).isFalse();
    assertThat(f.notional().avgPriceMins()).isEqualTo(5);
    assertThat(f.percentPriceBySide().bidMultiplierUp()).isEqualByComparingTo("5");
    assertThat(f.percentPriceBySide().askMultiplierDown()).isEqualByComparingTo("0.2");
  }

  @Test
  void everyMappedFilterValueEqualsThePayloadValue() throws Exception {
    JsonNode payload = JSON.readTree(StubPayloads.bundled().exchangeInfo());
    Map<String, SymbolInfo> mapped = bySymbol(mapper.map(payload));

    int checked = 0;
    for (JsonNode entry : payload.get("symbols")) {
      ExchangeFilters f = mapped.get(entry.get("symbol").asText()).filters();
      for (JsonNode filter : entry.get("filters")) {
        switch (filter.get("filterType").asText()) {
          case "PRICE_FILTER" -> {
            assertThat(f.price().minPrice()).isEqualByComparingTo(dec(filter, "minPrice"));
            assertThat(f.price().maxPrice()).isEqualByComparingTo(dec(filter, "maxPrice"));
            assertThat(f.price().tickSize()).isEqualByComparingTo(dec(filter, "tickSize"));
            checked++;
          }
          case "LOT_SIZE" -> {
            assertThat(f.lotSize().minQty()).isEqualByComparingTo(dec(filter, "minQty"));
            assertThat(f.lotSize().stepSize()).isEqualByComparingTo(dec(filter, "stepSize"));
            checked++;
          }
          case "MARKET_LOT_SIZE" -> {
            assertThat(f.marketLotSize().maxQty()).isEqualByComparingTo(dec(filter, "maxQty"));
            checked++;
          }
          case "NOTIONAL" -> {
            assertThat(f.notional().minNotional()).isEqualByComparingTo(dec(filter, "minNotional"));
            assertThat(f.notional().maxNotional()).isEqualByComparingTo(dec(filter, "maxNotional"));
            checked++;
          }
          case "PERCENT_PRICE_BY_SIDE" -> {
            assertThat(f.percentPriceBySide().bidMultiplierDown())
                .isEqualByComparingTo(dec(filter, "bidMultiplierDown"));
            assertThat(f.percentPriceBySide().askMultiplierUp())
                .isEqualByComparingTo(dec(filter, "askMultiplierUp"));
            checked++;
          }
          default -> {}
        }
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  @Test
  void legacyMinNotionalAndPercentPriceOf2021AreMappedIntoTheCurrentShapes() throws Exception {
    MappingResult<SymbolInfo> result =
        mapper.map(
            JSON.readTree(
                StubPayloads.bundled(StubPayloads.EXCHANGE_INFO_2021, StubPayloads.TICKER_24H_2024)
                    .exchangeInfo()));

    assertThat(result.excluded()).isEmpty();
    ExchangeFilters f = bySymbol(result).get("BTCUSDT").filters();
    assertThat(f.notional().minNotional()).isEqualByComparingTo("10");
    assertThat(f.notional().maxNotional()).isNull();
    assertThat(f.notional().applyMinToMarket()).isTrue();
    assertThat(f.notional().avgPriceMins()).isEqualTo(5);
    assertThat(f.percentPriceBySide().bidMultiplierUp()).isEqualByComparingTo("5");
    assertThat(f.percentPriceBySide().askMultiplierUp()).isEqualByComparingTo("5");
    assertThat(f.percentPriceBySide().bidMultiplierDown()).isEqualByComparingTo("0.2");
    assertThat(f.percentPriceBySide().askMultiplierDown()).isEqualByComparingTo("0.2");
  }

  @Test
  void futuresStyleMinNotionalWithFieldNotionalIsRead() throws Exception {
    String payload =
        """
        {"symbols":[{"symbol":"BTCUSDT","status":"TRADING","baseAsset":"BTC","quoteAsset":"USDT",
          "filters":[{"filterType":"PRICE_FILTER","minPrice":"556.80","maxPrice":"4529764","tickSize":"0.10"},
                     {"filterType":"LOT_SIZE","minQty":"0.001","maxQty":"1000","stepSize":"0.001"},
                     {"filterType":"MIN_NOTIONAL","notional":"100"},
                     {"filterType":"PERCENT_PRICE","multiplierUp":"1.0500","multiplierDown":"0.9500","multiplierDecimal":"4"}]}]}
        """;

    SymbolInfo btc = mapper.map(JSON.readTree(payload)).mapped().get(0);

    assertThat(btc.filters().notional().minNotional()).isEqualByComparingTo("100");
    assertThat(btc.filters().percentPriceBySide().avgPriceMins()).isZero();
    assertThat(btc.filters().marketLotSize()).isNull();
  }

  @Test
  void brokenEntriesAreExcludedWithAReasonAndTheRestIsMapped() throws Exception {
    String payload =
        """
        {"symbols":[
          {"symbol":"GOODUSDT","status":"TRADING","baseAsset":"GOOD","quoteAsset":"USDT",
           "filters":[{"filterType":"PRICE_FILTER","minPrice":"0.01","maxPrice":"1000","tickSize":"0.01"},
                      {"filterType":"LOT_SIZE","minQty":"0.1","maxQty":"100","stepSize":"0.1"}]},
          {"symbol":"NOFILTERSUSDT","status":"TRADING","baseAsset":"NOFILTERS","quoteAsset":"USDT"},
          {"symbol":"EMPTYUSDT","status":"TRADING","baseAsset":"EMPTY","quoteAsset":"USDT","filters":[]},
          {"symbol":"NOBASEUSDT","status":"TRADING","quoteAsset":"USDT","filters":[]},
          {"symbol":"NOTICKUSDT","status":"TRADING","baseAsset":"NOTICK","quoteAsset":"USDT",
           "filters":[{"filterType":"PRICE_FILTER","minPrice":"0.01","maxPrice":"1000"},
                      {"filterType":"LOT_SIZE","minQty":"0.1","maxQty":"100","stepSize":"0.1"}]},
          {"symbol":"TEXTUSDT","status":"TRADING","baseAsset":"TEXT","quoteAsset":"USDT",
           "filters":[{"filterType":"PRICE_FILTER","minPrice":"0.01","maxPrice":"1000","tickSize":"0.01"},
                      {"filterType":"LOT_SIZE","minQty":"abc","maxQty":"100","stepSize":"0.1"}]},
          {"symbol":"NOLOTUSDT","status":"TRADING","baseAsset":"NOLOT","quoteAsset":"USDT",
           "filters":[{"filterType":"PRICE_FILTER","minPrice":"0.01","maxPrice":"1000","tickSize":"0.01"}]},
          {"status":"TRADING","baseAsset":"X","quoteAsset":"USDT","filters":[]}
        ]}
        """;

    MappingResult<SymbolInfo> result = mapper.map(JSON.readTree(payload));

    assertThat(result.mapped()).extracting(SymbolInfo::symbol).containsExactly("GOODUSDT");
    Map<String, String> reasons =
        result.excluded().stream()
            .collect(Collectors.toMap(SymbolProblem::symbol, SymbolProblem::reason));
    assertThat(reasons)
        .containsEntry("NOFILTERSUSDT", "no filters")
        .containsEntry("EMPTYUSDT", "no filters")
        .containsEntry("NOBASEUSDT", "missing field 'baseAsset'")
        .containsEntry("NOTICKUSDT", "PRICE_FILTER is missing 'tickSize'")
        .containsEntry("TEXTUSDT", "LOT_SIZE.minQty is not a number: 'abc'")
        .containsEntry("NOLOTUSDT", "no LOT_SIZE filter")
        .containsEntry("symbols[7]", "missing field 'symbol'");
  }

  @Test
  void aPayloadWithoutSymbolsIsAnError() throws Exception {
    assertThatThrownBy(() -> mapper.map(JSON.readTree("{\"code\":-1000}")))
        .isInstanceOf(MarketDataException.class)
        .hasMessageContaining("symbols");
  }

  private static Map<String, SymbolInfo> bySymbol(MappingResult<SymbolInfo> result) {
    return result.mapped().stream()
        .collect(Collectors.toMap(SymbolInfo::symbol, Function.identity()));
  }

  private static BigDecimal dec(JsonNode filter, String field) {
    return new BigDecimal(filter.get(field).asText());
  }
}
