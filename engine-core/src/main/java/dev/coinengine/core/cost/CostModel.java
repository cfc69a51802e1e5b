package dev.coinengine.core.cost;

import dev.coinengine.core.config.CostSettings;
import dev.coinengine.core.cost.CostBreakdown.Refusal;
import dev.coinengine.core.cost.CostBreakdown.RefusalCode;
import dev.coinengine.core.cost.CostBreakdown.SlippageSource;
import dev.coinengine.core.market.OrderBook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Prices the round trip of one order in basis points of its notional: fees (entry + exit at the
 * configured VIP tier), spread (half the quoted spread per taker crossing), slippage (walking the
 * given book on both sides, or the square-root impact law without one), and perpetual funding over
 * the expected holding time. It refuses the trade when the expected edge minus this cost is below
 * {@code cost.min-edge-bps}, or when the book is too shallow to fill it. Formulas and sources:
 * {@code docs/cost-and-risk.md}. Stateless and thread-safe.
 */
public final class CostModel {
  private static final double BPS = 10_000.0;

  private final FeeSchedule fees;
  private final CostSettings settings;
  private final SquareRootImpact impact;

  public CostModel(FeeSchedule fees, CostSettings settings, SquareRootImpact impact) {
    this.fees = Objects.requireNonNull(fees, "fees");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.impact = Objects.requireNonNull(impact, "impact");
  }

  /** The cost of {@code request}'s round trip and whether the trade keeps enough edge. */
  public CostBreakdown estimate(CostRequest request) {
    List<Refusal> refusals = new ArrayList<>(2);
    FeeRates rates = fees.fees(request.venue(), settings.vipTier(), settings.bnbDiscount());
    boolean taker = request.liquidity() == Liquidity.TAKER;
    double feeBps = 2 * rates.bps(request.liquidity());

    double bid = request.bestBid();
    double ask = request.bestAsk();
    double mid = (bid + ask) / 2;
    double spreadBps = taker ? 2 * ((ask - bid) / 2 / mid * BPS) : 0.0;

    double slippageBps = 0.0;
    SlippageSource source = SlippageSource.NONE;
    if (taker && request.book() != null) {
      source = SlippageSource.ORDER_BOOK;
      slippageBps = walkBothSides(request, mid, refusals);
    } else if (taker) {
      source = SlippageSource.SQUARE_ROOT_IMPACT;
      double perCrossing =
          impact.impact(
              request.quantity() * mid, request.dailyQuoteVolume(), request.dailyVolatility());
      slippageBps = 2 * perCrossing * BPS;
    }

    double fundingBps = 0.0;
    double fundingReceivedBps = 0.0;
    Funding funding = request.funding();
    if (funding != null) {
      // positive rate: longs pay shorts
      double paid =
          request.side().sign() * funding.ratePerInterval() * funding.expectedPayments() * BPS;
      fundingBps = Math.max(0.0, paid);
      fundingReceivedBps = Math.max(0.0, -paid);
    }

    double totalBps = feeBps + spreadBps + slippageBps + fundingBps;
    double notional = request.notional();
    double totalQuote = totalBps / BPS * notional;
    double edgeAfterCost = request.expectedEdgeBps() - totalBps;
    if (edgeAfterCost < settings.minEdgeBps()) {
      refusals.add(
          new Refusal(
              RefusalCode.EDGE_BELOW_MINIMUM,
              "expected edge "
                  + two(request.expectedEdgeBps())
                  + " bps - cost "
                  + two(totalBps)
                  + " bps (fee "
                  + two(feeBps)
                  + " + spread "
                  + two(spreadBps)
                  + " + slippage "
                  + two(slippageBps)
                  + " + funding "
                  + two(fundingBps)
                  + ") = "
                  + two(edgeAfterCost)
                  + " bps, below the minimum "
                  + two(settings.minEdgeBps())
                  + " bps"));
    }
    return new CostBreakdown(
        request.symbol(),
        request.side(),
        request.quantity(),
        notional,
        rates,
        feeBps,
        spreadBps,
        slippageBps,
        source,
        fundingBps,
        fundingReceivedBps,
        totalBps,
        totalQuote,
        request.expectedEdgeBps(),
        edgeAfterCost,
        settings.minEdgeBps(),
        refusals.isEmpty(),
        refusals);
  }

  /** Entry walks the far side (asks for a buy), the exit the near side, both for the quantity. */
  private static double walkBothSides(CostRequest request, double mid, List<Refusal> refusals) {
    OrderBook book = request.book();
    boolean buy = request.side() == Side.BUY;
    double quantity = request.quantity();
    List<OrderBook.Level> entrySide = buy ? book.asks() : book.bids();
    List<OrderBook.Level> exitSide = buy ? book.bids() : book.asks();
    double entry = walk(entrySide, quantity, buy);
    double exit = walk(exitSide, quantity, !buy);
    shallow(request, entrySide, buy ? "asks (entry)" : "bids (entry)", refusals);
    shallow(request, exitSide, buy ? "bids (exit)" : "asks (exit)", refusals);
    return (entry + exit) / (quantity * mid) * BPS;
  }

  /**
   * Quote paid beyond the touch to trade {@code quantity} against {@code levels} (best first); a
   * remainder beyond the last level is priced at the last level, a lower bound that {@link
   * #shallow} flags.
   */
  private static double walk(List<OrderBook.Level> levels, double quantity, boolean up) {
    double touch = levels.get(0).price();
    double left = quantity;
    double extra = 0.0;
    double last = touch;
    for (int i = 0; i < levels.size() && left > 0; i++) {
      OrderBook.Level level = levels.get(i);
      double take = Math.min(left, level.qty());
      extra += take * (up ? level.price() - touch : touch - level.price());
      left -= take;
      last = level.price();
    }
    if (left > 0) {
      extra += left * (up ? last - touch : touch - last);
    }
    return extra;
  }

  private static void shallow(
      CostRequest request, List<OrderBook.Level> levels, String side, List<Refusal> refusals) {
    double depth = 0.0;
    for (OrderBook.Level level : levels) {
      depth += level.qty();
    }
    if (depth < request.quantity()) {
      refusals.add(
          new Refusal(
              RefusalCode.BOOK_TOO_SHALLOW,
              "the "
                  + side
                  + " of "
                  + request.symbol()
                  + " hold "
                  + plain(depth)
                  + " base in "
                  + levels.size()
                  + " levels, the order needs "
                  + plain(request.quantity())
                  + "; slippage beyond the last level is priced at the last level (a lower"
                  + " bound)"));
    }
  }

  private static String two(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
