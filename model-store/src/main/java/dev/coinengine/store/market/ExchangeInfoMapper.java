package dev.coinengine.store.market;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coinengine.core.market.ExchangeFilters;
import dev.coinengine.core.market.ExchangeFilters.LotSize;
import dev.coinengine.core.market.ExchangeFilters.NotionalFilter;
import dev.coinengine.core.market.ExchangeFilters.PercentPriceBySide;
import dev.coinengine.core.market.ExchangeFilters.PriceFilter;
import dev.coinengine.core.market.SymbolInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps a raw Binance {@code GET /api/v3/exchangeInfo} body to {@link SymbolInfo}s. Works on the
 * JSON tree because XChange's typed filter DTO has no fields for {@code PERCENT_PRICE_BY_SIDE},
 * {@code avgPriceMins} or the {@code apply*ToMarket} flags.
 *
 * <p>Both filter generations are read: {@code NOTIONAL} and {@code PERCENT_PRICE_BY_SIDE} (2023 on)
 * and the older {@code MIN_NOTIONAL} and {@code PERCENT_PRICE} (2021; also the futures {@code
 * MIN_NOTIONAL}, whose field is {@code notional}). Where both generations are present the newer one
 * wins. A symbol is excluded, with the reason, when it lacks symbol/status/assets, has no filters,
 * lacks {@code PRICE_FILTER} or {@code LOT_SIZE} (an order cannot be sized without them) or has a
 * kept filter with a missing or non-numeric field. Other filter types are ignored.
 */
public final class ExchangeInfoMapper {

  public MappingResult<SymbolInfo> map(JsonNode exchangeInfo) {
    JsonNode symbols = exchangeInfo == null ? null : exchangeInfo.get("symbols");
    if (symbols == null || !symbols.isArray()) {
      throw new MarketDataException("exchangeInfo has no 'symbols' array");
    }
    List<SymbolInfo> mapped = new ArrayList<>(symbols.size());
    List<SymbolProblem> excluded = new ArrayList<>();
    int index = 0;
    for (JsonNode entry : symbols) {
      String name = text(entry, "symbol");
      String label = name == null || name.isBlank() ? "symbols[" + index + "]" : name;
      try {
        mapped.add(mapSymbol(entry, label));
      } catch (BadEntry e) {
        excluded.add(new SymbolProblem(label, e.getMessage()));
      }
      index++;
    }
    return new MappingResult<>(mapped, excluded);
  }

  private static SymbolInfo mapSymbol(JsonNode entry, String label) {
    if (!entry.isObject()) {
      throw new BadEntry("entry is not a JSON object");
    }
    String symbol = required(entry, "symbol");
    String status = required(entry, "status");
    String base = required(entry, "baseAsset");
    String quote = required(entry, "quoteAsset");
    JsonNode filters = entry.get("filters");
    if (filters == null || !filters.isArray() || filters.isEmpty()) {
      throw new BadEntry("no filters");
    }
    PriceFilter price = null;
    LotSize lot = null;
    LotSize marketLot = null;
    NotionalFilter notional = null;
    NotionalFilter minNotional = null;
    PercentPriceBySide bySide = null;
    PercentPriceBySide symmetric = null;
    for (JsonNode f : filters) {
      String type = text(f, "filterType");
      if (type == null) {
        throw new BadEntry("filter without filterType");
      }
      switch (type) {
        case "PRICE_FILTER" ->
            price =
                new PriceFilter(
                    decimal(f, type, "minPrice"),
                    decimal(f, type, "maxPrice"),
                    decimal(f, type, "tickSize"));
        case "LOT_SIZE" -> lot = lotSize(f, type);
        case "MARKET_LOT_SIZE" -> marketLot = lotSize(f, type);
        case "NOTIONAL" ->
            notional =
                new NotionalFilter(
                    decimal(f, type, "minNotional"),
                    decimal(f, type, "maxNotional"),
                    flag(f, "applyMinToMarket"),
                    flag(f, "applyMaxToMarket"),
                    f.path("avgPriceMins").asInt(0));
        case "MIN_NOTIONAL" ->
            minNotional =
                new NotionalFilter(
                    f.has("minNotional")
                        ? decimal(f, type, "minNotional")
                        : decimal(f, type, "notional"),
                    null,
                    flag(f, "applyToMarket"),
                    false,
                    f.path("avgPriceMins").asInt(0));
        case "PERCENT_PRICE_BY_SIDE" ->
            bySide =
                new PercentPriceBySide(
                    decimal(f, type, "bidMultiplierUp"),
                    decimal(f, type, "bidMultiplierDown"),
                    decimal(f, type, "askMultiplierUp"),
                    decimal(f, type, "askMultiplierDown"),
                    f.path("avgPriceMins").asInt(0));
        case "PERCENT_PRICE" -> {
          BigDecimal up = decimal(f, type, "multiplierUp");
          BigDecimal down = decimal(f, type, "multiplierDown");
          symmetric = new PercentPriceBySide(up, down, up, down, f.path("avgPriceMins").asInt(0));
        }
        default -> {
          // ICEBERG_PARTS, TRAILING_DELTA, MAX_NUM_* and MAX_POSITION do not constrain sizing.
        }
      }
    }
    if (price == null) {
      throw new BadEntry("no PRICE_FILTER");
    }
    if (lot == null) {
      throw new BadEntry("no LOT_SIZE filter");
    }
    return new SymbolInfo(
        symbol,
        status,
        base,
        quote,
        new ExchangeFilters(
            price,
            lot,
            marketLot,
            notional != null ? notional : minNotional,
            bySide != null ? bySide : symmetric));
  }

  private static LotSize lotSize(JsonNode f, String type) {
    return new LotSize(
        decimal(f, type, "minQty"), decimal(f, type, "maxQty"), decimal(f, type, "stepSize"));
  }

  private static String required(JsonNode entry, String field) {
    String value = text(entry, field);
    if (value == null || value.isBlank()) {
      throw new BadEntry("missing field '" + field + "'");
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
  }

  // Binance sends booleans; an absent flag is read as "applies", the stricter reading.
  private static boolean flag(JsonNode f, String field) {
    JsonNode value = f.get(field);
    return value == null || value.isNull() || value.asBoolean(true);
  }

  private static BigDecimal decimal(JsonNode f, String type, String field) {
    String value = text(f, field);
    if (value == null || value.isBlank()) {
      throw new BadEntry(type + " is missing '" + field + "'");
    }
    try {
      return new BigDecimal(value.trim());
    } catch (NumberFormatException e) {
      throw new BadEntry(type + "." + field + " is not a number: '" + value + "'");
    }
  }

  private static final class BadEntry extends RuntimeException {
    BadEntry(String reason) {
      super(reason, null, false, false);
    }
  }
}
