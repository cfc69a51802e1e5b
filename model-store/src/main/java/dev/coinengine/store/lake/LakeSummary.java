package dev.coinengine.store.lake;

import java.util.List;
import java.util.OptionalLong;

/** Per symbol and interval contents of the lake at one snapshot (empty if the lake is empty). */
public record LakeSummary(OptionalLong snapshotId, List<SymbolSummary> symbols) {

  public LakeSummary {
    symbols = List.copyOf(symbols);
  }

  public long bars() {
    return symbols.stream().mapToLong(SymbolSummary::bars).sum();
  }

  public long gaps() {
    return symbols.stream().mapToLong(SymbolSummary::gaps).sum();
  }

  public long missingBars() {
    return symbols.stream().mapToLong(SymbolSummary::missingBars).sum();
  }

  public long duplicateBars() {
    return symbols.stream().mapToLong(SymbolSummary::duplicateBars).sum();
  }
}
