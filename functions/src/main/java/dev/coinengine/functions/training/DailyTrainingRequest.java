package dev.coinengine.functions.training;

import dev.coinengine.core.market.Interval;
import dev.coinengine.functions.support.InvalidRequestException;
import dev.coinengine.functions.support.JsonFields;
import dev.coinengine.runner.launch.LaunchRequest;
import dev.coinengine.runner.training.Family;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A {@code dailyTraining} call: either an EventBridge scheduled event (its {@code time} gives the
 * day; overrides may sit in {@code detail}) or a plain JSON object of overrides, every one
 * optional.
 *
 * @param trigger {@code schedule} (an EventBridge event) or {@code request}
 * @param eventId the event's {@code id}, for a schedule
 * @param overrides coins limit, timeframes, families and the selection day
 */
public record DailyTrainingRequest(
    String trigger, Optional<String> eventId, LaunchRequest overrides) {

  public static final String SCHEDULE = "schedule";
  public static final String REQUEST = "request";

  /** Largest accepted {@code coins}. */
  public static final int MAX_COINS = 10_000;

  private static final Set<String> OVERRIDES = Set.of("coins", "timeframes", "families", "date");
  // Every top-level field of an EventBridge event.
  private static final Set<String> EVENT =
      Set.of(
          "version",
          "id",
          "detail-type",
          "source",
          "account",
          "time",
          "region",
          "resources",
          "detail");

  public DailyTrainingRequest {
    if (!SCHEDULE.equals(trigger) && !REQUEST.equals(trigger)) {
      throw new IllegalArgumentException("trigger must be schedule or request, was " + trigger);
    }
    if (eventId == null || overrides == null) {
      throw new IllegalArgumentException("eventId and overrides must not be null");
    }
  }

  /** Reads a JSON body (null = empty body = no overrides); failures name the field. */
  public static DailyTrainingRequest read(JsonNode body) {
    if (body != null && body.isObject() && body.has("detail-type")) {
      return readEvent(body);
    }
    JsonFields fields = JsonFields.body(body, OVERRIDES);
    return new DailyTrainingRequest(REQUEST, Optional.empty(), overrides(fields, "", null));
  }

  private static DailyTrainingRequest readEvent(JsonNode body) {
    JsonFields event = JsonFields.body(body, EVENT);
    String detailType = event.text("detail-type").orElse("");
    if (!detailType.equals("Scheduled Event")) {
      throw new InvalidRequestException(
          "detail-type",
          "must be 'Scheduled Event', was '" + JsonFields.abbreviate(detailType) + "'");
    }
    String source = event.text("source").orElse("");
    if (!source.equals("aws.events") && !source.startsWith("coinengine.")) {
      throw new InvalidRequestException(
          "source",
          "must be aws.events (or coinengine.*), was '" + JsonFields.abbreviate(source) + "'");
    }
    String time =
        event
            .text("time")
            .orElseThrow(
                () -> new InvalidRequestException("time", "is required in a scheduled event"));
    LocalDate day;
    try {
      day = LocalDate.ofInstant(Instant.parse(time), ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          "time", "must be an ISO-8601 instant, was '" + JsonFields.abbreviate(time) + "'", e);
    }
    Optional<String> id = event.text("id");
    Optional<JsonFields> detail = event.object("detail", OVERRIDES);
    LaunchRequest overrides =
        detail.isPresent()
            ? overrides(detail.get(), "detail.", day)
            : new LaunchRequest(
                OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.of(day));
    return new DailyTrainingRequest(SCHEDULE, id, overrides);
  }

  private static LaunchRequest overrides(JsonFields fields, String prefix, LocalDate defaultDay) {
    Optional<Integer> coins = fields.integer("coins", 1, MAX_COINS);
    Optional<List<Interval>> timeframes =
        fields
            .textList("timeframes")
            .map(
                codes -> {
                  List<Interval> parsed = new ArrayList<>();
                  for (String code : codes) {
                    Interval interval;
                    try {
                      interval = Interval.parse(code);
                    } catch (IllegalArgumentException e) {
                      throw new InvalidRequestException(prefix + "timeframes", e.getMessage(), e);
                    }
                    if (interval != Interval.H1 && interval != Interval.H4) {
                      throw new InvalidRequestException(
                          prefix + "timeframes", "must be 1h or 4h, was " + code);
                    }
                    if (parsed.contains(interval)) {
                      throw new InvalidRequestException(
                          prefix + "timeframes", "lists " + code + " twice");
                    }
                    parsed.add(interval);
                  }
                  return parsed;
                });
    Optional<List<String>> families =
        fields
            .textList("families")
            .map(
                codes -> {
                  for (String code : codes) {
                    try {
                      Family.parse(code);
                    } catch (IllegalArgumentException e) {
                      throw new InvalidRequestException(prefix + "families", e.getMessage(), e);
                    }
                  }
                  if (codes.stream().distinct().count() != codes.size()) {
                    throw new InvalidRequestException(prefix + "families", "lists a family twice");
                  }
                  return codes;
                });
    Optional<LocalDate> date =
        fields
            .text("date")
            .map(
                value -> {
                  try {
                    return LocalDate.parse(value);
                  } catch (DateTimeParseException e) {
                    throw new InvalidRequestException(
                        prefix + "date",
                        "must be a date as YYYY-MM-DD, was '" + JsonFields.abbreviate(value) + "'");
                  }
                })
            .or(() -> Optional.ofNullable(defaultDay));
    return new LaunchRequest(
        coins.map(OptionalInt::of).orElse(OptionalInt.empty()), timeframes, families, date);
  }
}
