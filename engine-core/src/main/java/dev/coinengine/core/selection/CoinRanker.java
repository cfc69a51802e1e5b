package dev.coinengine.core.selection;

/**
 * Scores a coin that passed every filter; higher scores rank first, ties are broken by symbol name.
 * A score of {@link Double#NaN} means the coin lacks the metric the ranking needs; it is then
 * excluded with {@link ReasonCode#NO_RANKING_DATA}.
 */
public interface CoinRanker {

  double score(CoinMarket coin);

  /** The metric that is scored, for exclusion details. */
  String metric();

  /** 24h quote volume (from the ticker, or summed from bars for a bar-built universe). */
  final class QuoteVolume implements CoinRanker {
    @Override
    public double score(CoinMarket coin) {
      double volume = coin.quoteVolume24h();
      return volume >= 0 && !Double.isInfinite(volume) ? volume : Double.NaN;
    }

    @Override
    public String metric() {
      return "quote-volume-24h";
    }
  }

  /**
   * Liquidity score, in "decades of quote volume":
   *
   * <pre>
   *   score = log10(1 + quoteVolume24h)
   *         - log10(1 + spreadBps)                      (when the spread is known)
   *         + 0.5 * log10(1 + topOfBookDepthInQuote)    (when the depth is known)
   * </pre>
   *
   * <p>So ten times the volume is worth as much as the spread going from 0 to 9 bps, and ten times
   * the quoted depth (best bid size x bid + best ask size x ask) half of that. A term whose input
   * is unknown is left out; within one universe all coins come from the same source (all with a
   * ticker or all from bars), so scores stay comparable inside a selection.
   */
  final class LiquidityScore implements CoinRanker {
    static final double DEPTH_WEIGHT = 0.5;

    @Override
    public double score(CoinMarket coin) {
      double volume = coin.quoteVolume24h();
      if (!(volume >= 0) || Double.isInfinite(volume)) {
        return Double.NaN;
      }
      double score = Math.log10(1.0 + volume);
      double spread = coin.spreadBps();
      if (spread >= 0 && !Double.isInfinite(spread)) {
        score -= Math.log10(1.0 + spread);
      }
      double depth = coin.topOfBookDepthQuote();
      if (depth >= 0 && !Double.isInfinite(depth)) {
        score += DEPTH_WEIGHT * Math.log10(1.0 + depth);
      }
      return score;
    }

    @Override
    public String metric() {
      return "liquidity-score";
    }
  }

  /** Daily volatility (standard deviation of daily log returns over the lookback). */
  final class Volatility implements CoinRanker {
    @Override
    public double score(CoinMarket coin) {
      return coin.stats().volatility();
    }

    @Override
    public String metric() {
      return "volatility";
    }
  }
}
