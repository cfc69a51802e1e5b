package dev.coinengine.store.lake;

import dev.coinengine.core.market.Gap;
import dev.coinengine.core.market.csv.RowProblem;
import java.time.Duration;
import java.util.List;

/**
 * What an import did.
 *
 * @param files kline files found (including those that were skipped as a whole)
 * @param barsRead valid bars read from the files
 * @param barsAppended bars committed to the lake
 * @param barsAlreadyPresent bars read but not appended because the lake already had them (open time
 *     at or before the symbol's last open time in the lake)
 * @param problems rows and files skipped, with file, line and reason
 * @param gaps missing bars inside the files read
 * @param commits atomic appends made
 */
public record ImportResult(
    int files,
    long barsRead,
    long barsAppended,
    long barsAlreadyPresent,
    List<RowProblem> problems,
    List<Gap> gaps,
    int commits,
    Duration elapsed) {

  public ImportResult {
    problems = List.copyOf(problems);
    gaps = List.copyOf(gaps);
  }

  public long missingBars() {
    return gaps.stream().mapToLong(Gap::missingBars).sum();
  }
}
