package dev.coinengine.runner.launch;

import dev.coinengine.core.market.Interval;
import dev.coinengine.core.selection.Selection;
import dev.coinengine.core.selection.SelectionSettings;
import dev.coinengine.store.lake.KlineLake;
import dev.coinengine.store.rankings.PointInTimeSelections;
import dev.coinengine.store.rankings.SelectionListener;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** {@link TrainingCoins} from the kline lake's 1h bars and the point-in-time selector. */
public final class LakeTrainingCoins implements TrainingCoins {
  private final KlineLake lake;
  private final SelectionSettings settings;
  private final PointInTimeSelections selections;

  public LakeTrainingCoins(KlineLake lake, SelectionSettings settings, Clock clock) {
    this.lake = Objects.requireNonNull(lake, "lake");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.selections = new PointInTimeSelections(lake, Interval.H1, clock, SelectionListener.NONE);
  }

  @Override
  public OptionalLong currentSnapshot() {
    return lake.currentSnapshotId();
  }

  @Override
  public Optional<LocalDate> newestDay(long snapshot) {
    Map<String, Long> last = lake.lastOpenTimes(Interval.H1, OptionalLong.of(snapshot));
    if (last.isEmpty()) {
      return Optional.empty();
    }
    long newestClose = Collections.max(last.values()) + Interval.H1.millis();
    return Optional.of(LocalDate.ofInstant(Instant.ofEpochMilli(newestClose), ZoneOffset.UTC));
  }

  @Override
  public Selection select(LocalDate day, long snapshot) {
    return selections.compute(day, settings, OptionalLong.of(snapshot));
  }
}
