package dev.coinengine.core.selection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coinengine.core.market.ExchangeFilters;
import dev.coinengine.core.market.ExchangeFilters.PriceFilter;
import dev.coinengine.core.market.SymbolInfo;
import dev.coinengine.core.market.Ticker24h;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Reads the recorded Binance exchangeInfo and 24h ticker snapshots (tests only). */
final class SnapshotFiles {
  static final String EXCHANGE_INFO = "snapshots/spot-exchangeInfo-2023-09-08.json.gz";
  static final String TICKER = "snapshots/spot-ticker24hr-2024-03-10.json.gz";

  private static final ObjectMapper JSON = new ObjectMapper();

  private SnapshotFiles() {}

  static List<SymbolInfo> listings(Path file) {
    List<SymbolInfo> result = new ArrayList<>();
    for (JsonNode s : read(file).get("symbols")) {
      PriceFilter price = null;
      for (JsonNode f : s.get("filters")) {
        if ("PRICE_FILTER".equals(f.get("filterType").asText())) {
          price =
              new PriceFilter(
                  new BigDecimal(f.get("minPrice").asText()),
                  new BigDecimal(f.get("maxPrice").asText()),
                  new BigDecimal(f.get("tickSize").asText()));
        }
      }
      result.add(
          new SymbolInfo(
              s.get("symbol").asText(),
              s.get("status").asText(),
              s.get("baseAsset").asText(),
              s.get("quoteAsset").asText(),
              new ExchangeFilters(price, null, null, null, null)));
    }
    return result;
  }

  static List<Ticker24h> tickers(Path file) {
    List<Ticker24h> result = new ArrayList<>();
    for (JsonNode t : read(file)) {
      result.add(
          new Ticker24h(
              t.get("symbol").asText(),
              num(t, "lastPrice"),
              num(t, "bidPrice"),
              num(t, "bidQty"),
              num(t, "askPrice"),
              num(t, "askQty"),
              num(t, "highPrice"),
              num(t, "lowPrice"),
              num(t, "volume"),
              num(t, "quoteVolume"),
              t.path("count").asLong(-1),
              num(t, "priceChangePercent"),
              t.path("openTime").asLong(),
              t.path("closeTime").asLong()));
    }
    return result;
  }

  static long serverTime(Path exchangeInfo) {
    return read(exchangeInfo).get("serverTime").asLong();
  }

  private static double num(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Double.NaN : Double.parseDouble(value.asText());
  }

  private static JsonNode read(Path file) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
