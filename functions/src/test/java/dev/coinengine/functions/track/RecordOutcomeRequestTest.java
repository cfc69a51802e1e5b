package dev.coinengine.functions.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.engines.Direction;
import dev.coinengine.core.gate.Outcome;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.functions.support.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RecordOutcomeRequestTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  static final String VALID =
      "{\"decisionId\":\"d-42\",\"symbol\":\"BTCUSDT\",\"regime\":\"TREND\","
          + "\"closedAt\":\"2026-11-20T10:00:00Z\",\"netReturnBps\":12.5,\"votes\":["
          + "{\"engineId\":\"rule_donchian_1h\",\"direction\":\"LONG\"},"
          + "{\"engineId\":\"rule_rsi_1h\",\"direction\":\"SHORT\"},"
          + "{\"engineId\":\"ml_lgbm_1h\",\"direction\":\"FLAT\"}]}";

  private static RecordOutcomeRequest read(String body) {
    return RecordOutcomeRequest.read(JSON.readTree(body));
  }

  @Test
  void aValidBodyIsReadWithEveryVote() {
    RecordOutcomeRequest request = read(VALID);

    assertThat(request.decisionId()).isEqualTo("d-42");
    assertThat(request.regime()).isEqualTo(Regime.TREND);
    assertThat(request.closedAt()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
    assertThat(request.netReturnBps()).isEqualTo(12.5);
    assertThat(request.votes())
        .containsExactly(
            new RecordOutcomeRequest.VoteOutcome("rule_donchian_1h", Direction.LONG),
            new RecordOutcomeRequest.VoteOutcome("rule_rsi_1h", Direction.SHORT),
            new RecordOutcomeRequest.VoteOutcome("ml_lgbm_1h", Direction.FLAT));
  }

  @Test
  void eachVoteEarnsTheLongReturnTimesItsSignAndFlatVotesEarnZero() {
    List<Outcome> outcomes = RecordOutcome.outcomes(read(VALID.replace("12.5", "-20")));

    assertThat(outcomes).extracting(Outcome::netReturn).containsExactly(-0.002, 0.002, 0.0);
    assertThat(outcomes).extracting(Outcome::hit).containsExactly(false, true, false);
    assertThat(Double.doubleToRawLongBits(outcomes.get(2).netReturn())).isZero();
    assertThat(outcomes).allSatisfy(o -> assertThat(o.symbol()).isEqualTo("BTCUSDT"));
  }

  @Test
  void badFieldsAreRefusedNamingTheField() {
    Map<String, String> fieldByBody =
        Map.ofEntries(
            Map.entry(VALID.replace("\"decisionId\":\"d-42\",", ""), "decisionId"),
            Map.entry(VALID.replace("\"d-42\"", "\"d 42\""), "decisionId"),
            Map.entry(VALID.replace("\"d-42\"", "42"), "decisionId"),
            Map.entry(VALID.replace("\"BTCUSDT\"", "\"btc/usdt\""), "symbol"),
            Map.entry(VALID.replace("\"TREND\"", "\"SIDEWAYS\""), "regime"),
            Map.entry(VALID.replace("2026-11-20T10:00:00Z", "yesterday"), "closedAt"),
            Map.entry(VALID.replace("\"closedAt\":\"2026-11-20T10:00:00Z\",", ""), "closedAt"),
            Map.entry(VALID.replace("12.5", "\"a lot\""), "netReturnBps"),
            Map.entry(VALID.replace("12.5", "1e9"), "netReturnBps"),
            Map.entry(VALID.replace("12.5", "null"), "netReturnBps"),
            Map.entry(VALID.substring(0, VALID.indexOf(",\"votes\"")) + "}", "votes"),
            Map.entry(VALID.substring(0, VALID.indexOf("[")) + "[]}", "votes"),
            Map.entry(VALID.substring(0, VALID.indexOf("[")) + "{}}", "votes"),
            Map.entry(VALID.replace("\"SHORT\"", "\"UP\""), "votes[1].direction"),
            Map.entry(VALID.replace("\"rule_rsi_1h\"", "\"Rule RSI\""), "votes[1].engineId"),
            Map.entry(
                VALID.replace("\"rule_rsi_1h\"", "\"rule_donchian_1h\""), "votes[1].engineId"),
            Map.entry(VALID.replace("\"direction\":\"FLAT\"", "\"weight\":1"), "votes[2].weight"),
            Map.entry(VALID.replace("\"decisionId\"", "\"decision\""), "decision"));

    fieldByBody.forEach(
        (body, field) ->
            assertThatThrownBy(() -> read(body))
                .as(body)
                .isInstanceOfSatisfying(
                    InvalidRequestException.class,
                    e -> assertThat(e.field()).as(e.reason()).isEqualTo(field)));
  }

  @Test
  void anEmptyBodyNamesTheFirstRequiredField() {
    assertThatThrownBy(() -> RecordOutcomeRequest.read(null))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("decisionId"));
  }

  @Test
  void refreshBodiesAreOptionalButChecked() {
    assertThat(RefreshLeaderboardRequest.read(null).asOf()).isEmpty();
    RefreshLeaderboardRequest request =
        RefreshLeaderboardRequest.read(
            JSON.readTree("{\"asOf\":\"2026-11-01T00:00:00Z\",\"lookbackDays\":7}"));
    assertThat(request.asOf()).contains(Instant.parse("2026-11-01T00:00:00Z"));
    assertThat(request.lookbackDays()).contains(7);

    Map<String, String> fieldByBody =
        Map.of(
            "{\"lookbackDays\":0}", "lookbackDays",
            "{\"lookbackDays\":366}", "lookbackDays",
            "{\"lookbackDays\":2.5}", "lookbackDays",
            "{\"asOf\":\"2026-11-01\"}", "asOf",
            "{\"as-of\":\"2026-11-01T00:00:00Z\"}", "as-of",
            "[]", "");
    fieldByBody.forEach(
        (body, field) ->
            assertThatThrownBy(() -> RefreshLeaderboardRequest.read(JSON.readTree(body)))
                .as(body)
                .isInstanceOfSatisfying(
                    InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(field)));
  }
}
