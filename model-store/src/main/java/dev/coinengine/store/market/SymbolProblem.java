package dev.coinengine.store.market;

/** Why one symbol's entry was left out (or flagged). */
public record SymbolProblem(String symbol, String reason) {

  public SymbolProblem {
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("symbol must not be blank");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank for " + symbol);
    }
  }
}
