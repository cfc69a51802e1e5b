package dev.coinengine.runner.worker;

import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.Resampler;
import dev.coinengine.runner.pipeline.CoinHistory;
import dev.coinengine.runner.training.PermanentTrainingException;
import dev.coinengine.runner.training.TransientTrainingException;
import dev.coinengine.store.lake.KlineLake;
import dev.coinengine.store.lake.KlineLakeException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bars from the kline lake at a pinned snapshot: the base interval ({@code 1h}) as stored, 4h and
 * 1d resampled from it, the last {@code lookback} of history. The BTCUSDT and ETHUSDT context is
 * read once per snapshot and timeframe.
 */
public final class LakeBarSource implements BarSource {
  private static final String BTC = "BTCUSDT";
  private static final String ETH = "ETHUSDT";

  private final KlineLake lake;
  private final Interval base;
  private final Duration lookback;
  private final Map<String, BarSeries> context = new ConcurrentHashMap<>();

  public LakeBarSource(KlineLake lake, Interval base, Duration lookback) {
    this.lake = Objects.requireNonNull(lake, "lake");
    this.base = Objects.requireNonNull(base, "base");
    this.lookback = Objects.requireNonNull(lookback, "lookback");
  }

  @Override
  public CoinHistory load(String symbol, Interval timeframe, long snapshotId) {
    BarSeries coin = series(symbol, timeframe, snapshotId);
    if (coin.isEmpty()) {
      throw new PermanentTrainingException(
          "no data: the lake holds no "
              + base.code()
              + " bars of "
              + symbol
              + " at snapshot "
              + snapshotId);
    }
    BarSeries btc = symbol.equals(BTC) ? coin : contextSeries(BTC, timeframe, snapshotId);
    BarSeries eth = symbol.equals(ETH) ? coin : contextSeries(ETH, timeframe, snapshotId);
    return new CoinHistory(coin, btc, eth);
  }

  private BarSeries contextSeries(String symbol, Interval timeframe, long snapshotId) {
    BarSeries series =
        context.computeIfAbsent(
            symbol + "|" + timeframe.code() + "|" + snapshotId,
            k -> series(symbol, timeframe, snapshotId));
    return series.isEmpty() ? null : series;
  }

  private BarSeries series(String symbol, Interval timeframe, long snapshotId) {
    BarSeries bars;
    try {
      bars = lake.read(symbol, base, 0, Long.MAX_VALUE, OptionalLong.of(snapshotId));
    } catch (KlineLakeException | UncheckedIOException e) {
      throw new TransientTrainingException(
          "cannot read " + symbol + " at snapshot " + snapshotId + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new PermanentTrainingException(
          "no data: snapshot " + snapshotId + " is unknown to the lake", e);
    }
    if (bars.isEmpty()) {
      return bars;
    }
    long to = bars.last().openTimeMs() + base.millis();
    bars = bars.between(to - lookback.toMillis(), to);
    return timeframe == base ? bars : Resampler.resample(bars, timeframe);
  }
}
