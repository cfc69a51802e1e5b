package dev.coinengine.core.cost;

import dev.coinengine.core.config.CostSettings.Venue;
import dev.coinengine.core.market.OrderBook;
import java.util.Objects;

/**
 * One order to price: {@code quantity} of the base asset at the reference {@code price} (quote per
 * base, normally the mid). Quotes come from {@code bid}/{@code ask} (NaN when absent) or from the
 * {@code book}; one of them is required for the spread. Without a book a taker order needs {@code
 * dailyQuoteVolume} and {@code dailyVolatility} (std of daily log returns) for the square-root
 * impact. {@code funding} is required on USD-M futures and must be null on spot. Build it with
 * {@link #builder}.
 */
public record CostRequest(
    String symbol,
    Side side,
    double quantity,
    double price,
    double bid,
    double ask,
    OrderBook book,
    double dailyQuoteVolume,
    double dailyVolatility,
    Liquidity liquidity,
    Venue venue,
    Funding funding,
    double expectedEdgeBps) {

  public CostRequest {
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("symbol must not be blank");
    }
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(liquidity, "liquidity");
    Objects.requireNonNull(venue, "venue");
    positive("quantity", quantity);
    positive("price", price);
    boolean quotes = !Double.isNaN(bid) || !Double.isNaN(ask);
    if (quotes) {
      positive("bid", bid);
      positive("ask", ask);
      if (ask < bid) {
        throw new IllegalArgumentException("ask must not be below bid, was " + ask + " < " + bid);
      }
    }
    if (book != null && !book.symbol().equals(symbol)) {
      throw new IllegalArgumentException(
          "book is for " + book.symbol() + ", the order for " + symbol);
    }
    boolean bookQuotes = book != null && !book.bids().isEmpty() && !book.asks().isEmpty();
    if (bookQuotes && book.bestBid().get().price() >= book.bestAsk().get().price()) {
      throw new IllegalArgumentException(
          "the book of " + symbol + " is crossed: best bid is not below best ask");
    }
    if (!quotes && !bookQuotes) {
      throw new IllegalArgumentException(
          "bid/ask or a two-sided book is required to price the spread of " + symbol);
    }
    if (liquidity == Liquidity.TAKER && book != null && !bookQuotes) {
      throw new IllegalArgumentException(
          "a taker order walks both sides of the book, but the book of "
              + symbol
              + " has "
              + book.bids().size()
              + " bid and "
              + book.asks().size()
              + " ask levels");
    }
    if (liquidity == Liquidity.TAKER && book == null) {
      positive("dailyQuoteVolume", dailyQuoteVolume);
      if (!(dailyVolatility >= 0) || !Double.isFinite(dailyVolatility)) {
        throw new IllegalArgumentException(
            "dailyVolatility must be a finite number >= 0, was " + dailyVolatility);
      }
    }
    if (venue == Venue.SPOT && funding != null) {
      throw new IllegalArgumentException("funding applies to USDM_FUTURES only, not to SPOT");
    }
    if (venue == Venue.USDM_FUTURES && funding == null) {
      throw new IllegalArgumentException(
          "funding (rate, interval, holding time) is required on USDM_FUTURES");
    }
    if (!Double.isFinite(expectedEdgeBps)) {
      throw new IllegalArgumentException("expectedEdgeBps must be finite, was " + expectedEdgeBps);
    }
  }

  /** Quote value of the order at the reference price. */
  public double notional() {
    return quantity * price;
  }

  /** Best bid: {@link #bid} if given, else the book's. */
  public double bestBid() {
    return Double.isNaN(bid) ? book.bids().get(0).price() : bid;
  }

  /** Best ask: {@link #ask} if given, else the book's. */
  public double bestAsk() {
    return Double.isNaN(ask) ? book.asks().get(0).price() : ask;
  }

  public static Builder builder(String symbol, Side side, Venue venue) {
    return new Builder(symbol, side, venue);
  }

  private static void positive(String field, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number > 0, was " + value);
    }
  }

  /** Collects the optional parts; {@link #quantity} or {@link #notional} and {@link #price}. */
  public static final class Builder {
    private final String symbol;
    private final Side side;
    private final Venue venue;
    private double quantity = Double.NaN;
    private double notional = Double.NaN;
    private double price = Double.NaN;
    private double bid = Double.NaN;
    private double ask = Double.NaN;
    private OrderBook book;
    private double dailyQuoteVolume = Double.NaN;
    private double dailyVolatility = Double.NaN;
    private Liquidity liquidity = Liquidity.TAKER;
    private Funding funding;
    private double expectedEdgeBps;

    private Builder(String symbol, Side side, Venue venue) {
      this.symbol = symbol;
      this.side = side;
      this.venue = venue;
    }

    /** Order size in the base asset (replaces {@link #notional}). */
    public Builder quantity(double quantity) {
      this.quantity = quantity;
      this.notional = Double.NaN;
      return this;
    }

    /** Order size in the quote asset at the reference price (replaces {@link #quantity}). */
    public Builder notional(double notional) {
      this.notional = notional;
      this.quantity = Double.NaN;
      return this;
    }

    /** Reference price, normally the mid. */
    public Builder price(double price) {
      this.price = price;
      return this;
    }

    public Builder quotes(double bid, double ask) {
      this.bid = bid;
      this.ask = ask;
      return this;
    }

    public Builder book(OrderBook book) {
      this.book = book;
      return this;
    }

    /** 24h quote volume and std of daily log returns, for the square-root impact. */
    public Builder dailyLiquidity(double dailyQuoteVolume, double dailyVolatility) {
      this.dailyQuoteVolume = dailyQuoteVolume;
      this.dailyVolatility = dailyVolatility;
      return this;
    }

    public Builder liquidity(Liquidity liquidity) {
      this.liquidity = liquidity;
      return this;
    }

    public Builder funding(Funding funding) {
      this.funding = funding;
      return this;
    }

    public Builder expectedEdgeBps(double expectedEdgeBps) {
      this.expectedEdgeBps = expectedEdgeBps;
      return this;
    }

    public CostRequest build() {
      double qty = Double.isNaN(notional) ? quantity : notional / price;
      return new CostRequest(
          symbol,
          side,
          qty,
          price,
          bid,
          ask,
          book,
          dailyQuoteVolume,
          dailyVolatility,
          liquidity,
          venue,
          funding,
          expectedEdgeBps);
    }
  }
}
