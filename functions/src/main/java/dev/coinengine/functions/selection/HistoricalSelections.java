package dev.coinengine.functions.selection;

import dev.coinengine.core.selection.Selection;
import dev.coinengine.core.selection.SelectionSettings;
import java.time.LocalDate;

/**
 * Point-in-time selection: the selection as it would have been made on a past day, from the coins
 * that existed and traded then. Implemented over the kline lake; a deployment without one has no
 * implementation, and {@code selectCoins} then refuses requests that carry a {@code date}.
 */
@FunctionalInterface
public interface HistoricalSelections {

  /**
   * The selection in force during {@code date} (as of 00:00 UTC).
   *
   * @throws IllegalArgumentException if the date is outside the data this implementation holds
   */
  Selection at(LocalDate date, SelectionSettings settings);
}
