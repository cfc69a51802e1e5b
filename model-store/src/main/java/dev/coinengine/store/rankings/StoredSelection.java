package dev.coinengine.store.rankings;

import dev.coinengine.core.selection.Selection;
import java.time.LocalDate;

/**
 * A selection read back from {@code market.coin_rankings}, with what it was computed from.
 *
 * @param settingsHash {@link SettingsHash} of the selection settings used
 * @param lakeSnapshotId snapshot of {@code market.klines} the bars were read at
 */
public record StoredSelection(
    LocalDate date, Selection selection, String settingsHash, long lakeSnapshotId) {

  public StoredSelection {
    if (date == null) {
      throw new IllegalArgumentException("date must not be null");
    }
    if (selection == null) {
      throw new IllegalArgumentException("selection must not be null");
    }
    if (settingsHash == null || settingsHash.isBlank()) {
      throw new IllegalArgumentException(
          "settingsHash must not be blank, was '" + settingsHash + "'");
    }
  }

  /** True when it was computed with these settings from this lake snapshot. */
  public boolean matches(String hash, long snapshotId) {
    return settingsHash.equals(hash) && lakeSnapshotId == snapshotId;
  }
}
