package dev.coinengine.store.lake;

import dev.coinengine.core.market.Interval;
import org.apache.iceberg.DataFile;

/**
 * A data file written to the table's storage but not yet committed: no reader sees it until {@link
 * KlineLake#commit} adds it in one snapshot. If the process dies before that, the file is an orphan
 * that no snapshot references.
 */
public final class StagedFile {
  private final String symbol;
  private final Interval interval;
  private final long bars;
  private final DataFile dataFile;

  StagedFile(String symbol, Interval interval, long bars, DataFile dataFile) {
    this.symbol = symbol;
    this.interval = interval;
    this.bars = bars;
    this.dataFile = dataFile;
  }

  public String symbol() {
    return symbol;
  }

  public Interval interval() {
    return interval;
  }

  public long bars() {
    return bars;
  }

  /** Where the file was written. */
  public String location() {
    return dataFile.location();
  }

  DataFile dataFile() {
    return dataFile;
  }

  @Override
  public String toString() {
    return "StagedFile[" + symbol + " " + interval.code() + " x" + bars + " " + location() + "]";
  }
}
