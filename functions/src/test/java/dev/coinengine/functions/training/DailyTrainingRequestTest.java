package dev.coinengine.functions.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.market.Interval;
import dev.coinengine.functions.support.InvalidRequestException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DailyTrainingRequestTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  static final String EVENT =
      """
      {"version":"0","id":"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa","detail-type":"Scheduled Event",
       "source":"aws.events","account":"123456789012","time":"2026-11-25T00:00:00Z",
       "region":"eu-central-1","resources":["arn:aws:events:eu-central-1:123456789012:rule/daily"],
       "detail":{}}
      """;

  @Test
  void anEmptyBodyOverridesNothing() {
    DailyTrainingRequest request = DailyTrainingRequest.read(null);

    assertThat(request.trigger()).isEqualTo("request");
    assertThat(request.eventId()).isEmpty();
    assertThat(request.overrides().coins()).isEmpty();
    assertThat(request.overrides().timeframes()).isEmpty();
    assertThat(request.overrides().families()).isEmpty();
    assertThat(request.overrides().date()).isEmpty();
  }

  @Test
  void aPlainBodyCarriesTheOverrides() {
    DailyTrainingRequest request =
        read(
            "{\"coins\":5,\"timeframes\":[\"4h\"],\"families\":[\"factorization-machine\"],"
                + "\"date\":\"2023-06-01\"}");

    assertThat(request.overrides().coins()).hasValue(5);
    assertThat(request.overrides().timeframes()).contains(List.of(Interval.H4));
    assertThat(request.overrides().families()).contains(List.of("factorization-machine"));
    assertThat(request.overrides().date()).contains(LocalDate.parse("2023-06-01"));
  }

  @Test
  void aScheduledEventTakesItsDayFromTheEventTime() {
    DailyTrainingRequest request = read(EVENT);

    assertThat(request.trigger()).isEqualTo("schedule");
    assertThat(request.eventId()).contains("53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa");
    assertThat(request.overrides().date()).contains(LocalDate.parse("2026-11-25"));
    assertThat(request.overrides().timeframes()).isEmpty();
  }

  @Test
  void aScheduledEventMayCarryOverridesInItsDetail() {
    DailyTrainingRequest request =
        read(EVENT.replace("\"detail\":{}", "\"detail\":{\"coins\":2,\"timeframes\":[\"1h\"]}"));

    assertThat(request.overrides().coins()).hasValue(2);
    assertThat(request.overrides().timeframes()).contains(List.of(Interval.H1));
    assertThat(request.overrides().date()).contains(LocalDate.parse("2026-11-25"));
  }

  @Test
  void badFieldsAreRefusedNamingTheField() {
    assertField("{\"coins\":0}", "coins");
    assertField("{\"coins\":\"5\"}", "coins");
    assertField("{\"timeframes\":[\"1d\"]}", "timeframes");
    assertField("{\"timeframes\":[\"2h\"]}", "timeframes");
    assertField("{\"timeframes\":[]}", "timeframes");
    assertField("{\"timeframes\":[\"1h\",\"1h\"]}", "timeframes");
    assertField("{\"families\":[\"random-forest\"]}", "families");
    assertField("{\"families\":\"linear-sgd\"}", "families");
    assertField("{\"date\":\"01/06/2023\"}", "date");
    assertField("{\"limit\":5}", "limit");
    assertField(EVENT.replace("2026-11-25T00:00:00Z", "yesterday"), "time");
    assertField(EVENT.replace("Scheduled Event", "Object Created"), "detail-type");
    assertField(EVENT.replace("aws.events", "aws.s3"), "source");
    assertField(EVENT.replace("\"detail\":{}", "\"detail\":{\"coins\":-1}"), "detail.coins");
    assertField(EVENT.replace("\"detail\":{}", "\"detail\":{\"runners\":2}"), "detail.runners");
  }

  private static void assertField(String body, String field) {
    assertThatThrownBy(() -> read(body))
        .as(body)
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  private static DailyTrainingRequest read(String body) {
    JsonNode node = JSON.readTree(body);
    return DailyTrainingRequest.read(node);
  }
}
