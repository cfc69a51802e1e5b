package dev.coinengine.runner.launch;

import dev.coinengine.core.selection.Selection;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

/** Where a training run gets its coins: a lake snapshot and the selection of a day. */
public interface TrainingCoins {

  /** The newest lake snapshot; empty when the lake holds nothing yet. */
  OptionalLong currentSnapshot();

  /**
   * The day after the close of the newest bar at {@code snapshot} (as of 00:00 UTC of that day the
   * newest bar is closed); empty when the snapshot holds no bar.
   */
  Optional<LocalDate> newestDay(long snapshot);

  /** The selection in force during {@code day} (as of 00:00 UTC), from the bars at snapshot. */
  Selection select(LocalDate day, long snapshot);
}
