package dev.coinengine.functions.track;

import dev.coinengine.core.engines.Direction;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.functions.support.InvalidRequestException;
import dev.coinengine.functions.support.JsonFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A {@code recordOutcome} call: how one decision turned out, with the votes its {@code decide}
 * response returned.
 *
 * @param decisionId the decision's id
 * @param symbol the coin, such as {@code BTCUSDT}
 * @param regime the regime at the decision
 * @param closedAt when the position the decision implied was closed (the outcome's time)
 * @param netReturnBps the realised return of a LONG position over the decision's horizon, after
 *     costs, in basis points; a SHORT vote earned its negative
 * @param votes one per engine that voted
 */
public record RecordOutcomeRequest(
    String decisionId,
    String symbol,
    Regime regime,
    Instant closedAt,
    double netReturnBps,
    List<VoteOutcome> votes) {

  /** Most votes one decision may carry. */
  public static final int MAX_VOTES = 256;

  /** Largest absolute return accepted, in bps (1000 %). */
  public static final double MAX_ABS_RETURN_BPS = 100_000;

  static final Pattern DECISION_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");
  static final Pattern SYMBOL = Pattern.compile("[A-Z0-9]{2,30}");
  static final Pattern ENGINE_ID = Pattern.compile("[a-z0-9_.-]{1,64}");

  private static final Set<String> FIELDS =
      Set.of("decisionId", "symbol", "regime", "closedAt", "netReturnBps", "votes");
  private static final Set<String> VOTE_FIELDS = Set.of("engineId", "direction");

  /** One engine's vote of the decision. */
  public record VoteOutcome(String engineId, Direction direction) {}

  public RecordOutcomeRequest {
    votes = List.copyOf(votes);
  }

  /** Reads a JSON body; every failure names the field. */
  public static RecordOutcomeRequest read(JsonNode body) {
    JsonFields fields = JsonFields.body(body, FIELDS);
    String decisionId =
        matching(fields, "decisionId", DECISION_ID, "1-128 letters, digits, _ . : -");
    String symbol = matching(fields, "symbol", SYMBOL, "2-30 upper-case letters or digits");
    Regime regime = regime(fields);
    Instant closedAt =
        fields
            .instant("closedAt")
            .orElseThrow(() -> new InvalidRequestException("closedAt", "is required"));
    double netReturnBps =
        fields.requiredNumber("netReturnBps", -MAX_ABS_RETURN_BPS, MAX_ABS_RETURN_BPS);
    if (body == null || body.get("votes") == null || body.get("votes").isNull()) {
      throw new InvalidRequestException("votes", "is required");
    }
    List<JsonFields> items = fields.objects("votes", VOTE_FIELDS, MAX_VOTES);
    if (items.isEmpty()) {
      throw new InvalidRequestException("votes", "must have at least 1 item");
    }
    List<VoteOutcome> votes = new ArrayList<>(items.size());
    Set<String> seen = new HashSet<>();
    for (JsonFields item : items) {
      String engineId = matching(item, "engineId", ENGINE_ID, "1-64 of a-z 0-9 _ . -");
      if (!seen.add(engineId)) {
        throw new InvalidRequestException(
            item.pathOf("engineId"), "appears twice in votes: '" + engineId + "'");
      }
      votes.add(new VoteOutcome(engineId, direction(item)));
    }
    return new RecordOutcomeRequest(decisionId, symbol, regime, closedAt, netReturnBps, votes);
  }

  private static String matching(JsonFields fields, String name, Pattern pattern, String what) {
    String value = fields.requiredText(name);
    if (!pattern.matcher(value).matches()) {
      throw new InvalidRequestException(
          fields.pathOf(name), "must be " + what + ", was '" + JsonFields.abbreviate(value) + "'");
    }
    return value;
  }

  private static Regime regime(JsonFields fields) {
    String value = fields.requiredText("regime");
    try {
      return Regime.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          "regime", "must be TREND, RANGE or PANIC, was '" + JsonFields.abbreviate(value) + "'");
    }
  }

  private static Direction direction(JsonFields item) {
    String value = item.requiredText("direction");
    try {
      return Direction.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(
          item.pathOf("direction"),
          "must be LONG, SHORT or FLAT, was '" + JsonFields.abbreviate(value) + "'");
    }
  }
}
