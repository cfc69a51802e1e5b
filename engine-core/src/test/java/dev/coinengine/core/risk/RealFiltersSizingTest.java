package dev.coinengine.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coinengine.core.config.RiskPreset;
import dev.coinengine.core.cost.Side;
import dev.coinengine.core.market.ExchangeFilters;
import dev.coinengine.core.market.ExchangeFilters.LotSize;
import dev.coinengine.core.market.ExchangeFilters.NotionalFilter;
import dev.coinengine.core.market.ExchangeFilters.PercentPriceBySide;
import dev.coinengine.core.market.ExchangeFilters.PriceFilter;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The sizing invariants with Binance's real spot filters (exchangeInfo of 2024-09-08) and 24h
 * ticker prices (2024-03-10) from shared/data; skipped when that folder is absent.
 */
class RealFiltersSizingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void realUsdtFiltersAreNeverBrokenByAnApprovedOrder() throws IOException {
    Map<String, ExchangeFilters> filters =
        filters(shared("snapshots/spot-exchangeInfo-2024-09-08-tradingonly.json.gz"));
    Map<String, Double> prices = prices(shared("snapshots/spot-ticker24hr-2024-03-10.json.gz"));
    RiskSizer sizer = new RiskSizer();
    Random random = new Random(2024);
    List<String> violations = new ArrayList<>();
    int approved = 0;
    int cases = 0;
    for (Map.Entry<String, ExchangeFilters> entry : filters.entrySet()) {
      Double price = prices.get(entry.getKey());
      if (price == null || !(price > 0)) {
        continue;
      }
      for (int i = 0; i < 20; i++) {
        cases++;
        RiskPreset preset = RiskSizerPropertyTest.preset(random);
        SizingRequest request =
            new SizingRequest(
                entry.getKey(),
                random.nextBoolean() ? Side.BUY : Side.SELL,
                random.nextInt(3) == 0 ? OrderType.MARKET : OrderType.LIMIT,
                price * (0.98 + 0.04 * random.nextDouble()),
                price,
                0.005 + random.nextDouble() * 0.2,
                random.nextDouble(),
                entry.getValue(),
                RiskSizerPropertyTest.account(random));
        SizingDecision decision = sizer.size(preset, request);
        List<String> broken = new ArrayList<>();
        if (decision.approved()) {
          approved++;
          RiskSizerPropertyTest.checkPreset(preset, request, decision, broken);
          RiskSizerPropertyTest.checkFilters(request, decision, broken);
        }
        broken.forEach(problem -> violations.add(entry.getKey() + ": " + problem));
      }
    }

    assertThat(cases).isGreaterThan(5_000);
    assertThat(violations).isEmpty();
    assertThat(approved).isGreaterThan(cases / 10);
  }

  private static Map<String, ExchangeFilters> filters(Path file) throws IOException {
    Map<String, ExchangeFilters> result = new HashMap<>();
    for (JsonNode symbol : read(file).get("symbols")) {
      if (!symbol.get("quoteAsset").asText().equals("USDT")) {
        continue;
      }
      PriceFilter price = null;
      LotSize lot = null;
      LotSize marketLot = null;
      NotionalFilter notional = null;
      PercentPriceBySide band = null;
      for (JsonNode f : symbol.get("filters")) {
        switch (f.get("filterType").asText()) {
          case "PRICE_FILTER" ->
              price = new PriceFilter(dec(f, "minPrice"), dec(f, "maxPrice"), dec(f, "tickSize"));
          case "LOT_SIZE" ->
              lot = new LotSize(dec(f, "minQty"), dec(f, "maxQty"), dec(f, "stepSize"));
          case "MARKET_LOT_SIZE" ->
              marketLot = new LotSize(dec(f, "minQty"), dec(f, "maxQty"), dec(f, "stepSize"));
          case "NOTIONAL" ->
              notional =
                  new NotionalFilter(
                      dec(f, "minNotional"),
                      dec(f, "maxNotional"),
                      f.get("applyMinToMarket").asBoolean(),
                      f.get("applyMaxToMarket").asBoolean(),
                      f.get("avgPriceMins").asInt());
          case "PERCENT_PRICE_BY_SIDE" ->
              band =
                  new PercentPriceBySide(
                      dec(f, "bidMultiplierUp"),
                      dec(f, "bidMultiplierDown"),
                      dec(f, "askMultiplierUp"),
                      dec(f, "askMultiplierDown"),
                      f.get("avgPriceMins").asInt());
          default -> {
            // order-count and trailing filters are not the sizer's
          }
        }
      }
      result.put(
          symbol.get("symbol").asText(),
          new ExchangeFilters(price, lot, marketLot, notional, band));
    }
    return result;
  }

  private static Map<String, Double> prices(Path file) throws IOException {
    Map<String, Double> result = new HashMap<>();
    for (JsonNode ticker : read(file)) {
      result.put(ticker.get("symbol").asText(), ticker.get("lastPrice").asDouble());
    }
    return result;
  }

  private static BigDecimal dec(JsonNode filter, String field) {
    return new BigDecimal(filter.get(field).asText());
  }

  private static JsonNode read(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return JSON.readTree(in);
    }
  }

  private static Path shared(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path file = dir.resolve("shared").resolve("data").resolve(relative);
      if (Files.isRegularFile(file)) {
        return file;
      }
      dir = dir.getParent();
    }
    assumeTrue(false, "shared/data/" + relative + " beside the repository is absent: skipped");
    return null;
  }
}
