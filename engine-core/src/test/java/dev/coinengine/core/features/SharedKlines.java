package dev.coinengine.core.features;

import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.csv.KlineCsvReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

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
    return new KlineCsvReader().read(file).series();
  }
}
