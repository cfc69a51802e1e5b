package dev.coinengine.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.regime.Regime;
import dev.coinengine.functions.track.RealConfig;
import dev.coinengine.functions.track.TrackRecordService;
import dev.coinengine.functions.track.TrackSettings;
import dev.coinengine.store.track.ObjectTrackRecordStore;
import dev.coinengine.store.track.RecordedChange;
import dev.coinengine.store.track.TrackRecordStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outcomes of a few hundred synthetic decisions over HTTP, then weekly refreshes with the real
 * configuration's gates: an engine that is always wrong is disabled with its reason, one always
 * right stays enabled, a coin flip stays where it was (hysteresis), and the loser is enabled again
 * once its recent record is good.
 */
@SpringBootTest(
    classes = {StubMarketApplication.class, TrackRecordHttpIT.TrackBeans.class},
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrackRecordHttpIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Configuration(proxyBeanMethods = false)
  static class TrackBeans {
    @Bean
    TrackRecordStore trackRecordStore() {
      return ObjectTrackRecordStore.inMemory(Clock.systemUTC());
    }

    @Bean
    TrackSettings trackSettings() {
      return RealConfig.trackSettings();
    }
  }

  @LocalServerPort int port;
  @Autowired TrackRecordService service;
  @Autowired TrackRecordStore store;
  @Autowired TrackSettings settings;

  @Test
  void theAlwaysWrongEngineIsDisabledWithAReasonAndEnabledAgainWhenItRecovers() throws Exception {
    assertThat(settings.gates().minSamples()).isLessThan(300);
    Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(40));
    // Phase 1: 300 decisions, one every 2 hours over 25 days.
    for (int i = 0; i < 300; i++) {
      boolean up = i % 3 != 0;
      String wrong = up ? "SHORT" : "LONG";
      String coin = i % 2 == 0 ? (up ? "LONG" : "SHORT") : wrong;
      HttpResponse<String> response =
          post(
              "/recordOutcome",
              decision(
                  "p1-" + i,
                  start.plus(Duration.ofHours(2L * i)),
                  up ? 18.5 : -18.5,
                  "rule_right",
                  up ? "LONG" : "SHORT",
                  "rule_wrong",
                  wrong,
                  "rule_coin",
                  coin,
                  "ml_idle",
                  "FLAT"));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(JSON.readTree(response.body()).path("recorded").intValue()).isEqualTo(4);
    }
    Instant firstAsOf = start.plus(Duration.ofDays(26));

    JsonNode first = refresh(firstAsOf, 28);

    assertThat(first.path("version").intValue()).isEqualTo(1);
    assertThat(first.path("outcomes").intValue()).isEqualTo(1_200);
    assertThat(first.path("changes").size()).as(first.toString()).isEqualTo(1);
    JsonNode disabled = first.path("changes").get(0);
    assertThat(disabled.path("engineId").stringValue()).isEqualTo("rule_wrong");
    assertThat(disabled.path("regime").stringValue()).isEqualTo("TREND");
    assertThat(disabled.path("enabled").booleanValue()).isFalse();
    assertThat(disabled.path("reason").stringValue())
        .contains("below disable-below-hit-rate " + settings.gates().disableBelowHitRate())
        .contains("over 300 outcomes");
    assertThat(entry(first, "rule_right").path("enabled").booleanValue()).isTrue();
    assertThat(entry(first, "rule_right").path("hitRate").doubleValue())
        .isGreaterThan(settings.gates().enableAboveHitRate());
    assertThat(entry(first, "rule_coin").path("enabled").booleanValue()).isTrue();
    assertThat(entry(first, "rule_coin").path("hitRate").doubleValue())
        .isBetween(settings.gates().disableBelowHitRate(), settings.gates().enableAboveHitRate());
    assertThat(entry(first, "ml_idle").path("outcomes").intValue()).isZero();
    assertThat(service.current().leaderboard().enabled("rule_wrong", Regime.TREND)).isFalse();

    // Phase 2: the loser turns right; the next refresh reads only these 8 days.
    Instant phase2 = firstAsOf.plus(Duration.ofDays(1));
    for (int i = 0; i < 96; i++) {
      boolean up = i % 2 == 0;
      post(
          "/recordOutcome",
          decision(
              "p2-" + i,
              phase2.plus(Duration.ofHours(2L * i)),
              up ? 9 : -9,
              "rule_right",
              up ? "LONG" : "SHORT",
              "rule_wrong",
              up ? "LONG" : "SHORT"));
    }
    JsonNode second = refresh(phase2.plus(Duration.ofDays(8)), 8);

    assertThat(second.path("version").intValue()).isEqualTo(2);
    assertThat(second.path("previousVersion").intValue()).isEqualTo(1);
    assertThat(second.path("outcomes").intValue()).isEqualTo(192);
    assertThat(second.path("changes").size()).isEqualTo(1);
    JsonNode enabled = second.path("changes").get(0);
    assertThat(enabled.path("engineId").stringValue()).isEqualTo("rule_wrong");
    assertThat(enabled.path("enabled").booleanValue()).isTrue();
    assertThat(enabled.path("reason").stringValue())
        .contains("above enable-above-hit-rate " + settings.gates().enableAboveHitRate());
    // Engines without outcomes in the look-back keep their flag.
    assertThat(entry(second, "rule_coin").path("enabled").booleanValue()).isTrue();

    List<RecordedChange> history = store.changes();
    assertThat(history).extracting(RecordedChange::version).containsExactly(1L, 2L);
    assertThat(history).extracting(c -> c.change().enabled()).containsExactly(false, true);
    assertThat(service.current().leaderboard().enabled("rule_wrong", Regime.TREND)).isTrue();

    String metrics =
        HTTP.send(
                HttpRequest.newBuilder(uri("/actuator/prometheus")).GET().build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(metrics)
        .contains("engine_leaderboard_enabled{regime=\"TREND\"} 4.0")
        .contains("engine_track_outcomes_total{direction=\"FLAT\",regime=\"TREND\"} 300.0")
        .contains(
            "engine_track_net_return_bps_count{engine=\"rule_right\",regime=\"TREND\",side=\"gain\"} 396");
  }

  @Test
  void badOutcomesAreA400NamingTheFieldAndTheTokenIsRequired() throws Exception {
    HttpResponse<String> bad =
        post(
            "/recordOutcome",
            decision("x", Instant.now().minusSeconds(60), 1, "rule_a", "SIDEWAYS"));
    HttpResponse<String> noToken =
        HTTP.send(
            HttpRequest.newBuilder(uri("/refreshLeaderboard"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(bad.body()).path("field").stringValue())
        .isEqualTo("votes[0].direction");
    assertThat(noToken.statusCode()).isEqualTo(401);
  }

  private JsonNode refresh(Instant asOf, int days) throws Exception {
    HttpResponse<String> response =
        post("/refreshLeaderboard", "{\"asOf\":\"" + asOf + "\",\"lookbackDays\":" + days + "}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static JsonNode entry(JsonNode refresh, String engineId) {
    for (JsonNode entry : refresh.path("entries")) {
      if (entry.path("engineId").stringValue().equals(engineId)) {
        return entry;
      }
    }
    throw new AssertionError(engineId + " not in " + refresh.path("entries"));
  }

  private static String decision(String id, Instant closedAt, double bps, String... votes) {
    StringBuilder list = new StringBuilder();
    for (int v = 0; v < votes.length; v += 2) {
      list.append(v == 0 ? "" : ",")
          .append("{\"engineId\":\"")
          .append(votes[v])
          .append("\",\"direction\":\"")
          .append(votes[v + 1])
          .append("\"}");
    }
    return String.format(
        Locale.ROOT,
        "{\"decisionId\":\"%s\",\"symbol\":\"BTCUSDT\",\"regime\":\"TREND\",\"closedAt\":\"%s\","
            + "\"netReturnBps\":%s,\"votes\":[%s]}",
        id,
        closedAt,
        bps,
        list);
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + StubMarketApplication.TOKEN)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
