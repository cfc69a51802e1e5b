package dev.coinengine.core.selection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Parameters of the standard filter chain and ranking. Configuration keys are the kebab-case names
 * given below ({@link #fromMap}); defaults follow Freqtrade's pairlist handlers where one exists
 * (see {@code docs/selection.md}). A {@code min-*} of 0 and a {@code max-*} of +infinity switch the
 * bound off.
 *
 * @param quoteAsset {@code quote-asset}: only pairs quoted in it are kept (default USDT)
 * @param minQuoteVolume24h {@code min-quote-volume-24h}: in the quote asset (default 0; zero volume
 *     is always excluded)
 * @param maxSpreadBps {@code max-spread-bps}: quoted spread over mid (default 50 = Freqtrade's
 *     {@code max_spread_ratio} 0.005)
 * @param minListingDays {@code min-listing-days}: days since the first bar (default 10, Freqtrade's
 *     AgeFilter)
 * @param maxTickPercent {@code max-tick-percent}: largest tick size as % of price (default 1, the
 *     {@code low_price_ratio} 0.01 of Freqtrade's documented chain)
 * @param minVolatility {@code min-volatility}: daily log-return std (default 0)
 * @param maxVolatility {@code max-volatility}: (default +infinity)
 * @param minRangeChange {@code min-range-change}: (high - low) / low over the lookback (default
 *     0.01, Freqtrade's RangeStabilityFilter)
 * @param maxRangeChange {@code max-range-change}: (default +infinity)
 * @param lookbackDays {@code lookback-days}: window for volatility and range (default 10)
 * @param maxBarStalenessHours {@code max-bar-staleness-hours}: a coin whose last bar closed longer
 *     ago is treated as delisted or halted (default 12)
 * @param requireStats {@code require-stats}: exclude coins without bar statistics instead of
 *     passing the bar-based filters unchecked (default false)
 * @param stablecoins {@code stablecoins}: base assets excluded as stablecoins
 * @param fiat {@code fiat}: base assets excluded as fiat or fiat-pegged tokens
 * @param leveragedTokenPattern {@code leveraged-token-pattern}: regex on the base asset; when its
 *     group {@code underlying} matched a non-empty text, that text must also be a base asset of the
 *     universe (so JUP is not read as J + UP)
 * @param blacklist {@code blacklist}: regexes, each matched against the whole symbol
 * @param ranking {@code ranking}: quote-volume (default), liquidity-score or volatility
 * @param limit {@code limit}: how many coins to keep, 0 = all (default 400)
 */
public record SelectionSettings(
    String quoteAsset,
    double minQuoteVolume24h,
    double maxSpreadBps,
    double minListingDays,
    double maxTickPercent,
    double minVolatility,
    double maxVolatility,
    double minRangeChange,
    double maxRangeChange,
    int lookbackDays,
    double maxBarStalenessHours,
    boolean requireStats,
    Set<String> stablecoins,
    Set<String> fiat,
    String leveragedTokenPattern,
    List<String> blacklist,
    RankingMethod ranking,
    int limit) {

  public static final List<String> DEFAULT_STABLECOINS =
      List.of(
          "USDC", "FDUSD", "TUSD", "BUSD", "USDP", "PAX", "DAI", "UST", "USTC", "USDD", "PYUSD",
          "AEUR", "EURI", "USD1", "SUSD", "USDS", "USDSB", "USDE", "BFUSD", "XUSD", "USDT");

  public static final List<String> DEFAULT_FIAT =
      List.of(
          "EUR", "GBP", "AUD", "TRY", "BRL", "RUB", "UAH", "NGN", "ZAR", "JPY", "PLN", "RON", "ARS",
          "MXN", "COP", "CZK", "IDR", "BIDR", "IDRT", "BVND", "BKRW", "KRW");

  public static final String DEFAULT_LEVERAGED_TOKEN_PATTERN =
      "(?<underlying>[A-Z0-9]*)(UP|DOWN|BULL|BEAR)";

  private static final List<String> KEYS =
      List.of(
          "quote-asset",
          "min-quote-volume-24h",
          "max-spread-bps",
          "min-listing-days",
          "max-tick-percent",
          "min-volatility",
          "max-volatility",
          "min-range-change",
          "max-range-change",
          "lookback-days",
          "max-bar-staleness-hours",
          "require-stats",
          "stablecoins",
          "fiat",
          "leveraged-token-pattern",
          "blacklist",
          "ranking",
          "limit");

  public SelectionSettings {
    if (quoteAsset == null || quoteAsset.isBlank()) {
      throw new IllegalArgumentException("quote-asset must not be blank, was '" + quoteAsset + "'");
    }
    requireBound("min-quote-volume-24h", minQuoteVolume24h, false);
    requireBound("max-spread-bps", maxSpreadBps, true);
    requireBound("min-listing-days", minListingDays, false);
    requireBound("max-tick-percent", maxTickPercent, true);
    requireBound("min-volatility", minVolatility, false);
    requireBound("max-volatility", maxVolatility, true);
    requireBound("min-range-change", minRangeChange, false);
    requireBound("max-range-change", maxRangeChange, true);
    requireBound("max-bar-staleness-hours", maxBarStalenessHours, true);
    if (minVolatility > maxVolatility) {
      throw new IllegalArgumentException(
          "min-volatility " + minVolatility + " exceeds max-volatility " + maxVolatility);
    }
    if (minRangeChange > maxRangeChange) {
      throw new IllegalArgumentException(
          "min-range-change " + minRangeChange + " exceeds max-range-change " + maxRangeChange);
    }
    if (lookbackDays < 1) {
      throw new IllegalArgumentException("lookback-days must be >= 1, was " + lookbackDays);
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0 (0 = no limit), was " + limit);
    }
    if (ranking == null) {
      throw new IllegalArgumentException("ranking must not be null");
    }
    quoteAsset = quoteAsset.trim().toUpperCase(Locale.ROOT);
    stablecoins = upperCaseSet("stablecoins", stablecoins);
    fiat = upperCaseSet("fiat", fiat);
    compile("leveraged-token-pattern", leveragedTokenPattern);
    blacklist = List.copyOf(requireNonNull("blacklist", blacklist));
    for (String regex : blacklist) {
      compile("blacklist", regex);
    }
  }

  public static SelectionSettings defaults() {
    return new SelectionSettings(
        "USDT",
        0.0,
        50.0,
        10.0,
        1.0,
        0.0,
        Double.POSITIVE_INFINITY,
        0.01,
        Double.POSITIVE_INFINITY,
        10,
        12.0,
        false,
        Set.copyOf(DEFAULT_STABLECOINS),
        Set.copyOf(DEFAULT_FIAT),
        DEFAULT_LEVERAGED_TOKEN_PATTERN,
        List.of(),
        RankingMethod.QUOTE_VOLUME,
        400);
  }

  /**
   * Settings from a configuration map (for example parsed YAML) with kebab-case keys; absent keys
   * keep their default. For {@code max-*} keys, {@code null}, {@code none} or {@code inf} mean no
   * bound. Lists may be given as lists or comma-separated strings.
   *
   * @throws IllegalArgumentException naming the key for an unknown key or a bad value
   */
  public static SelectionSettings fromMap(Map<String, ?> config) {
    for (String key : config.keySet()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "unknown selection setting '" + key + "' (known: " + String.join(", ", KEYS) + ")");
      }
    }
    SelectionSettings d = defaults();
    Map<String, Object> c = new HashMap<>(config);
    return new SelectionSettings(
        c.containsKey("quote-asset") ? text("quote-asset", c.get("quote-asset")) : d.quoteAsset,
        number(c, "min-quote-volume-24h", d.minQuoteVolume24h),
        number(c, "max-spread-bps", d.maxSpreadBps),
        number(c, "min-listing-days", d.minListingDays),
        number(c, "max-tick-percent", d.maxTickPercent),
        number(c, "min-volatility", d.minVolatility),
        number(c, "max-volatility", d.maxVolatility),
        number(c, "min-range-change", d.minRangeChange),
        number(c, "max-range-change", d.maxRangeChange),
        integer(c, "lookback-days", d.lookbackDays),
        number(c, "max-bar-staleness-hours", d.maxBarStalenessHours),
        bool(c, "require-stats", d.requireStats),
        c.containsKey("stablecoins")
            ? Set.copyOf(list("stablecoins", c.get("stablecoins")))
            : d.stablecoins,
        c.containsKey("fiat") ? Set.copyOf(list("fiat", c.get("fiat"))) : d.fiat,
        c.containsKey("leveraged-token-pattern")
            ? text("leveraged-token-pattern", c.get("leveraged-token-pattern"))
            : d.leveragedTokenPattern,
        c.containsKey("blacklist") ? list("blacklist", c.get("blacklist")) : d.blacklist,
        c.containsKey("ranking")
            ? RankingMethod.parse(text("ranking", c.get("ranking")))
            : d.ranking,
        integer(c, "limit", d.limit));
  }

  public SelectionSettings withLimit(int newLimit) {
    return new SelectionSettings(
        quoteAsset,
        minQuoteVolume24h,
        maxSpreadBps,
        minListingDays,
        maxTickPercent,
        minVolatility,
        maxVolatility,
        minRangeChange,
        maxRangeChange,
        lookbackDays,
        maxBarStalenessHours,
        requireStats,
        stablecoins,
        fiat,
        leveragedTokenPattern,
        blacklist,
        ranking,
        newLimit);
  }

  public SelectionSettings withRanking(RankingMethod newRanking) {
    return new SelectionSettings(
        quoteAsset,
        minQuoteVolume24h,
        maxSpreadBps,
        minListingDays,
        maxTickPercent,
        minVolatility,
        maxVolatility,
        minRangeChange,
        maxRangeChange,
        lookbackDays,
        maxBarStalenessHours,
        requireStats,
        stablecoins,
        fiat,
        leveragedTokenPattern,
        blacklist,
        newRanking,
        limit);
  }

  private static void requireBound(String key, double value, boolean infinityAllowed) {
    boolean ok = value >= 0 && (infinityAllowed || !Double.isInfinite(value));
    if (!ok) {
      throw new IllegalArgumentException(
          key
              + " must be a number >= 0"
              + (infinityAllowed ? " (or +infinity for no bound)" : "")
              + ", was "
              + value);
    }
  }

  private static <T> T requireNonNull(String key, T value) {
    if (value == null) {
      throw new IllegalArgumentException(key + " must not be null");
    }
    return value;
  }

  private static Set<String> upperCaseSet(String key, Collection<String> values) {
    Set<String> result = new LinkedHashSet<>();
    for (String value : requireNonNull(key, values)) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(key + " must not contain blank entries");
      }
      result.add(value.trim().toUpperCase(Locale.ROOT));
    }
    return Set.copyOf(result);
  }

  private static void compile(String key, String regex) {
    if (regex == null) {
      throw new IllegalArgumentException(key + " must not be null");
    }
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          key + ": invalid regex '" + regex + "': " + e.getDescription(), e);
    }
  }

  private static String text(String key, Object value) {
    if (value == null) {
      throw new IllegalArgumentException(key + " must not be null");
    }
    return value.toString();
  }

  private static double number(Map<String, Object> config, String key, double fallback) {
    if (!config.containsKey(key)) {
      return fallback;
    }
    Object value = config.get(key);
    boolean isMax = key.startsWith("max-");
    if (value == null && isMax) {
      return Double.POSITIVE_INFINITY;
    }
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    String s = text(key, value).trim().toLowerCase(Locale.ROOT);
    if (isMax && (s.equals("none") || s.equals("inf") || s.equals(".inf"))) {
      return Double.POSITIVE_INFINITY;
    }
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a number, was '" + value + "'", e);
    }
  }

  private static int integer(Map<String, Object> config, String key, int fallback) {
    if (!config.containsKey(key)) {
      return fallback;
    }
    Object value = config.get(key);
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      long l = ((Number) value).longValue();
      if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(key + " is out of range, was " + l);
      }
      return (int) l;
    }
    try {
      return Integer.parseInt(text(key, value).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be an integer, was '" + value + "'", e);
    }
  }

  private static boolean bool(Map<String, Object> config, String key, boolean fallback) {
    if (!config.containsKey(key)) {
      return fallback;
    }
    Object value = config.get(key);
    if (value instanceof Boolean b) {
      return b;
    }
    String s = text(key, value).trim().toLowerCase(Locale.ROOT);
    if (s.equals("true") || s.equals("false")) {
      return Boolean.parseBoolean(s);
    }
    throw new IllegalArgumentException(key + " must be true or false, was '" + value + "'");
  }

  private static List<String> list(String key, Object value) {
    if (value == null) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    if (value instanceof Collection<?> items) {
      for (Object item : items) {
        result.add(text(key, item).trim());
      }
    } else {
      for (String part : value.toString().split(",")) {
        if (!part.isBlank()) {
          result.add(part.trim());
        }
      }
    }
    return result;
  }
}
