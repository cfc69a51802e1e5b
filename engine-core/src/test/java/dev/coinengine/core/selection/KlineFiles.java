package dev.coinengine.core.selection;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Minimal reader of the lake's gzip CSV klines, for tests only. */
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
    List<Bar> bars = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      in.readLine(); // header
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        long openTime = Long.parseLong(line, 0, line.indexOf(','), 10);
        if ((openTime < fromMs || openTime >= toMs) && !bars.isEmpty()) {
          continue;
        }
        String[] f = line.split(",", -1);
        bars.add(
            new Bar(
                Long.parseLong(f[0]),
                Double.parseDouble(f[1]),
                Double.parseDouble(f[2]),
                Double.parseDouble(f[3]),
                Double.parseDouble(f[4]),
                Double.parseDouble(f[5]),
                f[6].isEmpty() ? Double.NaN : Double.parseDouble(f[6]),
                f[7].isEmpty() ? -1 : Long.parseLong(f[7])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return new BarSeries(symbol, interval, bars);
  }
}
