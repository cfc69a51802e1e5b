package dev.coinengine.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.features.FeatureSpec;
import dev.coinengine.core.features.TechnicalFeatureCalculator;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.csv.KlineCsvReader;
import dev.coinengine.store.onnx.OnnxScorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./engine train} and {@code ./engine models} in-process on the bundled sample. */
class TrainCommandIT {
  // The flow under test is train -> register -> champion; on three sample coins the default
  // deflated-Sharpe gate (docs/validation.md) rejects every model, so it is relaxed to 0 here
  // (out-of-sample rows, net return above flat and leakage still gate).
  private static final Map<String, String> LENIENT_GATE =
      Map.of("ENGINE_VALIDATION_GATES_MIN_DEFLATED_SHARPE", "0");

  @TempDir Path home;

  private static final Path SAMPLE = EngineCliIT.ROOT.resolve("infra/local/sample/klines/1h");

  @Test
  void trainsThreeCoinsThenListsVersionsAndAChampionWhoseArtifactScores() throws Exception {
    Path data = Files.createDirectories(home.resolve("data"));
    for (String symbol : new String[] {"BTCUSDT", "ETHUSDT", "SOLUSDT"}) {
      Files.copy(SAMPLE.resolve(symbol + "-1h.csv.gz"), data.resolve(symbol + "-1h.csv.gz"));
    }
    EngineCliIT.Run imported =
        EngineCliIT.run(
            Map.of(), "lake", "import", "--data", data.toString(), "--home", home.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();

    EngineCliIT.Run train =
        EngineCliIT.run(
            LENIENT_GATE,
            "train",
            "--coins",
            "3",
            "--timeframes",
            "1h",
            "--families",
            "linear-sgd",
            "--runners",
            "2",
            "--home",
            home.toString());

    assertThat(train.exit()).as(train.err() + train.out()).isZero();
    assertThat(train.out())
        .contains("training: 3 coins x 1h x 3 regimes x [linear-sgd] = 9 jobs")
        .containsPattern(
            "training done: 3 coins, 9 jobs: \\d+ candidate, \\d+ rejected, \\d+ failed, 0 not registered")
        .containsPattern("BTCUSDT +3 ");

    EngineCliIT.Run list = EngineCliIT.run(Map.of(), "models", "list", "--home", home.toString());
    assertThat(list.exit()).as(list.err()).isZero();
    assertThat(list.out()).contains("9 versions").contains("BTCUSDT-TREND-1h-linear_sgd-v1");

    EngineCliIT.Run champions =
        EngineCliIT.run(Map.of(), "models", "champions", "--home", home.toString());
    assertThat(champions.exit()).as(champions.err()).isZero();
    Matcher champion =
        Pattern.compile("([A-Z]+USDT)-([A-Z]+)-1h-linear_sgd-v1 +CANDIDATE")
            .matcher(champions.out());
    assertThat(champion.find()).as(champions.out()).isTrue();

    // A second run on the same lake snapshot is harmless: the same job ids, no new versions.
    EngineCliIT.Run again =
        EngineCliIT.run(
            LENIENT_GATE,
            "train",
            "--coins",
            "3",
            "--timeframes",
            "1h",
            "--families",
            "linear-sgd",
            "--runners",
            "1",
            "--home",
            home.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("0 trained here, 9 found registered");
    assertThat(EngineCliIT.run(Map.of(), "models", "list", "--home", home.toString()).out())
        .contains("9 versions");

    String id = champion.group(0).split(" ")[0];
    EngineCliIT.Run show =
        EngineCliIT.run(Map.of(), "models", "show", id, "--home", home.toString());
    assertThat(show.exit()).as(show.err()).isZero();
    assertThat(show.out()).contains("\"semanticId\" : \"" + id + "\"").contains("\"sha256\"");
    Matcher uri = Pattern.compile("\"uri\" : \"s3://engine-local/([^\"]+)\"").matcher(show.out());
    assertThat(uri.find()).isTrue();
    byte[] onnx = Files.readAllBytes(objectFile(uri.group(1)));
    BarSeries coin =
        new KlineCsvReader().read(SAMPLE.resolve(champion.group(1) + "-1h.csv.gz")).series();
    BarSeries btc = new KlineCsvReader().read(SAMPLE.resolve("BTCUSDT-1h.csv.gz")).series();
    BarSeries eth = new KlineCsvReader().read(SAMPLE.resolve("ETHUSDT-1h.csv.gz")).series();
    float[] latest =
        new TechnicalFeatureCalculator(FeatureSpec.v1())
            .compute(coin, btc, eth)
            .rowAsFloats(coin.size() - 1);
    try (OnnxScorer scorer = OnnxScorer.load(onnx)) {
      double[] p = scorer.probabilities(latest);
      assertThat(p).hasSize(scorer.labels().size());
      assertThat(java.util.Arrays.stream(p).sum())
          .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }
  }

  /** The embedded S3 server keeps objects as files under {@code <home>/s3/<bucket>/}. */
  private Path objectFile(String key) throws Exception {
    try (var files = Files.walk(home.resolve("s3"))) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.toString().replace('\\', '/').contains(key.replace("/model.onnx", "")))
          .filter(f -> f.getFileName().toString().startsWith("model.onnx"))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no stored object for " + key));
    }
  }
}
