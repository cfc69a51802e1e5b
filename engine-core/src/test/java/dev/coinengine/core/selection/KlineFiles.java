package dev.coinengine.core.selection;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.csv.KlineCsvReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Real kline files cut to a window, for tests. */
final class KlineFiles {
  private KlineFiles() {}

  static BarSeries read(Path file, String symbol, Interval interval) {
    return read(file, symbol, interval, Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /**
   * The first bar (it dates the listing) and the bars with {@code fromMs <= openTime < toMs}; the
   * rest is skipped unparsed.
   */
  static BarSeries read(Path file, String symbol, Interval interval, long fromMs, long toMs) {
    BarSeries all = new KlineCsvReader().read(file).series();
    List<Bar> bars = new ArrayList<>();
    for (Bar bar : all.bars()) {
      if (bars.isEmpty() || (bar.openTimeMs() >= fromMs && bar.openTimeMs() < toMs)) {
        bars.add(bar);
      }
    }
    return new BarSeries(symbol, interval, bars);
  }
}
