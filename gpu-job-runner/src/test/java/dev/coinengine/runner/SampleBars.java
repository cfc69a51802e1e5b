package dev.coinengine.runner;

import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.csv.KlineCsvReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The real 1h bars bundled with the repository ({@code infra/local/sample/klines/1h}). */
public final class SampleBars {
  private static final Map<String, BarSeries> CACHE = new ConcurrentHashMap<>();

  private SampleBars() {}

  public static BarSeries hourly(String symbol) {
    return CACHE.computeIfAbsent(symbol, SampleBars::read);
  }

  private static BarSeries read(String symbol) {
    Path file = folder().resolve(symbol + "-1h.csv.gz");
    return new KlineCsvReader().read(file).series();
  }

  /** The bundled folder of 1h kline files. */
  public static Path folder() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("infra/local/sample/klines/1h");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("infra/local/sample/klines/1h not found above the working dir");
  }
}
