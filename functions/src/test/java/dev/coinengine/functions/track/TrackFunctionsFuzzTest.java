package dev.coinengine.functions.track;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.functions.support.BearerAuth;
import dev.coinengine.functions.support.FunctionMetrics;
import dev.coinengine.functions.support.FuzzBodies;
import dev.coinengine.functions.support.JsonFunction;
import dev.coinengine.store.track.ObjectTrackRecordStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** 10,000 random and malformed bodies per function, in process: never a 5xx. */
class TrackFunctionsFuzzTest {
  private static final int BODIES = 10_000;
  private static final long SEED = 20_261_125L;
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);
  private static final String RECORD = RecordOutcomeRequestTest.VALID;
  private static final String REFRESH = "{\"asOf\":\"2026-11-24T00:00:00Z\",\"lookbackDays\":28}";

  private final TrackRecordService service =
      new TrackRecordService(
          ObjectTrackRecordStore.inMemory(CLOCK),
          RealConfig.trackSettings(),
          CLOCK,
          new TrackMetrics(new SimpleMeterRegistry()));

  @Test
  void recordOutcomeNeverAnswersAServerError() {
    Map<Integer, Integer> statuses =
        fuzz(
            new JsonFunction<>(
                "recordOutcome",
                RecordOutcomeRequest::read,
                new RecordOutcome(service, CLOCK),
                new BearerAuth(Optional.empty()),
                new FunctionMetrics(new SimpleMeterRegistry())),
            RECORD,
            List.of("decisionId", "symbol", "regime", "closedAt", "netReturnBps", "votes", "x"));

    assertThat(statuses.keySet()).allSatisfy(s -> assertThat(s).isLessThan(500));
    assertThat(statuses).containsKeys(200, 400);
  }

  @Test
  void refreshLeaderboardNeverAnswersAServerError() {
    Map<Integer, Integer> statuses =
        fuzz(
            new JsonFunction<>(
                "refreshLeaderboard",
                RefreshLeaderboardRequest::read,
                new RefreshLeaderboard(service, CLOCK),
                new BearerAuth(Optional.empty()),
                new FunctionMetrics(new SimpleMeterRegistry())),
            REFRESH,
            List.of("asOf", "lookbackDays", "x"));

    assertThat(statuses.keySet()).allSatisfy(s -> assertThat(s).isLessThan(500));
    assertThat(statuses).containsKeys(200, 400);
  }

  private static Map<Integer, Integer> fuzz(
      JsonFunction<?, ?> function, String valid, List<String> fields) {
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < BODIES; i++) {
      Random random = new Random(SEED + i);
      byte[] body =
          switch (i % 4) {
            case 0 -> FuzzBodies.randomBytes(random, 200);
            case 1 ->
                valid
                    .substring(0, random.nextInt(valid.length() + 1))
                    .getBytes(StandardCharsets.UTF_8);
            case 2 -> wrongTypes(random, fields);
            default -> FuzzBodies.mutated(valid, random);
          };
      Message<String> reply = function.apply(MessageBuilder.withPayload(body).build());
      int status = (Integer) reply.getHeaders().get(JsonFunction.STATUS_HEADER);
      statuses.merge(status, 1, Integer::sum);
      if (status >= 500 && failures.size() < 5) {
        failures.add(reply.getPayload() + " for " + new String(body, StandardCharsets.UTF_8));
      }
    }
    System.out.printf("%s: %d bodies, statuses %s%n", function.name(), BODIES, statuses);
    assertThat(failures).isEmpty();
    return statuses;
  }

  private static byte[] wrongTypes(Random random, List<String> fields) {
    String[] values = {
      "true",
      "null",
      "\"\"",
      "[]",
      "{}",
      "[{}]",
      "-0",
      "1e999",
      "\"9999-01-01T00:00:00Z\"",
      "\"LONG\"",
      "[{\"engineId\":\"a\",\"direction\":\"LONG\"},{\"engineId\":\"a\"}]",
      "[{\"engineId\":\"A\",\"direction\":\"long\"}]",
      "2147483648",
      "\"" + "x".repeat(500) + "\""
    };
    StringBuilder body = new StringBuilder("{");
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      body.append(i > 0 ? "," : "")
          .append('"')
          .append(fields.get(random.nextInt(fields.size())))
          .append("\":")
          .append(values[random.nextInt(values.length)]);
    }
    return body.append('}').toString().getBytes(StandardCharsets.UTF_8);
  }
}
