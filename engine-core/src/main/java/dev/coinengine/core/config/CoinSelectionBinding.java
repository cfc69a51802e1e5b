package dev.coinengine.core.config;

import dev.coinengine.core.selection.RankingMethod;
import dev.coinengine.core.selection.SelectionSettings;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Binds section {@code coin-selection} to the selector's own {@link SelectionSettings}: the keys
 * are exactly its kebab-case names, so the file and the selector cannot drift apart. Every value is
 * read through {@link ConfigNode}, so a bad one is reported with its file, line, key and reason.
 */
final class CoinSelectionBinding {
  static final List<String> KEYS =
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

  private static final Pattern ASSET = Pattern.compile("[A-Z0-9]{2,10}");
  private static final Set<String> NO_BOUND = Set.of("none", "inf", ".inf", "infinity");

  private CoinSelectionBinding() {}

  static SelectionSettings from(ConfigNode node) {
    node.requireOnlyKeys(KEYS.toArray(String[]::new));
    String quoteAsset = node.string("quote-asset");
    if (!ASSET.matcher(quoteAsset).matches()) {
      throw node.fail(
          "quote-asset",
          "must be an asset code such as USDT (2-10 of A-Z 0-9), was '" + quoteAsset + "'");
    }
    double minQuoteVolume = lowerBound(node, "min-quote-volume-24h");
    double maxSpreadBps = upperBound(node, "max-spread-bps");
    double minListingDays = lowerBound(node, "min-listing-days");
    double maxTickPercent = upperBound(node, "max-tick-percent");
    double minVolatility = lowerBound(node, "min-volatility");
    double maxVolatility = upperBound(node, "max-volatility");
    requireOrdered(node, "min-volatility", minVolatility, "max-volatility", maxVolatility);
    double minRangeChange = lowerBound(node, "min-range-change");
    double maxRangeChange = upperBound(node, "max-range-change");
    requireOrdered(node, "min-range-change", minRangeChange, "max-range-change", maxRangeChange);
    int lookbackDays = node.integer("lookback-days", 1, 365);
    double maxStaleness = upperBound(node, "max-bar-staleness-hours");
    boolean requireStats = node.bool("require-stats");
    List<String> stablecoins = assets(node, "stablecoins");
    List<String> fiat = assets(node, "fiat");
    String leveraged =
        regex(node, "leveraged-token-pattern", node.string("leveraged-token-pattern"));
    List<String> blacklist = node.stringList("blacklist");
    for (String pattern : blacklist) {
      regex(node, "blacklist", pattern);
    }
    RankingMethod ranking = node.enumOf("ranking", RankingMethod.class);
    int limit = node.integer("limit", 0, 10_000);
    return node.build(
        () ->
            new SelectionSettings(
                quoteAsset,
                minQuoteVolume,
                maxSpreadBps,
                minListingDays,
                maxTickPercent,
                minVolatility,
                maxVolatility,
                minRangeChange,
                maxRangeChange,
                lookbackDays,
                maxStaleness,
                requireStats,
                Set.copyOf(stablecoins),
                Set.copyOf(fiat),
                leveraged,
                blacklist,
                ranking,
                limit));
  }

  private static double lowerBound(ConfigNode node, String key) {
    double value = node.number(key);
    if (value < 0) {
      throw node.fail(key, "must be >= 0 (0 = no bound), was " + Checks.plain(value));
    }
    return value;
  }

  /** A number >= 0, or {@code none} / {@code inf} for no bound. */
  private static double upperBound(ConfigNode node, String key) {
    if (NO_BOUND.contains(node.string(key).toLowerCase(Locale.ROOT))) {
      return Double.POSITIVE_INFINITY;
    }
    double value = node.number(key);
    if (value < 0) {
      throw node.fail(key, "must be >= 0, or none for no bound, was " + Checks.plain(value));
    }
    return value;
  }

  private static void requireOrdered(
      ConfigNode node, String minKey, double min, String maxKey, double max) {
    if (min > max) {
      throw node.fail(
          minKey,
          "must not exceed " + maxKey + " (" + Checks.plain(max) + "), was " + Checks.plain(min));
    }
  }

  private static List<String> assets(ConfigNode node, String key) {
    List<String> values = node.stringList(key);
    for (String value : values) {
      if (value.isBlank()) {
        throw node.fail(key, "must not contain blank entries");
      }
    }
    return values;
  }

  private static String regex(ConfigNode node, String key, String regex) {
    try {
      Pattern.compile(regex);
      return regex;
    } catch (PatternSyntaxException e) {
      throw node.fail(
          key, "holds an invalid regular expression '" + regex + "': " + e.getDescription());
    }
  }
}
