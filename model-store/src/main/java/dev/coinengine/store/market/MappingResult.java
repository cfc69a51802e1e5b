package dev.coinengine.store.market;

import java.util.List;

/** Entries mapped from an exchange payload, and the entries excluded with the reason why. */
public record MappingResult<T>(List<T> mapped, List<SymbolProblem> excluded) {

  public MappingResult {
    mapped = List.copyOf(mapped);
    excluded = List.copyOf(excluded);
  }
}
