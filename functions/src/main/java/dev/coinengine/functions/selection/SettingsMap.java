package dev.coinengine.functions.selection;

import dev.coinengine.core.selection.SelectionSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@link SelectionSettings} as the kebab-case map {@link SelectionSettings#fromMap} reads, so a
 * request can override single keys of the deployment's settings and the response can show the
 * settings it used. An unbounded {@code max-*} is {@code null} (JSON has no infinity).
 */
final class SettingsMap {

  private SettingsMap() {}

  static Map<String, Object> of(SelectionSettings s) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("quote-asset", s.quoteAsset());
    map.put("min-quote-volume-24h", s.minQuoteVolume24h());
    map.put("max-spread-bps", bound(s.maxSpreadBps()));
    map.put("min-listing-days", s.minListingDays());
    map.put("max-tick-percent", bound(s.maxTickPercent()));
    map.put("min-volatility", s.minVolatility());
    map.put("max-volatility", bound(s.maxVolatility()));
    map.put("min-range-change", s.minRangeChange());
    map.put("max-range-change", bound(s.maxRangeChange()));
    map.put("lookback-days", s.lookbackDays());
    map.put("max-bar-staleness-hours", bound(s.maxBarStalenessHours()));
    map.put("require-stats", s.requireStats());
    map.put("stablecoins", List.copyOf(new TreeSet<>(s.stablecoins())));
    map.put("fiat", List.copyOf(new TreeSet<>(s.fiat())));
    map.put("leveraged-token-pattern", s.leveragedTokenPattern());
    map.put("blacklist", s.blacklist());
    map.put("ranking", s.ranking().code());
    map.put("limit", s.limit());
    return map;
  }

  /** {@code base} with the keys of {@code overrides} replaced (validated by fromMap). */
  static SelectionSettings overlay(SelectionSettings base, Map<String, Object> overrides) {
    if (overrides.isEmpty()) {
      return base;
    }
    Map<String, Object> merged = of(base);
    for (Map.Entry<String, Object> entry : overrides.entrySet()) {
      if (!merged.containsKey(entry.getKey())) {
        throw new IllegalArgumentException(
            "unknown selection setting '"
                + entry.getKey()
                + "' (known: "
                + String.join(", ", merged.keySet())
                + ")");
      }
      merged.put(entry.getKey(), entry.getValue());
    }
    return SelectionSettings.fromMap(merged);
  }

  private static Double bound(double value) {
    return Double.isInfinite(value) ? null : value;
  }
}
