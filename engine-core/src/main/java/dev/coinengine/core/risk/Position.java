package dev.coinengine.core.risk;

/** An open position: its symbol and signed notional in the quote asset (negative = short). */
public record Position(String symbol, double notional) {

  public Position {
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("symbol must not be blank");
    }
    if (!Double.isFinite(notional)) {
      throw new IllegalArgumentException("notional must be finite, was " + notional);
    }
  }
}
