package dev.coinengine.core.selection;

import dev.coinengine.core.market.SymbolInfo;
import dev.coinengine.core.market.Ticker24h;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The candidates of one selection, at one moment, from one kind of source. Immutable; symbols are
 * unique.
 */
public final class Universe {

  /** Where the candidates come from; it decides which missing inputs are expected. */
  public enum Source {
    /** exchangeInfo plus 24h tickers (optionally with bar statistics): a ticker is required. */
    EXCHANGE,
    /** Built from the kline lake alone: no ticker, no order filters, spread unknown. */
    BARS
  }

  private final long asOfMs;
  private final Source source;
  private final List<CoinMarket> candidates;
  private final Set<String> baseAssets;

  public Universe(long asOfMs, Source source, List<CoinMarket> candidates) {
    if (source == null) {
      throw new IllegalArgumentException("source must not be null");
    }
    if (candidates == null) {
      throw new IllegalArgumentException("candidates must not be null");
    }
    this.asOfMs = asOfMs;
    this.source = source;
    this.candidates = List.copyOf(candidates);
    Set<String> symbols = new HashSet<>();
    Set<String> bases = new HashSet<>();
    for (CoinMarket candidate : this.candidates) {
      if (!symbols.add(candidate.symbol())) {
        throw new IllegalArgumentException("candidates: symbol " + candidate.symbol() + " twice");
      }
      if (candidate.info() != null && !candidate.info().baseAsset().isBlank()) {
        bases.add(candidate.info().baseAsset());
      }
    }
    this.baseAssets = Collections.unmodifiableSet(bases);
  }

  /**
   * Joins an exchangeInfo snapshot and a 24h ticker snapshot by symbol (the union of both, sorted
   * by symbol). {@code stats} may hold bar statistics per symbol; symbols without an entry get
   * {@link CoinStats#UNKNOWN}.
   */
  public static Universe fromExchange(
      long asOfMs,
      Collection<SymbolInfo> listings,
      Collection<Ticker24h> tickers,
      Map<String, CoinStats> stats) {
    Map<String, SymbolInfo> bySymbol = new HashMap<>();
    for (SymbolInfo info : listings) {
      if (bySymbol.put(info.symbol(), info) != null) {
        throw new IllegalArgumentException("listings: symbol " + info.symbol() + " twice");
      }
    }
    Map<String, Ticker24h> tickerBySymbol = new HashMap<>();
    for (Ticker24h ticker : tickers) {
      if (tickerBySymbol.put(ticker.symbol(), ticker) != null) {
        throw new IllegalArgumentException("tickers: symbol " + ticker.symbol() + " twice");
      }
    }
    Set<String> symbols = new TreeSet<>(bySymbol.keySet());
    symbols.addAll(tickerBySymbol.keySet());
    List<CoinMarket> candidates = new ArrayList<>(symbols.size());
    for (String symbol : symbols) {
      candidates.add(
          new CoinMarket(
              bySymbol.get(symbol),
              tickerBySymbol.get(symbol),
              stats.getOrDefault(symbol, CoinStats.UNKNOWN)));
    }
    return new Universe(asOfMs, Source.EXCHANGE, candidates);
  }

  public long asOfMs() {
    return asOfMs;
  }

  public Source source() {
    return source;
  }

  public List<CoinMarket> candidates() {
    return candidates;
  }

  /** Base assets of all listed candidates (used to recognise leveraged tokens). */
  public Set<String> baseAssets() {
    return baseAssets;
  }

  public int size() {
    return candidates.size();
  }

  @Override
  public String toString() {
    return "Universe[" + source + " at " + asOfMs + ", " + candidates.size() + " candidates]";
  }
}
