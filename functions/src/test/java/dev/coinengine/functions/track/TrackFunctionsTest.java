package dev.coinengine.functions.track;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.consensus.TrackRecord;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.functions.support.BearerAuth;
import dev.coinengine.functions.support.FunctionMetrics;
import dev.coinengine.functions.support.JsonFunction;
import dev.coinengine.store.track.ObjectTrackRecordStore;
import dev.coinengine.store.track.TrackRecordStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Both functions in process, over an in-memory store, with the real configuration's gates. */
class TrackFunctionsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");

  private final MutableClock clock = new MutableClock(START.plus(Duration.ofDays(20)));
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final TrackRecordStore store = ObjectTrackRecordStore.inMemory(clock);
  private final TrackSettings settings = RealConfig.trackSettings();
  private final TrackRecordService service =
      new TrackRecordService(store, settings, clock, new TrackMetrics(registry));

  record Reply(int status, JsonNode body) {}

  static Reply call(JsonFunction<?, ?> function, String body) {
    Message<String> reply =
        function.apply(MessageBuilder.withPayload(body.getBytes(StandardCharsets.UTF_8)).build());
    return new Reply(
        (Integer) reply.getHeaders().get(JsonFunction.STATUS_HEADER),
        JSON.readTree(reply.getPayload()));
  }

  JsonFunction<?, ?> recordOutcome(TrackRecordService track) {
    return new JsonFunction<>(
        "recordOutcome",
        RecordOutcomeRequest::read,
        new RecordOutcome(track, clock),
        new BearerAuth(Optional.empty()),
        new FunctionMetrics(registry));
  }

  JsonFunction<?, ?> refreshLeaderboard(TrackRecordService track) {
    return new JsonFunction<>(
        "refreshLeaderboard",
        RefreshLeaderboardRequest::read,
        new RefreshLeaderboard(track, clock),
        new BearerAuth(Optional.empty()),
        new FunctionMetrics(registry));
  }

  static String decision(int i, Instant closedAt, double bps, String... engineDirections) {
    StringBuilder votes = new StringBuilder();
    for (int v = 0; v < engineDirections.length; v += 2) {
      votes
          .append(v == 0 ? "" : ",")
          .append("{\"engineId\":\"")
          .append(engineDirections[v])
          .append("\",\"direction\":\"")
          .append(engineDirections[v + 1])
          .append("\"}");
    }
    return String.format(
        java.util.Locale.ROOT,
        "{\"decisionId\":\"d-%d\",\"symbol\":\"ETHUSDT\",\"regime\":\"RANGE\","
            + "\"closedAt\":\"%s\",\"netReturnBps\":%s,\"votes\":[%s]}",
        i,
        closedAt,
        bps,
        votes);
  }

  @Test
  void recordedOutcomesAreCountedStoredAndMetered() {
    Reply reply =
        call(
            recordOutcome(service),
            decision(1, START, 30, "rule_a", "LONG", "rule_b", "SHORT", "rule_c", "FLAT"));

    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
    assertThat(reply.body().path("recorded").intValue()).isEqualTo(3);
    assertThat(reply.body().path("directional").intValue()).isEqualTo(2);
    assertThat(reply.body().path("flat").intValue()).isEqualTo(1);
    assertThat(reply.body().path("hits").intValue()).isEqualTo(1);
    assertThat(store.outcomes(START, START)).hasSize(3);
    assertThat(registry.get(TrackMetrics.OUTCOMES).tag("direction", "FLAT").counter().count())
        .isEqualTo(1);
    assertThat(
            registry
                .get(TrackMetrics.NET_RETURN)
                .tags("engine", "rule_b", "regime", "RANGE", "side", "loss")
                .summary()
                .totalAmount())
        .isEqualTo(30.0);
  }

  @Test
  void timesBeforeBinanceExistedAreRefusedNamingTheField() {
    Reply outcome =
        call(
            recordOutcome(service),
            decision(1, Instant.parse("2016-12-31T23:00:00Z"), 1, "a", "LONG"));
    Reply refresh = call(refreshLeaderboard(service), "{\"asOf\":\"-999999999-01-01T00:00:00Z\"}");

    assertThat(outcome.status()).isEqualTo(400);
    assertThat(outcome.body().path("field").stringValue()).isEqualTo("closedAt");
    assertThat(refresh.status()).as(refresh.body().toString()).isEqualTo(400);
    assertThat(refresh.body().path("field").stringValue()).isEqualTo("asOf");
  }

  @Test
  void futureTimesAreRefusedNamingTheField() {
    Reply outcome =
        call(
            recordOutcome(service),
            decision(1, clock.instant().plusSeconds(3_600), 1, "a", "LONG"));
    Reply refresh =
        call(refreshLeaderboard(service), "{\"asOf\":\"" + clock.instant().plusSeconds(1) + "\"}");

    assertThat(outcome.status()).isEqualTo(400);
    assertThat(outcome.body().path("field").stringValue()).isEqualTo("closedAt");
    assertThat(refresh.status()).isEqualTo(400);
    assertThat(refresh.body().path("field").stringValue()).isEqualTo("asOf");
  }

  @Test
  void refreshDisablesTheLoserWithAReasonAndServesTheNewTrackRecord() {
    TrackRecord before = service.current();
    assertThat(before.leaderboard().entries()).isEmpty();
    for (int i = 0; i < 60; i++) {
      double bps = i % 2 == 0 ? 25 : -25;
      String winner = bps > 0 ? "LONG" : "SHORT";
      String loser = bps > 0 ? "SHORT" : "LONG";
      call(
          recordOutcome(service),
          decision(i, START.plus(Duration.ofHours(6L * i)), bps, "win", winner, "lose", loser));
    }

    Reply reply = call(refreshLeaderboard(service), "{\"lookbackDays\":28}");

    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
    assertThat(reply.body().path("version").intValue()).isEqualTo(1);
    assertThat(reply.body().path("previousVersion").isNull()).isTrue();
    assertThat(reply.body().path("outcomes").intValue()).isEqualTo(120);
    JsonNode changes = reply.body().path("changes");
    assertThat(changes.size()).isEqualTo(1);
    assertThat(changes.get(0).path("engineId").stringValue()).isEqualTo("lose");
    assertThat(changes.get(0).path("enabled").booleanValue()).isFalse();
    assertThat(changes.get(0).path("reason").stringValue())
        .contains("below disable-below-hit-rate 0.47")
        .contains("over 60 outcomes");
    TrackRecord after = service.current();
    assertThat(after.leaderboard().enabled("lose", Regime.RANGE)).isFalse();
    assertThat(after.leaderboard().enabled("win", Regime.RANGE)).isTrue();
    // The two engines always disagree: perfectly anti-correlated, shrunk by the prior.
    assertThat(after.correlations().correlation(Regime.RANGE, "win", "lose"))
        .isCloseTo(-60.0 / (60 + settings.consensus().priorStrength()), within(1e-12));
    assertThat(registry.get(TrackMetrics.DISABLED).tag("regime", "RANGE").gauge().value())
        .isEqualTo(1);
    assertThat(registry.get(TrackMetrics.CHANGES).tag("enabled", "false").counter().count())
        .isEqualTo(1);
    assertThat(store.changes()).hasSize(1);
  }

  @Test
  void anotherInstanceSeesARefreshOnceItsCopyIsOlderThanReloadAfter() {
    TrackRecordService other =
        new TrackRecordService(store, settings, clock, new TrackMetrics(new SimpleMeterRegistry()));
    assertThat(other.current().leaderboard().entries()).isEmpty();
    call(recordOutcome(service), decision(1, START, 10, "rule_a", "LONG"));
    service.refresh(clock.instant(), Duration.ofDays(28));

    assertThat(other.current().leaderboard().entries()).isEmpty();
    clock.advance(settings.reloadAfter());
    assertThat(other.current().leaderboard().entries()).hasSize(1);
    assertThat(other.trackRecords().get()).isEqualTo(other.current());
  }

  @Test
  void withoutAStoreBothFunctionsAreNotAvailableAndTheTrackRecordIsEmpty() {
    TrackRecordService none = TrackRecordService.notConfigured();

    Reply outcome = call(recordOutcome(none), decision(1, START, 10, "rule_a", "LONG"));
    Reply refresh = call(refreshLeaderboard(none), "");

    for (Reply reply : new Reply[] {outcome, refresh}) {
      assertThat(reply.status()).isEqualTo(422);
      assertThat(reply.body().path("error").stringValue()).isEqualTo("not_available");
      assertThat(reply.body().path("reason").stringValue()).contains("not configured");
    }
    assertThat(none.configured()).isFalse();
    assertThat(none.trackRecords().get()).isEqualTo(TrackRecord.empty());
  }

  private static org.assertj.core.data.Offset<Double> within(double offset) {
    return org.assertj.core.data.Offset.offset(offset);
  }

  /** A clock tests move by hand. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
