package dev.coinengine.store.rankings;

import dev.coinengine.core.selection.SelectionSettings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * A short fingerprint of {@link SelectionSettings}: equal settings give equal hashes in every JVM
 * (sets are sorted first; {@code Set.copyOf} iteration order differs between runs).
 */
public final class SettingsHash {
  private SettingsHash() {}

  /** The first 16 hex digits of the SHA-256 of a canonical text of {@code settings}. */
  public static String of(SelectionSettings s) {
    String canonical =
        String.join(
            "\n",
            "quote-asset=" + s.quoteAsset(),
            "min-quote-volume-24h=" + s.minQuoteVolume24h(),
            "max-spread-bps=" + s.maxSpreadBps(),
            "min-listing-days=" + s.minListingDays(),
            "max-tick-percent=" + s.maxTickPercent(),
            "min-volatility=" + s.minVolatility(),
            "max-volatility=" + s.maxVolatility(),
            "min-range-change=" + s.minRangeChange(),
            "max-range-change=" + s.maxRangeChange(),
            "lookback-days=" + s.lookbackDays(),
            "max-bar-staleness-hours=" + s.maxBarStalenessHours(),
            "require-stats=" + s.requireStats(),
            "stablecoins=" + new TreeSet<>(s.stablecoins()),
            "fiat=" + new TreeSet<>(s.fiat()),
            "leveraged-token-pattern=" + s.leveragedTokenPattern(),
            "blacklist=" + s.blacklist(),
            "ranking=" + s.ranking().code(),
            "limit=" + s.limit());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
