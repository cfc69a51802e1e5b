package dev.coinengine.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandIT {
  private static final Path SAMPLE = EngineCliIT.ROOT.resolve("infra/local/sample/klines/1h");

  @TempDir Path dir;

  @Test
  void evaluatesBundledSampleCoinsIntoAJsonAndHtmlReport() throws IOException {
    Path out = dir.resolve("eval");

    EngineCliIT.Run run =
        EngineCliIT.run(
            Map.of(),
            "evaluate",
            "--data",
            SAMPLE.toString(),
            "--coins",
            "BTCUSDT,ETHUSDT,XRPUSDT,NOPEUSDT",
            "--timeframes",
            "1h,4h",
            "--out",
            out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("always flat").contains("buy and hold").contains("report: ");
    JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    for (String section : List.of("summary", "baselines", "coins", "engines", "leakage")) {
      assertThat(json.has(section)).as(section).isTrue();
    }
    for (JsonNode perf :
        List.of(
            json.get("summary"),
            json.get("baselines").get("alwaysFlat"),
            json.get("baselines").get("buyAndHold"))) {
      for (String field :
          List.of("sharpe", "psr", "dsr", "netReturn", "maxDrawdown", "trades", "coins", "bars")) {
        assertThat(perf.has(field)).as(field).isTrue();
      }
    }
    // 4 symbols x 2 timeframes; the unknown one is skipped at both.
    assertThat(json.get("coins")).hasSize(8);
    int skipped = 0;
    for (JsonNode coin : json.get("coins")) {
      if (coin.has("skipped")) {
        skipped++;
        assertThat(coin.get("symbol").asText()).isEqualTo("NOPEUSDT");
      } else {
        assertThat(coin.get("bars").asLong()).isPositive();
      }
    }
    assertThat(skipped).isEqualTo(2);
    assertThat(json.get("summary").get("coins").asInt()).isEqualTo(6);
    // One engine (linear-sgd) x 3 regimes x 2 timeframes.
    assertThat(json.get("engines")).hasSize(6);
    assertThat(json.get("engines").get(0).has("hitRate")).isTrue();
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("<svg").contains("XRPUSDT").contains("skipped: no kline file");
  }

  @Test
  void aFolderWithoutKlineFilesIsOneLineAndExitCode2() throws IOException {
    Files.writeString(dir.resolve("readme.txt"), "no klines");

    EngineCliIT.Run run =
        EngineCliIT.run(
            Map.of(), "evaluate", "--data", dir.toString(), "--out", dir.resolve("o").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("engine: no kline files").doesNotContain("\n");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void anEmptyDateRangeIsOneLineAndExitCode2() {
    EngineCliIT.Run run =
        EngineCliIT.run(
            Map.of(),
            "evaluate",
            "--data",
            SAMPLE.toString(),
            "--coins",
            "BTCUSDT",
            "--from",
            "2001-01-01",
            "--to",
            "2001-02-01",
            "--out",
            dir.resolve("o").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "engine: no bars between 2001-01-01 and 2001-02-01 for BTCUSDT in "
                + SAMPLE.toAbsolutePath());
  }
}
