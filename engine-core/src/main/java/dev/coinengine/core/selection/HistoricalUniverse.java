package dev.coinengine.core.selection;

import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.ExchangeFilters;
import dev.coinengine.core.market.SymbolInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the universe of a past day from the kline lake alone, so a backtest only sees the coins
 * that existed and traded then (no survivorship bias).
 *
 * <p>The universe of {@code date} is the one known at 00:00 UTC of that date: it uses the bars that
 * closed by then. Each coin with at least one such bar becomes a candidate with status {@code
 * TRADING}, base and quote split from the symbol by the known quote assets, no order filters and no
 * ticker (spread and tick size are unknown, so those filters pass with a note). Its {@link
 * CoinStats} come from {@link CoinStatsCalculator}; a coin whose bars stopped is excluded by the
 * recent-bars filter ({@link ReasonCode#NO_RECENT_BARS}) from the first day whose as-of time is
 * more than {@code max-bar-staleness-hours} after its last bar. Coins whose first bar closes after
 * the as-of time did not exist yet and are not candidates.
 */
public final class HistoricalUniverse {

  /** Quote assets tried when splitting a symbol, longest first. */
  public static final List<String> DEFAULT_QUOTES =
      List.of(
          "FDUSD", "USDT", "USDC", "BUSD", "TUSD", "BTC", "ETH", "BNB", "EUR", "TRY", "BRL", "JPY",
          "DAI");

  private final CoinStatsCalculator calculator;
  private final List<String> quotes;

  public HistoricalUniverse(CoinStatsCalculator calculator, List<String> knownQuotes) {
    if (calculator == null) {
      throw new IllegalArgumentException("calculator must not be null");
    }
    if (knownQuotes == null || knownQuotes.isEmpty()) {
      throw new IllegalArgumentException("known quotes must not be empty");
    }
    this.calculator = calculator;
    List<String> sorted = new ArrayList<>(knownQuotes);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(q -> q));
    this.quotes = List.copyOf(sorted);
  }

  /** With {@link #DEFAULT_QUOTES} and the lookback of {@code settings}. */
  public static HistoricalUniverse forSettings(SelectionSettings settings) {
    return new HistoricalUniverse(new CoinStatsCalculator(settings.lookbackDays()), DEFAULT_QUOTES);
  }

  /** The universe in force during {@code date} (as of 00:00 UTC). */
  public Universe at(LocalDate date, Map<String, BarSeries> barsBySymbol) {
    long asOfMs = date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    return asOf(asOfMs, barsBySymbol);
  }

  /** The universe known at {@code asOfMs}, from bars closed by then. */
  public Universe asOf(long asOfMs, Map<String, BarSeries> barsBySymbol) {
    List<CoinMarket> candidates = new ArrayList<>(barsBySymbol.size());
    for (Map.Entry<String, BarSeries> entry : new TreeMap<>(barsBySymbol).entrySet()) {
      CoinStats stats = calculator.fromBars(entry.getValue(), asOfMs);
      if (!stats.isKnown()) {
        continue; // not listed yet at asOf
      }
      String symbol = entry.getKey();
      String quote = quoteOf(symbol);
      String base = quote.isEmpty() ? "" : symbol.substring(0, symbol.length() - quote.length());
      SymbolInfo info =
          new SymbolInfo(symbol, SymbolInfo.TRADING, base, quote, ExchangeFilters.NONE);
      candidates.add(new CoinMarket(info, null, stats));
    }
    return new Universe(asOfMs, Universe.Source.BARS, candidates);
  }

  /** The longest known quote that ends the symbol and leaves a non-empty base, or "". */
  String quoteOf(String symbol) {
    for (String quote : quotes) {
      if (symbol.length() > quote.length() && symbol.endsWith(quote)) {
        return quote;
      }
    }
    return "";
  }
}
