package dev.coinengine.core.market;

import java.util.List;
import java.util.Optional;

/**
 * A snapshot of one symbol's order book: bids best (highest) first, asks best (lowest) first. A
 * side may be empty (a halted symbol has no quotes).
 */
public record OrderBook(String symbol, List<Level> bids, List<Level> asks) {

  public OrderBook {
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("symbol must not be blank");
    }
    bids = List.copyOf(bids);
    asks = List.copyOf(asks);
    for (int i = 1; i < bids.size(); i++) {
      if (!(bids.get(i).price() < bids.get(i - 1).price())) {
        throw new IllegalArgumentException(
            "bids must be strictly descending, level " + i + " is " + bids.get(i).price());
      }
    }
    for (int i = 1; i < asks.size(); i++) {
      if (!(asks.get(i).price() > asks.get(i - 1).price())) {
        throw new IllegalArgumentException(
            "asks must be strictly ascending, level " + i + " is " + asks.get(i).price());
      }
    }
  }

  public Optional<Level> bestBid() {
    return bids.isEmpty() ? Optional.empty() : Optional.of(bids.get(0));
  }

  public Optional<Level> bestAsk() {
    return asks.isEmpty() ? Optional.empty() : Optional.of(asks.get(0));
  }

  /** Quoted spread in basis points of the mid price, or NaN without a two-sided book. */
  public double spreadBps() {
    if (bids.isEmpty() || asks.isEmpty()) {
      return Double.NaN;
    }
    double bid = bids.get(0).price();
    double ask = asks.get(0).price();
    return (ask - bid) / ((ask + bid) / 2.0) * 10_000.0;
  }

  /** One price level: the quantity (base asset) resting at {@code price} (quote asset). */
  public record Level(double price, double qty) {

    public Level {
      if (!(price > 0) || Double.isInfinite(price)) {
        throw new IllegalArgumentException("price must be a finite number > 0, was " + price);
      }
      if (!(qty >= 0) || Double.isInfinite(qty)) {
        throw new IllegalArgumentException("qty must be a finite number >= 0, was " + qty);
      }
    }
  }
}
