package dev.coinengine.functions.track;

import dev.coinengine.functions.support.JsonFields;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A {@code refreshLeaderboard} call; the body may be empty.
 *
 * @param asOf judge the outcomes as of this instant; default now
 * @param lookbackDays read the outcomes closed in the days before {@code asOf}; default {@link
 *     TrackSettings#defaultLookbackDays()}
 */
public record RefreshLeaderboardRequest(Optional<Instant> asOf, Optional<Integer> lookbackDays) {

  private static final Set<String> FIELDS = Set.of("asOf", "lookbackDays");

  /** Reads a JSON body (null = empty body); every failure names the field. */
  public static RefreshLeaderboardRequest read(JsonNode body) {
    JsonFields fields = JsonFields.body(body, FIELDS);
    return new RefreshLeaderboardRequest(
        fields.instant("asOf"), fields.integer("lookbackDays", 1, TrackSettings.MAX_LOOKBACK_DAYS));
  }
}
