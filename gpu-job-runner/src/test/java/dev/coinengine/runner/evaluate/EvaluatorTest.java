package dev.coinengine.runner.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coinengine.core.market.Interval;
import dev.coinengine.runner.SampleBars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);
  private static final List<String> COINS = List.of("BTCUSDT", "ETHUSDT", "SOLUSDT");

  @TempDir static Path dir;
  private static Path data;
  private static EvaluationReport report;
  private static JsonNode json;

  @BeforeAll
  static void evaluateThreeSampleCoins() throws Exception {
    data = Files.createDirectories(dir.resolve("klines"));
    for (String coin : COINS) {
      Files.copy(
          SampleBars.folder().resolve(coin + "-1h.csv.gz"), data.resolve(coin + "-1h.csv.gz"));
    }
    // A file that is not gzip: reported for its coin, never fatal.
    Files.writeString(data.resolve("BADUSDT-1h.csv.gz"), "not a gzip file");
    report = new Evaluator(CLOCK).evaluate(EvaluationRequest.defaults(data).withThreads(2));
    Path out = dir.resolve("out");
    new ReportWriter().write(report, out);
    json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertThat(Files.readString(out.resolve("report.html"))).contains("<svg").contains("</html>");
  }

  @Test
  void theJsonHasTheSummaryBaselinesCoinsEnginesAndLeakage() {
    for (JsonNode perf :
        List.of(
            json.get("summary"),
            json.get("baselines").get("alwaysFlat"),
            json.get("baselines").get("buyAndHold"))) {
      for (String field :
          List.of("sharpe", "psr", "dsr", "netReturn", "maxDrawdown", "trades", "coins", "bars")) {
        assertThat(perf.has(field)).as(field + " in " + perf).isTrue();
      }
    }
    assertThat(json.get("summary").get("coins").asInt()).isEqualTo(3);
    assertThat(json.get("summary").get("bars").asLong()).isPositive();
    assertThat(json.get("summary").get("sharpe").isNumber()).isTrue();
    assertThat(json.get("baselines").get("alwaysFlat").get("netReturn").asDouble()).isZero();
    assertThat(json.get("baselines").get("alwaysFlat").get("trades").asLong()).isZero();
    assertThat(json.get("coins")).hasSize(4);
    for (JsonNode coin : json.get("coins")) {
      if (coin.get("symbol").asText().equals("BADUSDT")) {
        assertThat(coin.get("skipped").asText()).startsWith("cannot read BADUSDT-1h.csv.gz");
      } else {
        assertThat(coin.get("sharpe").isNumber()).as(coin.toString()).isTrue();
        assertThat(coin.get("bars").asLong()).isPositive();
        assertThat(coin.get("buyAndHold").get("trades").asLong()).isEqualTo(2);
      }
    }
    // 2 families x 3 regimes at 1h.
    assertThat(json.get("engines")).hasSize(6);
    for (JsonNode engine : json.get("engines")) {
      assertThat(engine.has("hitRate")).isTrue();
      assertThat(engine.has("oosSamples")).isTrue();
      assertThat(engine.has("sharpe")).isTrue();
    }
    assertThat(json.get("leakage").isArray()).isTrue();
    assertThat(json.get("leakage")).isEmpty();
  }

  @Test
  void theSummaryBarsAreTheCoinsBarsAndBuyAndHoldTradesOncePerCoin() {
    long bars = 0;
    for (CoinEvaluation c : report.coins()) {
      if (c.evaluated()) {
        bars += c.strategy().bars();
      }
    }
    assertThat(report.summary().bars()).isEqualTo(bars);
    // Buy-and-hold trades twice per coin: the entry and the final close.
    assertThat(report.buyAndHold().trades()).isEqualTo(6);
  }

  @Test
  void aFolderWithoutKlineFilesIsAClearError(@TempDir Path empty) throws IOException {
    Files.writeString(empty.resolve("notes.txt"), "nothing here");
    assertThatThrownBy(() -> new Evaluator(CLOCK).evaluate(EvaluationRequest.defaults(empty)))
        .isInstanceOf(EvaluationException.class)
        .hasMessageStartingWith("no kline files");
    assertThatThrownBy(
            () ->
                new Evaluator(CLOCK).evaluate(EvaluationRequest.defaults(empty.resolve("missing"))))
        .isInstanceOf(EvaluationException.class)
        .hasMessageStartingWith("no such folder: ");
  }

  @Test
  void aDateRangeWithoutBarsIsAClearErrorAndAShortOneSkipsTheCoins() throws Exception {
    assertThatThrownBy(
            () ->
                new Evaluator(CLOCK)
                    .evaluate(
                        EvaluationRequest.defaults(data)
                            .withRange(LocalDate.of(2001, 1, 1), LocalDate.of(2001, 12, 31))))
        .isInstanceOf(EvaluationException.class)
        .hasMessageContaining("no bars between 2001-01-01 and 2001-12-31");

    Instant last = Instant.ofEpochMilli(SampleBars.hourly("BTCUSDT").last().openTimeMs());
    LocalDate day = LocalDate.ofInstant(last, ZoneOffset.UTC).minusDays(3);
    EvaluationReport shortRange =
        new Evaluator(CLOCK)
            .evaluate(
                EvaluationRequest.defaults(data)
                    .withCoins(List.of("BTCUSDT", "NOPEUSDT"))
                    .withTimeframes(List.of(Interval.H4))
                    .withRange(day, null));
    assertThat(shortRange.coins()).hasSize(2);
    assertThat(shortRange.coins().get(0).skipped()).matches("too few bars: \\d+ < 600");
    assertThat(shortRange.coins().get(1).skipped())
        .isEqualTo("no kline file for NOPEUSDT in the folder");
    assertThat(shortRange.summary().coins()).isZero();
  }
}
