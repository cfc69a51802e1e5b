package dev.coinengine.core.selection;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A selected coin. {@code rank} starts at 1. {@code metrics} holds the known inputs of the decision
 * (keys such as {@code quote-volume-24h}, {@code spread-bps}); {@code unchecked} lists the filters
 * that could not be applied because their input was unknown (for example the spread of a selection
 * built from bars alone).
 */
public record RankedCoin(
    int rank, String symbol, double score, Map<String, Double> metrics, List<String> unchecked) {

  public RankedCoin {
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be >= 1, was " + rank);
    }
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("symbol must not be blank");
    }
    if (Double.isNaN(score)) {
      throw new IllegalArgumentException("score of " + symbol + " must be a number, was NaN");
    }
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    unchecked = List.copyOf(unchecked);
  }
}
