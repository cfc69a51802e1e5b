package dev.coinengine.core.cost;

import java.util.List;
import java.util.Objects;

/**
 * The round-trip cost of one order (entry and exit with the same liquidity role and size) in basis
 * points of its notional. Every component is at least 0 and {@code totalBps} is their sum; funding
 * that the position would receive is reported in {@code fundingReceivedBps} and never lowers the
 * total. {@code approved} is false when the edge left after costs is below the configured minimum
 * or the book cannot fill the order; {@code refusals} says why, with the numbers.
 *
 * @param feeBps entry fee plus exit fee
 * @param spreadBps half the quoted spread for each of the two crossings (0 for makers)
 * @param slippageBps price walked beyond the touch on entry and exit (0 for makers)
 * @param slippageSource how slippage was estimated
 * @param fundingBps funding paid over the expected holding time (0 on spot or when received)
 * @param fundingReceivedBps funding received over the holding time, not part of the total
 */
public record CostBreakdown(
    String symbol,
    Side side,
    double quantity,
    double notional,
    FeeRates feeRates,
    double feeBps,
    double spreadBps,
    double slippageBps,
    SlippageSource slippageSource,
    double fundingBps,
    double fundingReceivedBps,
    double totalBps,
    double totalQuote,
    double expectedEdgeBps,
    double edgeAfterCostBps,
    double minEdgeBps,
    boolean approved,
    List<Refusal> refusals) {

  public CostBreakdown {
    Objects.requireNonNull(slippageSource, "slippageSource");
    nonNegative("feeBps", feeBps);
    nonNegative("spreadBps", spreadBps);
    nonNegative("slippageBps", slippageBps);
    nonNegative("fundingBps", fundingBps);
    nonNegative("fundingReceivedBps", fundingReceivedBps);
    refusals = List.copyOf(refusals);
    if (approved != refusals.isEmpty()) {
      throw new IllegalArgumentException(
          "approved must be true exactly when there are no refusals, was " + approved);
    }
  }

  /** How {@link #slippageBps} was estimated. */
  public enum SlippageSource {
    /** Walked the given order book on both sides. */
    ORDER_BOOK,
    /** Square-root impact from daily volume and volatility (no book given). */
    SQUARE_ROOT_IMPACT,
    /** A maker order rests and walks nothing. */
    NONE
  }

  /** Why a trade was refused. */
  public enum RefusalCode {
    /** Expected edge minus total cost is below {@code cost.min-edge-bps}. */
    EDGE_BELOW_MINIMUM,
    /** The given book holds less than the order on the entry or exit side. */
    BOOK_TOO_SHALLOW
  }

  /** A refusal code with a message that carries the numbers. */
  public record Refusal(RefusalCode code, String message) {
    public Refusal {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }

  private static void nonNegative(String field, double value) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException(field + " must be >= 0, was " + value);
    }
  }
}
