package dev.coinengine.functions.decide;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.functions.support.InvalidRequestException;
import java.time.Instant;
import java.util.List;

/** The bars a decision reads: the request's own when it brings them, else the lake's. */
final class RequestBars {
  /** The market context every feature row reads. */
  static final String BTC = "BTCUSDT";

  static final String ETH = "ETHUSDT";

  /** The coin's, BTC's and ETH's base-interval bars closed by the decision time. */
  record Bars(BarSeries coin, BarSeries btc, BarSeries eth) {}

  private final BarSource lake;
  private final Interval base;

  RequestBars(BarSource lake, Interval base) {
    this.lake = lake;
    this.base = base;
  }

  Bars resolve(DecideRequest request, Instant time, int need) {
    long t = time.toEpochMilli();
    BarSeries coin = series(request, request.symbol(), t, need);
    if (coin.isEmpty()) {
      throw new InvalidRequestException(
          "symbol",
          "no "
              + base.code()
              + " bars of "
              + request.symbol()
              + " closed by "
              + time
              + (request.bars().isEmpty() ? " in the lake" : " in the request's bars"));
    }
    return new Bars(coin, series(request, BTC, t, need), series(request, ETH, t, need));
  }

  private BarSeries series(DecideRequest request, String symbol, long t, int need) {
    List<Bar> given = request.bars().get(symbol);
    if (given != null) {
      return new BarSeries(symbol, base, given).closedBy(t, need);
    }
    if (!request.bars().isEmpty() && symbol.equals(request.symbol())) {
      throw new InvalidRequestException(
          "bars", "has no series for the requested symbol " + request.symbol());
    }
    return lake.closedBy(symbol, t, need);
  }
}
