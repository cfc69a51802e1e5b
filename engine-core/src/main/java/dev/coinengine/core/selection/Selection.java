package dev.coinengine.core.selection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of one selection: the ranked coins (rank 1 first) and every other candidate with the
 * reason it was left out. Each candidate of the universe appears in exactly one of the two lists.
 */
public record Selection(
    long asOfMs, RankingMethod ranking, List<RankedCoin> ranked, List<Exclusion> excluded) {

  public Selection {
    if (ranking == null) {
      throw new IllegalArgumentException("ranking must not be null");
    }
    ranked = List.copyOf(ranked);
    excluded = List.copyOf(excluded);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ranked.size(); i++) {
      RankedCoin coin = ranked.get(i);
      if (coin.rank() != i + 1) {
        throw new IllegalArgumentException(
            "ranks must be 1..n in order, found " + coin.rank() + " at position " + (i + 1));
      }
      if (!seen.add(coin.symbol())) {
        throw new IllegalArgumentException("symbol " + coin.symbol() + " appears twice");
      }
    }
    for (Exclusion exclusion : excluded) {
      if (!seen.add(exclusion.symbol())) {
        throw new IllegalArgumentException("symbol " + exclusion.symbol() + " appears twice");
      }
    }
  }

  /** Selected symbols in rank order. */
  public List<String> symbols() {
    List<String> symbols = new ArrayList<>(ranked.size());
    for (RankedCoin coin : ranked) {
      symbols.add(coin.symbol());
    }
    return Collections.unmodifiableList(symbols);
  }

  /** Exclusions grouped by reason, in the declaration order of {@link ReasonCode}. */
  public Map<ReasonCode, List<Exclusion>> exclusionsByReason() {
    Map<ReasonCode, List<Exclusion>> byReason = new EnumMap<>(ReasonCode.class);
    for (Exclusion exclusion : excluded) {
      byReason.computeIfAbsent(exclusion.reason(), r -> new ArrayList<>()).add(exclusion);
    }
    byReason.replaceAll((reason, list) -> List.copyOf(list));
    return Collections.unmodifiableMap(byReason);
  }

  /** Total number of candidates that were considered. */
  public int candidateCount() {
    return ranked.size() + excluded.size();
  }
}
