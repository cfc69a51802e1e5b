package dev.coinengine.core.market;

import java.util.ArrayList;
import java.util.List;

/**
 * Aggregates bars into a longer interval aligned to UTC epoch boundaries (4h buckets start at 00,
 * 04, ... UTC; 1d buckets at 00 UTC, as Binance does).
 *
 * <p>A bucket is emitted only once it is closed relative to the data, that is when the source has a
 * bar that closes at or after the bucket's end; the trailing, still-forming bucket is left out so
 * that nothing downstream sees a bar before it exists. A bucket with missing source bars (an
 * exchange outage) is still emitted from the bars it has. Quote volume is summed when every source
 * bar has it and is absent otherwise; trades likewise.
 */
public final class Resampler {
  private Resampler() {}

  public static BarSeries resample(BarSeries source, Interval target) {
    if (target.millis() < source.interval().millis()
        || target.millis() % source.interval().millis() != 0) {
      throw new IllegalArgumentException(
          "cannot resample " + source.interval().code() + " to " + target.code());
    }
    if (target == source.interval() || source.isEmpty()) {
      return new BarSeries(source.symbol(), target, source.bars());
    }
    long dataEnd = source.last().openTimeMs() + source.interval().millis();
    List<Bar> out = new ArrayList<>();
    int i = 0;
    int n = source.size();
    while (i < n) {
      long bucket = target.floor(source.get(i).openTimeMs());
      long bucketEnd = bucket + target.millis();
      if (bucketEnd > dataEnd) {
        break;
      }
      Bar first = source.get(i);
      double high = first.high();
      double low = first.low();
      double close = first.close();
      double volume = 0;
      double quoteVolume = 0;
      long trades = 0;
      boolean quoteKnown = true;
      boolean tradesKnown = true;
      while (i < n && source.get(i).openTimeMs() < bucketEnd) {
        Bar bar = source.get(i);
        high = Math.max(high, bar.high());
        low = Math.min(low, bar.low());
        close = bar.close();
        volume += bar.volume();
        quoteKnown &= !Double.isNaN(bar.quoteVolume());
        quoteVolume += quoteKnown ? bar.quoteVolume() : 0;
        tradesKnown &= bar.trades() >= 0;
        trades += tradesKnown ? bar.trades() : 0;
        i++;
      }
      out.add(
          new Bar(
              bucket,
              first.open(),
              high,
              low,
              close,
              volume,
              quoteKnown ? quoteVolume : Double.NaN,
              tradesKnown ? trades : -1));
    }
    return new BarSeries(source.symbol(), target, out);
  }
}
