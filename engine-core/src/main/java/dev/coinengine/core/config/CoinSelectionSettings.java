package dev.coinengine.core.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Section {@code coin-selection}: the daily universe filter, modelled on Freqtrade's pairlist chain
 * (VolumePairList, AgeFilter, PriceFilter, SpreadFilter, VolatilityFilter, RangeStabilityFilter and
 * the pair blacklist). Ratios are fractions (0.005 = 0.5%).
 */
public record CoinSelectionSettings(
    String quoteAsset,
    int maxCoins,
    double minQuoteVolume,
    int minDaysListed,
    double maxSpreadRatio,
    double lowPriceRatio,
    int volatilityLookbackDays,
    double minVolatility,
    double maxVolatility,
    int rangeLookbackDays,
    double minRateOfChange,
    List<Pattern> blacklist,
    Duration refresh) {

  static final Pattern ASSET = Pattern.compile("[A-Z0-9]{2,10}");

  public CoinSelectionSettings {
    Checks.matches("quote-asset", quoteAsset, ASSET, "an asset code such as USDT");
    Checks.between("max-coins", maxCoins, 1, 2000);
    Checks.between("min-quote-volume", minQuoteVolume, 0, 1e12);
    Checks.between("min-days-listed", minDaysListed, 0, 3650);
    Checks.aboveAtMost("max-spread-ratio", maxSpreadRatio, 0, 1);
    Checks.between("low-price-ratio", lowPriceRatio, 0, 1);
    Checks.between("volatility.lookback-days", volatilityLookbackDays, 1, 365);
    Checks.between("volatility.min", minVolatility, 0, 10);
    Checks.between("volatility.max", maxVolatility, 0, 10);
    if (minVolatility > maxVolatility) {
      throw Checks.invalid(
          "volatility.min",
          "must not exceed volatility.max ("
              + Checks.plain(maxVolatility)
              + "), was "
              + Checks.plain(minVolatility));
    }
    Checks.between("range-stability.lookback-days", rangeLookbackDays, 1, 365);
    Checks.between("range-stability.min-rate-of-change", minRateOfChange, 0, 10);
    blacklist = List.copyOf(Checks.present("blacklist", blacklist));
    Checks.between("refresh", refresh, Duration.ofMinutes(1), Duration.ofDays(7));
  }

  /** Whether {@code symbol} (e.g. {@code USDCUSDT}) matches a blacklist pattern. */
  public boolean isBlacklisted(String symbol) {
    return blacklist.stream().anyMatch(pattern -> pattern.matcher(symbol).matches());
  }

  static CoinSelectionSettings from(ConfigNode node) {
    node.requireOnlyKeys(
        "quote-asset",
        "max-coins",
        "min-quote-volume",
        "min-days-listed",
        "max-spread-ratio",
        "low-price-ratio",
        "volatility",
        "range-stability",
        "blacklist",
        "refresh");
    ConfigNode volatility = node.section("volatility");
    volatility.requireOnlyKeys("lookback-days", "min", "max");
    ConfigNode range = node.section("range-stability");
    range.requireOnlyKeys("lookback-days", "min-rate-of-change");
    List<Pattern> blacklist = new ArrayList<>();
    for (String regex : node.stringList("blacklist")) {
      try {
        blacklist.add(Pattern.compile(regex));
      } catch (PatternSyntaxException e) {
        throw node.fail(
            "blacklist",
            "holds an invalid regular expression '" + regex + "': " + e.getDescription());
      }
    }
    String quoteAsset = node.string("quote-asset");
    int maxCoins = node.integer("max-coins");
    double minQuoteVolume = node.number("min-quote-volume");
    int minDaysListed = node.integer("min-days-listed");
    double maxSpreadRatio = node.number("max-spread-ratio");
    double lowPriceRatio = node.number("low-price-ratio");
    int volatilityDays = volatility.integer("lookback-days");
    double minVolatility = volatility.number("min");
    double maxVolatility = volatility.number("max");
    int rangeDays = range.integer("lookback-days");
    double minRateOfChange = range.number("min-rate-of-change");
    Duration refresh = node.duration("refresh");
    return node.build(
        () ->
            new CoinSelectionSettings(
                quoteAsset,
                maxCoins,
                minQuoteVolume,
                minDaysListed,
                maxSpreadRatio,
                lowPriceRatio,
                volatilityDays,
                minVolatility,
                maxVolatility,
                rangeDays,
                minRateOfChange,
                blacklist,
                refresh));
  }
}
