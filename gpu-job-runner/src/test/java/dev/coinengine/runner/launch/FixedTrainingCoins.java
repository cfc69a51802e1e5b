package dev.coinengine.runner.launch;

import dev.coinengine.core.selection.Exclusion;
import dev.coinengine.core.selection.RankedCoin;
import dev.coinengine.core.selection.RankingMethod;
import dev.coinengine.core.selection.ReasonCode;
import dev.coinengine.core.selection.Selection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A lake of one snapshot whose newest day is fixed; every day selects the same coins in the given
 * order and leaves USDCUSDT out as a stablecoin. Records the days it was asked for.
 */
public final class FixedTrainingCoins implements TrainingCoins {
  private final OptionalLong snapshot;
  private final LocalDate newest;
  private final List<String> ranked;
  public final List<LocalDate> asked = new ArrayList<>();

  public FixedTrainingCoins(long snapshot, LocalDate newest, List<String> ranked) {
    this.snapshot = OptionalLong.of(snapshot);
    this.newest = newest;
    this.ranked = List.copyOf(ranked);
  }

  /** A lake that holds nothing. */
  public static FixedTrainingCoins empty() {
    return new FixedTrainingCoins(OptionalLong.empty());
  }

  private FixedTrainingCoins(OptionalLong none) {
    this.snapshot = none;
    this.newest = null;
    this.ranked = List.of();
  }

  @Override
  public OptionalLong currentSnapshot() {
    return snapshot;
  }

  @Override
  public Optional<LocalDate> newestDay(long snapshot) {
    return Optional.ofNullable(newest);
  }

  @Override
  public synchronized Selection select(LocalDate day, long snapshot) {
    asked.add(day);
    List<RankedCoin> coins = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      coins.add(new RankedCoin(i + 1, ranked.get(i), ranked.size() - i, Map.of(), List.of()));
    }
    return new Selection(
        day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
        RankingMethod.QUOTE_VOLUME,
        coins,
        List.of(new Exclusion("USDCUSDT", ReasonCode.STABLECOIN, "stablecoin")));
  }
}
