package dev.coinengine.core.features;

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
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** Reads the real 1h klines of the shared data folder beside the repository, when present. */
public final class SharedKlines {
  private SharedKlines() {}

  /** {@code shared/data/klines/1h/<symbol>-1h.csv.gz}, searched upwards from the working dir. */
  public static Optional<BarSeries> hourly(String symbol) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path file = dir.resolve("shared/data/klines/1h/" + symbol + "-1h.csv.gz");
      if (Files.isRegularFile(file)) {
        return Optional.of(read(symbol, file));
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  private static BarSeries read(String symbol, Path file) {
    List<Bar> bars = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
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
      throw new UncheckedIOException(file.toString(), e);
    }
    return new BarSeries(symbol, Interval.H1, bars);
  }
}
