package dev.coinengine.core.market.csv;

import java.nio.file.Path;
import java.util.List;

/**
 * The kline files of a folder, sorted by symbol then interval, and the {@code *.csv.gz} files whose
 * names could not be read as {@code <SYMBOL>-<interval>.csv.gz}.
 */
public record KlineScan(List<KlineFile> files, List<Path> rejected) {

  public KlineScan {
    files = List.copyOf(files);
    rejected = List.copyOf(rejected);
  }
}
