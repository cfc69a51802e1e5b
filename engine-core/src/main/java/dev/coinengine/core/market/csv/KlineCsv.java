package dev.coinengine.core.market.csv;

import dev.coinengine.core.market.BarSeries;
import java.util.List;

/** What was read from one kline file: the valid bars and the rows that were skipped. */
public record KlineCsv(KlineFile file, BarSeries series, List<RowProblem> problems) {

  public KlineCsv {
    problems = List.copyOf(problems);
    if (!file.symbol().equals(series.symbol()) || file.interval() != series.interval()) {
      throw new IllegalArgumentException(
          "series " + series + " does not belong to file " + file.name());
    }
  }

  /** Rows that held data (valid or not), not counting the header. */
  public long rowsRead() {
    return series.size() + problems.size();
  }
}
