package dev.coinengine.store.market;

import dev.coinengine.core.market.SymbolInfo;
import dev.coinengine.core.market.Ticker24h;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which symbols appear in the exchangeInfo, in the 24h tickers, or in both. The two answers are not
 * taken at the same moment (and offline they come from snapshots months apart), so symbols listed
 * or delisted in between show up on one side only.
 */
public record MarketCoverage(
    SortedSet<String> inBoth,
    SortedSet<String> onlyInExchangeInfo,
    SortedSet<String> onlyInTickers) {

  public MarketCoverage {
    inBoth = Collections.unmodifiableSortedSet(new TreeSet<>(inBoth));
    onlyInExchangeInfo = Collections.unmodifiableSortedSet(new TreeSet<>(onlyInExchangeInfo));
    onlyInTickers = Collections.unmodifiableSortedSet(new TreeSet<>(onlyInTickers));
  }

  public static MarketCoverage of(Collection<SymbolInfo> symbols, Collection<Ticker24h> tickers) {
    SortedSet<String> info = new TreeSet<>();
    symbols.forEach(s -> info.add(s.symbol()));
    SortedSet<String> ticked = new TreeSet<>();
    tickers.forEach(t -> ticked.add(t.symbol()));
    SortedSet<String> both = new TreeSet<>(info);
    both.retainAll(ticked);
    info.removeAll(both);
    ticked.removeAll(both);
    return new MarketCoverage(both, info, ticked);
  }

  /** One problem per symbol found on one side only, with the side named in the reason. */
  public List<SymbolProblem> problems() {
    List<SymbolProblem> problems = new ArrayList<>();
    onlyInExchangeInfo.forEach(
        s -> problems.add(new SymbolProblem(s, "in exchangeInfo, no 24h ticker")));
    onlyInTickers.forEach(
        s -> problems.add(new SymbolProblem(s, "24h ticker, not in exchangeInfo")));
    return problems;
  }
}
