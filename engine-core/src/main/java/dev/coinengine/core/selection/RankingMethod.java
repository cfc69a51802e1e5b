package dev.coinengine.core.selection;

import java.util.Locale;

/** How the coins that passed every filter are ordered before the limit is applied. */
public enum RankingMethod {
  /** Highest 24h quote volume first. */
  QUOTE_VOLUME(new CoinRanker.QuoteVolume()),
  /** Highest {@link CoinRanker.LiquidityScore liquidity score} first. */
  LIQUIDITY_SCORE(new CoinRanker.LiquidityScore()),
  /** Highest daily volatility first. */
  VOLATILITY(new CoinRanker.Volatility());

  private final CoinRanker ranker;

  RankingMethod(CoinRanker ranker) {
    this.ranker = ranker;
  }

  public CoinRanker ranker() {
    return ranker;
  }

  /** The kebab-case name used in configuration, for example {@code liquidity-score}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses {@code quote-volume}, {@code liquidity-score} or {@code volatility} (any case). */
  public static RankingMethod parse(String value) {
    if (value != null) {
      String normalized = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
      for (RankingMethod method : values()) {
        if (method.name().equals(normalized)) {
          return method;
        }
      }
    }
    throw new IllegalArgumentException(
        "ranking: unknown method '"
            + value
            + "' (expected quote-volume, liquidity-score or volatility)");
  }
}
