package dev.coinengine.store.rankings;

import dev.coinengine.core.selection.Selection;
import dev.coinengine.core.selection.SelectionSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Point-in-time selections for consecutive days, kept in {@link RankingTable}: a day already stored
 * with the same settings hash and lake snapshot is read back, any other is computed and stored
 * (replacing what the day held).
 */
public final class DailyRankings {
  private final PointInTimeSelections selections;
  private final RankingTable table;

  public DailyRankings(PointInTimeSelections selections, RankingTable table) {
    this.selections = Objects.requireNonNull(selections, "selections");
    this.table = Objects.requireNonNull(table, "table");
  }

  /** One day's selection and whether it was computed now (false: read back unchanged). */
  public record DailyRanking(StoredSelection stored, boolean computed) {}

  /**
   * The selections of {@code days} consecutive days from {@code first}, at lake snapshot {@code
   * lakeSnapshotId}.
   */
  public List<DailyRanking> ensure(
      LocalDate first, int days, SelectionSettings settings, long lakeSnapshotId) {
    Objects.requireNonNull(first, "first");
    if (days < 1) {
      throw new IllegalArgumentException("days must be >= 1, was " + days);
    }
    String hash = SettingsHash.of(settings);
    List<DailyRanking> result = new ArrayList<>(days);
    for (int i = 0; i < days; i++) {
      LocalDate date = first.plusDays(i);
      Optional<StoredSelection> stored = table.read(date);
      if (stored.isPresent() && stored.get().matches(hash, lakeSnapshotId)) {
        result.add(new DailyRanking(stored.get(), false));
        continue;
      }
      Selection selection = selections.compute(date, settings, OptionalLong.of(lakeSnapshotId));
      table.append(date, selection, hash, lakeSnapshotId);
      result.add(
          new DailyRanking(new StoredSelection(date, selection, hash, lakeSnapshotId), true));
    }
    return result;
  }
}
