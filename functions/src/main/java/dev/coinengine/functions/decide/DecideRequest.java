package dev.coinengine.functions.decide;

import dev.coinengine.core.cost.Funding;
import dev.coinengine.core.cost.Liquidity;
import dev.coinengine.core.decision.DecisionInput.Quote;
import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.OrderBook;
import dev.coinengine.core.risk.AccountState;
import dev.coinengine.core.risk.OrderType;
import dev.coinengine.core.risk.Position;
import dev.coinengine.functions.support.InvalidRequestException;
import dev.coinengine.functions.support.JsonFields;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A {@code decide} (or {@code predict}) call. Only {@code symbol} is required.
 *
 * @param time decide as of this instant (bars closed by then); empty = now
 * @param preset risk preset name; empty = the configured default
 * @param account the caller's portfolio; empty = a flat account of {@code DEFAULT_EQUITY}
 * @param quote best bid/ask now; empty = last close with the configured assumed spread
 * @param book depth to walk for slippage; empty = square-root impact model
 * @param funding perpetual funding (futures venue)
 * @param bars base-interval bars by symbol given by the caller instead of the lake (the coin, and
 *     BTCUSDT and ETHUSDT for the market context)
 */
public record DecideRequest(
    String symbol,
    Interval timeframe,
    Optional<Instant> time,
    Optional<String> preset,
    Optional<AccountState> account,
    Optional<Quote> quote,
    Optional<OrderBook> book,
    Optional<Funding> funding,
    OrderType orderType,
    Liquidity liquidity,
    Map<String, List<Bar>> bars) {

  /** Equity of the flat account assumed when the request has no portfolio. */
  public static final double DEFAULT_EQUITY = 100_000;

  static final int MAX_POSITIONS = 1_000;
  static final int MAX_BOOK_LEVELS = 5_000;
  static final int MAX_BARS = 10_000;
  static final double MAX_PRICE = 1e9;
  static final double MAX_AMOUNT = 1e15;
  private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9]{2,30}");
  private static final Set<String> FIELDS =
      Set.of(
          "symbol",
          "timeframe",
          "time",
          "preset",
          "portfolio",
          "quote",
          "depth",
          "funding",
          "orderType",
          "liquidity",
          "bars");

  public DecideRequest {
    bars = Map.copyOf(bars);
  }

  /** Reads a JSON body; every failure names the field. */
  public static DecideRequest read(JsonNode body) {
    JsonFields f = JsonFields.body(body, FIELDS);
    String symbol = symbol(f, "symbol");
    Interval timeframe =
        f.text("timeframe")
            .map(
                code -> {
                  try {
                    return Interval.parse(code);
                  } catch (IllegalArgumentException e) {
                    throw new InvalidRequestException("timeframe", e.getMessage());
                  }
                })
            .orElse(Interval.H1);
    Optional<Instant> time = f.instant("time");
    Optional<String> preset = f.text("preset");
    Optional<AccountState> account =
        f.object("portfolio", Set.of("equity", "positions", "todayPnl", "peakEquity"))
            .map(DecideRequest::account);
    Optional<Quote> quote = f.object("quote", Set.of("bid", "ask")).map(DecideRequest::quote);
    Optional<OrderBook> book = f.object("depth", Set.of("bids", "asks")).map(d -> book(symbol, d));
    Optional<Funding> funding =
        f.object("funding", Set.of("rate", "intervalHours", "holdingHours"))
            .map(DecideRequest::funding);
    OrderType orderType =
        f.text("orderType")
            .map(t -> enumOf("orderType", t, OrderType.class))
            .orElse(OrderType.MARKET);
    Liquidity liquidity =
        f.text("liquidity")
            .map(t -> enumOf("liquidity", t, Liquidity.class))
            .orElse(Liquidity.TAKER);
    Map<String, List<Bar>> bars = bars(f);
    return new DecideRequest(
        symbol, timeframe, time, preset, account, quote, book, funding, orderType, liquidity, bars);
  }

  private static String symbol(JsonFields f, String name) {
    String symbol = f.requiredText(name);
    if (!SYMBOL.matcher(symbol).matches()) {
      throw new InvalidRequestException(
          f.pathOf(name), "must be 2-30 upper-case letters or digits, e.g. BTCUSDT");
    }
    return symbol;
  }

  private static AccountState account(JsonFields p) {
    double equity = p.requiredNumber("equity", 0, MAX_AMOUNT);
    List<Position> positions = new ArrayList<>();
    for (JsonFields pos : p.objects("positions", Set.of("symbol", "notional"), MAX_POSITIONS)) {
      String symbol = symbol(pos, "symbol");
      double notional = pos.requiredNumber("notional", -MAX_AMOUNT, MAX_AMOUNT);
      try {
        positions.add(new Position(symbol, notional));
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException(pos.path(), e.getMessage());
      }
    }
    double todayPnl = p.number("todayPnl", -MAX_AMOUNT, MAX_AMOUNT).orElse(0.0);
    double peak = p.number("peakEquity", 0, MAX_AMOUNT).orElse(equity);
    try {
      return new AccountState(equity, positions, todayPnl, peak);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(p.path(), e.getMessage());
    }
  }

  private static Quote quote(JsonFields q) {
    double bid = q.requiredNumber("bid", Double.MIN_VALUE, MAX_PRICE);
    double ask = q.requiredNumber("ask", Double.MIN_VALUE, MAX_PRICE);
    if (bid > ask) {
      throw new InvalidRequestException(q.pathOf("bid"), "must not exceed ask (" + ask + ")");
    }
    return new Quote(bid, ask);
  }

  private static OrderBook book(String symbol, JsonFields d) {
    List<OrderBook.Level> bids = levels(d, "bids");
    List<OrderBook.Level> asks = levels(d, "asks");
    double bestBid = bids.stream().mapToDouble(OrderBook.Level::price).max().orElse(0);
    double bestAsk =
        asks.stream().mapToDouble(OrderBook.Level::price).min().orElse(Double.MAX_VALUE);
    if (bestBid >= bestAsk) {
      throw new InvalidRequestException(
          d.path(), "is crossed: best bid " + bestBid + " is not below best ask " + bestAsk);
    }
    try {
      return new OrderBook(symbol, bids, asks);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(d.path(), e.getMessage());
    }
  }

  private static List<OrderBook.Level> levels(JsonFields d, String side) {
    List<OrderBook.Level> levels = new ArrayList<>();
    for (double[] row : d.numberRows(side, 2, MAX_BOOK_LEVELS, 0, MAX_AMOUNT)) {
      try {
        levels.add(new OrderBook.Level(row[0], row[1]));
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException(d.pathOf(side), e.getMessage());
      }
    }
    return levels;
  }

  private static Funding funding(JsonFields f) {
    double rate = f.requiredNumber("rate", -0.05, 0.05);
    double interval = f.number("intervalHours", 1, 24).orElse(8.0);
    double holding = f.number("holdingHours", 0, 24 * 365).orElse(4.0);
    return new Funding(
        rate,
        Duration.ofMillis(Math.round(interval * 3_600_000)),
        Duration.ofMillis(Math.round(holding * 3_600_000)));
  }

  /**
   * {@code bars: {"BTCUSDT": [[openTimeMs, open, high, low, close, volume, quoteVolume], ...]}},
   * oldest first (numbers may be strings, as Binance sends them).
   */
  private static Map<String, List<Bar>> bars(JsonFields f) {
    Map<String, List<double[]>> raw = f.rowsByName("bars", 7, 3, MAX_BARS, -1, MAX_AMOUNT);
    Map<String, List<Bar>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<double[]>> e : raw.entrySet()) {
      String path = f.pathOf("bars") + "." + e.getKey();
      if (!SYMBOL.matcher(e.getKey()).matches()) {
        throw new InvalidRequestException(
            path, "is not a symbol (2-30 upper-case letters or digits)");
      }
      List<Bar> bars = new ArrayList<>(e.getValue().size());
      long previous = Long.MIN_VALUE;
      for (int i = 0; i < e.getValue().size(); i++) {
        double[] r = e.getValue().get(i);
        long open = (long) r[0];
        if (open != r[0] || open < 0) {
          throw new InvalidRequestException(
              path + "[" + i + "][0]", "must be an open time in epoch milliseconds");
        }
        if (open <= previous) {
          throw new InvalidRequestException(
              path + "[" + i + "][0]", "open times must strictly increase");
        }
        previous = open;
        try {
          bars.add(new Bar(open, r[1], r[2], r[3], r[4], r[5], r[6], -1));
        } catch (IllegalArgumentException ex) {
          throw new InvalidRequestException(path + "[" + i + "]", ex.getMessage());
        }
      }
      out.put(e.getKey(), bars);
    }
    return out;
  }

  private static <E extends Enum<E>> E enumOf(String field, String value, Class<E> type) {
    try {
      return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> allowed = new ArrayList<>();
      for (E c : type.getEnumConstants()) {
        allowed.add(c.name().toLowerCase(Locale.ROOT));
      }
      throw new InvalidRequestException(
          field, "must be one of " + allowed + ", was '" + JsonFields.abbreviate(value) + "'");
    }
  }
}
