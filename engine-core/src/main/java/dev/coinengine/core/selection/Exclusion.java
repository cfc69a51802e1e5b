package dev.coinengine.core.selection;

/** A candidate left out of a selection, with the reason code and a human-readable detail. */
public record Exclusion(String symbol, ReasonCode reason, String detail) {

  public Exclusion {
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("symbol must not be blank");
    }
    if (reason == null) {
      throw new IllegalArgumentException("reason must not be null for " + symbol);
    }
    if (detail == null || detail.isBlank()) {
      throw new IllegalArgumentException("detail must not be blank for " + symbol);
    }
  }
}
