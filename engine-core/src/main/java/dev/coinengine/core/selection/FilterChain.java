package dev.coinengine.core.selection;

import dev.coinengine.core.market.SymbolInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ordered list of {@link CoinFilter}s. A coin is rejected by the first filter that rejects it,
 * so it carries exactly one reason; the notes of filters that could not check it are collected.
 */
public final class FilterChain {

  private final List<CoinFilter> filters;

  public FilterChain(List<CoinFilter> filters) {
    if (filters == null || filters.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("filters must not be null or contain null");
    }
    this.filters = List.copyOf(filters);
  }

  /** The standard chain in the documented order, configured by {@code settings}. */
  public static FilterChain standard(SelectionSettings s) {
    return new FilterChain(
        List.of(
            new Listing(),
            new AssetFields(),
            new Status(),
            new QuoteAsset(s.quoteAsset()),
            new BaseAssetList("stablecoin", s.stablecoins(), ReasonCode.STABLECOIN, "stablecoin"),
            new BaseAssetList("fiat", s.fiat(), ReasonCode.FIAT, "fiat currency or fiat token"),
            new LeveragedToken(Pattern.compile(s.leveragedTokenPattern())),
            new Blacklist(s.blacklist()),
            new PriceFilterPresent(),
            new MarketData(),
            new StatsRequired(s.requireStats()),
            new RecentBars(s.maxBarStalenessHours()),
            new MinQuoteVolume(s.minQuoteVolume24h()),
            new MaxSpread(s.maxSpreadBps()),
            new ListingAge(s.minListingDays()),
            new TickSize(s.maxTickPercent()),
            new VolatilityBand(s.minVolatility(), s.maxVolatility()),
            new RangeStability(s.minRangeChange(), s.maxRangeChange())));
  }

  public List<CoinFilter> filters() {
    return filters;
  }

  /**
   * Runs the chain on one coin: returns the first rejection, or {@link FilterResult#PASS}; notes of
   * unchecked filters are appended to {@code notes}.
   */
  public FilterResult evaluate(CoinMarket coin, Universe universe, List<String> notes) {
    for (CoinFilter filter : filters) {
      FilterResult result = filter.check(coin, universe);
      if (result.rejected()) {
        return result;
      }
      if (result.outcome() == FilterResult.Outcome.UNCHECKED) {
        notes.add(filter.name() + ": " + result.detail());
      }
    }
    return FilterResult.PASS;
  }

  /** Compact number for details: integers above 1000, else up to 4 decimals. */
  static String num(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    if (Math.abs(value) >= 1000) {
      return Long.toString(Math.round(value));
    }
    return Double.toString(Math.round(value * 10_000.0) / 10_000.0);
  }

  private static boolean isOff(double maxBound) {
    return Double.isInfinite(maxBound);
  }

  /** Listed in exchangeInfo, and (for an exchange universe) present in the ticker. */
  record Listing() implements CoinFilter {
    @Override
    public String name() {
      return "listing";
    }

    @Override
    public FilterResult check(CoinMarket coin, Universe universe) {
      if (coin.info() == null) {
        return FilterResult.reject(
            ReasonCode.NOT_LISTED, "in the 24h ticker but not in the exchange listing");
      }
      if (coin.ticker() == null && universe.source() == Universe.Source.EXCHANGE) {
        return FilterResult.reject(
            ReasonCode.NO_TICKER,
            "listed (status " + coin.info().status() + ") but absent from the 24h ticker");
      }
      return FilterResult.PASS;
    }
  }

  /** Base and quote asset are known. */
  record AssetFields() implements CoinFilter {
    @Override
    public String name() {
      return "asset-fields";
    }

    @Override
    public FilterResult check(CoinMarket coin, Universe universe) {
      SymbolInfo info = coin.info();
      if (info.baseAsset().isBlank() || info.quoteAsset().isBlank()) {
        return FilterResult.reject(
            ReasonCode.MISSING_DATA,
            "base asset '" + info.baseAsset() + "' or quote asset '" + info.quoteAsset() + "'");
      }
      return FilterResult.PASS;
    }
  }

  /** Exchange status TRADING. */
  record Status() implements CoinFilter {
    @Override
    public String name() {
      return "status";
    }

    @Override
    public FilterResult check(CoinMarket coin, Universe universe) {
      return coin.info().isTrading()
          ? FilterResult.PASS
          : FilterResult.reject(ReasonCode.NOT_TRADING, "status " + coin.info().status());
    }
  }

  /** Quoted in the configured asset. */
  record QuoteAsset(String quote) implements CoinFilter {
    @Override
    public String name() {
      return "quote-asset";
    }

    @Override
    public FilterResult check(CoinMarket coin, Universe universe) {
      String actual = coin.info().quoteAsset();
      return quote.equals(actual)
          ? FilterResult.PASS
          : FilterResult.reject(ReasonCode.WRONG_QUOTE, "quoted in " + actual + ", not " + quote);
    }
  }

  /** Base asset not in a configured list (stablecoins, fiat). */
  record BaseAssetList(String name, Set<String> assets, ReasonCode reason, String what)
      implements CoinFilter {
    @Override
    public FilterResult check(CoinMarket coin, Universe universe) {
      String base = coin.info().baseAsset();
      return assets.contains(base)
          ? FilterResult.reject(reason, base + " is a " + what)
          : FilterResult.PASS;
    }
  }

  /** Leveraged tokens: base matches the pattern and its underlying is itself a listed base. */
  record LeveragedToken(Pattern pattern) implements CoinFilter {
    @Override
    public String name() {
      return "leveraged-token";
    }

    @Override
    public FilterResult check(CoinMarket coin, Universe universe) {
      String base = coin.info().baseAsset();
      Matcher matcher = pattern.matcher(base);
      if (!matcher.matches()) {
        return FilterResult.PASS;
      }
      String underlying = underlying(matcher);
      if (underlying != null
          && !underlying.isEmpty()
          && !universe.baseAssets().contains(underlying)) {
        return FilterResult.PASS;
      }
      return FilterResult.reject(
          ReasonCode.LEVERAGED_TOKEN,
          base
              + " is a leveraged token"
              + (underlying == null || underlying.isEmpty() ? "" : " on " + underlying));
    }

    private static String underlying(Matcher matcher) {
      try {
        return matcher.group("underlying");
      } catch (IllegalArgumentException noSuchGroup) {
        return null;
      }
    }
  }

  /** Symbol does not fully match any blacklist regex. */
  static final class Blacklist implements CoinFilter {
    private final List<Pattern> patterns;

    Blacklist(List<String> regexes) {
      List<Pattern> compiled = new ArrayList<>();
      for (String regex : regexes) {
        compiled.add(Pattern.compile(regex));
      }
      this.patterns = List.copyOf(compiled);
    }

    @Override
    public String name() {
      return "blacklist";
    }

    @Override
    public FilterResult check(CoinMarket coin, Universe universe) {
      for (Pattern pattern : patterns) {
        if (pattern.matcher(coin.symbol()).matches()) {
          return FilterResult.reject(
              ReasonCode.BLACKLISTED, "matches blacklist pattern '" + pattern.pattern() + "'");
        }
      }
      return FilterResult.PASS;
    }
  }

  /** An exchange listing must carry a PRICE_FILTER (a bar-built universe has none to check). */
  record PriceFilterPresent() implements CoinFilter {
    @Override
    public String name() {
      return "price-filter";
    }

    @Override
    public FilterResult check(CoinMarket coin, Universe universe) {
      if (universe.source() == Universe.Source.EXCHANGE && coin.info().filters().price() == null) {
        return FilterResult.reject(ReasonCode.MISSING_FILTERS, "no PRICE_FILTER in the listing");
      }
      return FilterResult.PASS;
    }
  }

  /** Last price and 24h quote volume are finite numbers. */
  record MarketData() implements CoinFilter {
    @Override
    public String name() {
      return "market-data";
    }

    @Override
    public FilterResult check(CoinMarket coin, Universe universe) {
      double price = coin.lastPrice();
      if (!(price > 0) || Double.isInfinite(price)) {
        return FilterResult.reject(ReasonCode.MISSING_DATA, "no usable last price: " + price);
      }
      double volume = coin.quoteVolume24h();
      if (!(volume >= 0) || Double.isInfinite(volume)) {
        return FilterResult.reject(ReasonCode.MISSING_DATA, "no usable quote volume: " + volume);
      }
      return FilterResult.PASS;
    }
  }

  /** With {@code require-stats}, a coin without bar statistics is excluded. */
  record StatsRequired(boolean required) implements CoinFilter {
    @Override
    public String name() {
      return "require-stats";
    }

    @Override
    public FilterResult check(CoinMarket coin, Universe universe) {
      return required && !coin.stats().isKnown()
          ? FilterResult.reject(ReasonCode.NO_STATS, "no bar statistics for this coin")
          : FilterResult.PASS;
    }
  }

  /** The last bar closed at most {@code maxHours} before the as-of time. */
  record RecentBars(double maxHours) implements CoinFilter {
    @Override
    public String name() {
      return "recent-bars";
    }

    @Override
    public FilterResult check(CoinMarket coin, Universe universe) {
      double hours = coin.stats().hoursSinceLastBar();
      if (Double.isNaN(hours)) {
        return isOff(maxHours) ? FilterResult.PASS : FilterResult.unchecked("no bar statistics");
      }
      return hours > maxHours
          ? FilterResult.reject(
              ReasonCode.NO_RECENT_BARS,
              "last bar closed " + num(hours) + " h before as-of (max " + num(maxHours) + " h)")
          : FilterResult.PASS;
    }
  }

  /** 24h quote volume above zero and at least the minimum. */
  record MinQuoteVolume(double min) implements CoinFilter {
    @Override
    public String name() {
      return "min-quote-volume-24h";
    }

    @Override
    public FilterResult check(CoinMarket coin, Universe universe) {
      double volume = coin.quoteVolume24h();
      if (volume <= 0 || volume < min) {
        return FilterResult.reject(
            ReasonCode.LOW_VOLUME, "24h quote volume " + num(volume) + " < min " + num(min));
      }
      return FilterResult.PASS;
    }
  }

  /** Quoted spread at most the maximum; unknown without a ticker. */
  record MaxSpread(double maxBps) implements CoinFilter {
    @Override
    public String name() {
      return "max-spread-bps";
    }

    @Override
    public FilterResult check(CoinMarket coin, Universe universe) {
      double spread = coin.spreadBps();
      if (Double.isNaN(spread)) {
        if (coin.ticker() != null) {
          return FilterResult.reject(
              ReasonCode.NO_ORDER_BOOK,
              "no two-sided book: bid "
                  + coin.ticker().bidPrice()
                  + ", ask "
                  + coin.ticker().askPrice());
        }
        return FilterResult.unchecked("spread unknown (no ticker)");
      }
      return spread > maxBps
          ? FilterResult.reject(
              ReasonCode.WIDE_SPREAD, "spread " + num(spread) + " bps > max " + num(maxBps))
          : FilterResult.PASS;
    }
  }

  /** Listed for at least the minimum number of days. */
  record ListingAge(double minDays) implements CoinFilter {
    @Override
    public String name() {
      return "min-listing-days";
    }

    @Override
    public FilterResult check(CoinMarket coin, Universe universe) {
      if (minDays <= 0) {
        return FilterResult.PASS;
      }
      double days = coin.stats().listingDays();
      if (Double.isNaN(days)) {
        return FilterResult.unchecked("listing age unknown (no bar statistics)");
      }
      return days < minDays
          ? FilterResult.reject(
              ReasonCode.TOO_NEW, "listed " + num(days) + " days < min " + num(minDays))
          : FilterResult.PASS;
    }
  }

  /** One tick at most {@code maxPercent} of the price. */
  record TickSize(double maxPercent) implements CoinFilter {
    @Override
    public String name() {
      return "max-tick-percent";
    }

    @Override
    public FilterResult check(CoinMarket coin, Universe universe) {
      if (isOff(maxPercent)) {
        return FilterResult.PASS;
      }
      double percent = coin.tickPercent();
      if (Double.isNaN(percent)) {
        // A zero tick size means the exchange does not enforce one.
        return universe.source() == Universe.Source.EXCHANGE
            ? FilterResult.PASS
            : FilterResult.unchecked("tick size unknown (no exchange listing)");
      }
      return percent > maxPercent
          ? FilterResult.reject(
              ReasonCode.COARSE_TICK,
              "one tick is " + num(percent) + "% of price > max " + num(maxPercent) + "%")
          : FilterResult.PASS;
    }
  }

  /** Daily volatility inside [min, max]. */
  record VolatilityBand(double min, double max) implements CoinFilter {
    @Override
    public String name() {
      return "volatility";
    }

    @Override
    public FilterResult check(CoinMarket coin, Universe universe) {
      if (min <= 0 && isOff(max)) {
        return FilterResult.PASS;
      }
      double volatility = coin.stats().volatility();
      if (Double.isNaN(volatility)) {
        return FilterResult.unchecked("volatility unknown (too few daily bars)");
      }
      if (volatility < min) {
        return FilterResult.reject(
            ReasonCode.LOW_VOLATILITY,
            "daily volatility " + num(volatility) + " < min " + num(min));
      }
      if (volatility > max) {
        return FilterResult.reject(
            ReasonCode.HIGH_VOLATILITY,
            "daily volatility " + num(volatility) + " > max " + num(max));
      }
      return FilterResult.PASS;
    }
  }

  /** (high - low) / low over the lookback inside [min, max]. */
  record RangeStability(double min, double max) implements CoinFilter {
    @Override
    public String name() {
      return "range-stability";
    }

    @Override
    public FilterResult check(CoinMarket coin, Universe universe) {
      if (min <= 0 && isOff(max)) {
        return FilterResult.PASS;
      }
      double change = coin.stats().rangeChange();
      if (Double.isNaN(change)) {
        return FilterResult.unchecked("range unknown (no bar statistics)");
      }
      if (change < min) {
        return FilterResult.reject(
            ReasonCode.RANGE_TOO_NARROW, "range change " + num(change) + " < min " + num(min));
      }
      if (change > max) {
        return FilterResult.reject(
            ReasonCode.RANGE_TOO_WIDE, "range change " + num(change) + " > max " + num(max));
      }
      return FilterResult.PASS;
    }
  }
}
