package dev.coinengine.functions.selection;

import dev.coinengine.core.selection.RankingMethod;
import dev.coinengine.functions.support.InvalidRequestException;
import dev.coinengine.functions.support.JsonFields;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What a {@code selectCoins} call may override; every field is optional and falls back to the
 * deployment's selection settings.
 *
 * @param limit how many coins to keep, 0 = all
 * @param ranking how survivors are ordered
 * @param filters selection settings by their kebab-case keys (see {@code docs/selection.md})
 * @param date select as of 00:00 UTC of this past day instead of now (point in time)
 */
public record SelectCoinsRequest(
    Optional<Integer> limit,
    Optional<RankingMethod> ranking,
    Map<String, Object> filters,
    Optional<LocalDate> date) {

  /** Largest accepted {@code limit}; Binance lists a few thousand symbols. */
  public static final int MAX_LIMIT = 10_000;

  private static final Set<String> FIELDS = Set.of("limit", "ranking", "filters", "date");

  public SelectCoinsRequest {
    limit.ifPresent(
        l -> {
          if (l < 0 || l > MAX_LIMIT) {
            throw new IllegalArgumentException(
                "limit must be between 0 and " + MAX_LIMIT + ", was " + l);
          }
        });
    filters =
        filters == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(filters));
  }

  /** A request that overrides nothing: live selection with the deployment's settings. */
  public static SelectCoinsRequest defaults() {
    return new SelectCoinsRequest(Optional.empty(), Optional.empty(), Map.of(), Optional.empty());
  }

  /** Reads a JSON body (null = empty body); failures name the field. */
  public static SelectCoinsRequest read(JsonNode body) {
    JsonFields fields = JsonFields.body(body, FIELDS);
    Optional<Integer> limit = fields.integer("limit", 0, MAX_LIMIT);
    Optional<RankingMethod> ranking =
        fields
            .text("ranking")
            .map(
                value -> {
                  try {
                    return RankingMethod.parse(value);
                  } catch (IllegalArgumentException e) {
                    throw new InvalidRequestException("ranking", e.getMessage());
                  }
                });
    Map<String, Object> filters = fields.flatObject("filters").orElse(Map.of());
    Optional<LocalDate> date =
        fields
            .text("date")
            .map(
                value -> {
                  try {
                    return LocalDate.parse(value);
                  } catch (DateTimeParseException e) {
                    throw new InvalidRequestException(
                        "date",
                        "must be a date as YYYY-MM-DD, was '" + JsonFields.abbreviate(value) + "'");
                  }
                });
    return new SelectCoinsRequest(limit, ranking, filters, date);
  }
}
