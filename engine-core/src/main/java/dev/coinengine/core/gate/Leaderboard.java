package dev.coinengine.core.gate;

import dev.coinengine.core.regime.Regime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Engines' out-of-sample track records and enabled flags, per engine and regime. Immutable. An
 * engine the leaderboard does not know is enabled with no track record, so new engines vote with
 * the prior reliability until the refresh has judged them.
 */
public final class Leaderboard {
  private static final Comparator<LeaderboardEntry> ORDER =
      Comparator.comparing(LeaderboardEntry::engineId).thenComparing(LeaderboardEntry::regime);
  private static final Leaderboard EMPTY = new Leaderboard(List.of());

  private final List<LeaderboardEntry> entries;
  private final Map<Regime, Map<String, LeaderboardEntry>> index = new EnumMap<>(Regime.class);

  private Leaderboard(Collection<LeaderboardEntry> entries) {
    List<LeaderboardEntry> sorted = new ArrayList<>(entries);
    sorted.sort(ORDER);
    for (LeaderboardEntry entry : sorted) {
      LeaderboardEntry previous =
          index.computeIfAbsent(entry.regime(), r -> new HashMap<>()).put(entry.engineId(), entry);
      if (previous != null) {
        throw new IllegalArgumentException(
            "entries must be unique per engine and regime, "
                + entry.engineId()
                + " "
                + entry.regime()
                + " appears twice");
      }
    }
    this.entries = List.copyOf(sorted);
  }

  public static Leaderboard empty() {
    return EMPTY;
  }

  /**
   * @throws IllegalArgumentException when an engine and regime appear twice
   */
  public static Leaderboard of(Collection<LeaderboardEntry> entries) {
    return new Leaderboard(entries);
  }

  /** All entries, by engine id then regime. */
  public List<LeaderboardEntry> entries() {
    return entries;
  }

  public Optional<LeaderboardEntry> entry(String engineId, Regime regime) {
    Map<String, LeaderboardEntry> byEngine = index.get(regime);
    return Optional.ofNullable(byEngine == null ? null : byEngine.get(engineId));
  }

  /** Whether the engine may vote in the regime; true for an engine without an entry. */
  public boolean enabled(String engineId, Regime regime) {
    Map<String, LeaderboardEntry> byEngine = index.get(regime);
    LeaderboardEntry entry = byEngine == null ? null : byEngine.get(engineId);
    return entry == null || entry.enabled();
  }

  /** The engine's track record in the regime; {@link EngineStats#NONE} without an entry. */
  public EngineStats stats(String engineId, Regime regime) {
    Map<String, LeaderboardEntry> byEngine = index.get(regime);
    LeaderboardEntry entry = byEngine == null ? null : byEngine.get(engineId);
    return entry == null ? EngineStats.NONE : entry.stats();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Leaderboard that && entries.equals(that.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "Leaderboard" + entries;
  }
}
