package dev.coinengine.runner.launch;

import dev.coinengine.core.market.Interval;
import dev.coinengine.runner.training.Family;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one training run overrides; every field is optional and falls back to the launcher's
 * defaults.
 *
 * @param coins train the first N selected coins (by rank); empty = all of them
 * @param timeframes e.g. 1h, 4h
 * @param families family codes, e.g. {@code linear-sgd}
 * @param date the day whose selection picks the coins; empty = the day after the lake's newest bar
 */
public record LaunchRequest(
    OptionalInt coins,
    Optional<List<Interval>> timeframes,
    Optional<List<String>> families,
    Optional<LocalDate> date) {

  public LaunchRequest {
    if (coins == null || timeframes == null || families == null || date == null) {
      throw new IllegalArgumentException("fields must not be null (use empty optionals)");
    }
    coins.ifPresent(
        n -> {
          if (n < 1) {
            throw new IllegalArgumentException("coins must be >= 1, was " + n);
          }
        });
    timeframes = timeframes.map(List::copyOf);
    timeframes.ifPresent(
        list -> {
          if (list.isEmpty()) {
            throw new IllegalArgumentException("timeframes must not be empty");
          }
        });
    families = families.map(List::copyOf);
    families.ifPresent(
        list -> {
          if (list.isEmpty()) {
            throw new IllegalArgumentException("families must not be empty");
          }
          list.forEach(Family::parse);
        });
  }

  /** Overrides nothing. */
  public static LaunchRequest defaults() {
    return new LaunchRequest(
        OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
