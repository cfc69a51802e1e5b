package dev.coinengine.store.rankings;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.csv.KlineCsvReader;
import dev.coinengine.core.market.csv.KlineFile;
import dev.coinengine.store.lake.KlineLake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds kline folders beside or inside the repository and loads them into a lake. */
final class KlineFolders {
  private KlineFolders() {}

  /** The first {@code relative} folder found walking up from the working directory. */
  static Optional<Path> find(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(relative);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Appends every file of {@code folder}, keeping each series' first bar and its bars opened at or
   * after {@code fromMs} (the first bar keeps the listing age right); returns the snapshot id.
   */
  static long load(KlineLake lake, Path folder, long fromMs) {
    KlineCsvReader reader = new KlineCsvReader();
    List<BarSeries> batch = new ArrayList<>();
    long snapshot = -1;
    for (KlineFile file : reader.scan(folder).files()) {
      BarSeries series = reader.read(file.path()).series();
      List<Bar> kept = new ArrayList<>();
      for (int i = 0; i < series.size(); i++) {
        Bar bar = series.bars().get(i);
        if (i == 0 || bar.openTimeMs() >= fromMs) {
          kept.add(bar);
        }
      }
      batch.add(new BarSeries(series.symbol(), series.interval(), kept));
      if (batch.size() == 50) {
        snapshot = lake.append(batch);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      snapshot = lake.append(batch);
    }
    return snapshot;
  }
}
