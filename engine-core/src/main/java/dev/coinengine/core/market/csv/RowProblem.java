package dev.coinengine.core.market.csv;

/** A row that was skipped while reading a kline file: the file name, its 1-based line, and why. */
public record RowProblem(String file, long line, String reason) {

  public RowProblem {
    if (file == null || file.isBlank()) {
      throw new IllegalArgumentException("file must not be blank");
    }
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1, was " + line);
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + reason;
  }
}
