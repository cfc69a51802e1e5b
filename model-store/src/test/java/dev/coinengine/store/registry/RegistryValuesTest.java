package dev.coinengine.store.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.market.Interval;
import dev.coinengine.core.regime.Regime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RegistryValuesTest {
  private static final ModelKey KEY = new ModelKey("BTCUSDT", Regime.TREND, Interval.H1, "lsgd");

  @Test
  void keyBuildsSemanticIdAndPath() {
    assertThat(KEY.semanticId(12)).isEqualTo("BTCUSDT-TREND-1h-lsgd-v12");
    assertThat(KEY.path()).isEqualTo("BTCUSDT/TREND/1h/lsgd");
    assertThat(ArtifactLayout.model(KEY, 3))
        .isEqualTo("models/BTCUSDT/TREND/1h/lsgd/v3/model.onnx");
  }

  @Test
  void keyRejectsPartsThatWouldBreakTheIdOrThePath() {
    assertThatThrownBy(() -> new ModelKey("btc", "TREND", Interval.H1, "lsgd"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("symbol");
    assertThatThrownBy(() -> new ModelKey("BTCUSDT", "TREND", Interval.H1, "linear-sgd"))
        .hasMessageContaining("family");
    assertThatThrownBy(() -> new ModelKey("BTCUSDT", "TR/END", Interval.H1, "lsgd"))
        .hasMessageContaining("regime");
    assertThatThrownBy(() -> KEY.semanticId(0)).hasMessageContaining("version");
  }

  @Test
  void registrationRequiresReasonsForRejectedAndFiniteMetrics() {
    Registration r = Registration.of(KEY, "job", new byte[] {1}, "spec");
    assertThatThrownBy(() -> r.withStatus(VersionStatus.REJECTED, List.of()))
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> r.withMetrics(Map.of("auc", Double.NaN)))
        .hasMessageContaining("finite");
    assertThatThrownBy(() -> Registration.of(KEY, " ", new byte[] {1}, "spec"))
        .hasMessageContaining("jobId");
  }

  @Test
  void registrationKeepsItsOwnCopyOfTheArtifact() {
    byte[] bytes = {1, 2, 3};
    Registration r = Registration.of(KEY, "job", bytes, "spec");
    bytes[0] = 9;
    r.artifact()[1] = 9;
    assertThat(r.artifact()).containsExactly(1, 2, 3);
  }

  @Test
  void modelCardRoundTripsEveryField() {
    ModelVersion v =
        new ModelVersion(
            KEY,
            4,
            KEY.semanticId(4),
            "job-4",
            "s3://bucket/models/BTCUSDT/TREND/1h/lsgd/v4/model.onnx",
            ArtifactLayout.sha256("x".getBytes(StandardCharsets.UTF_8)),
            1,
            "spec-v1",
            OptionalLong.of(123),
            Map.of("trainer", "tribuo", "seed", "7"),
            Map.of("auc", 0.58, "sharpe", -0.25),
            VersionStatus.REJECTED,
            List.of("PSR 0.7 < 0.95"),
            Instant.parse("2026-11-25T10:15:30.123456Z"));

    String json = new String(ModelCard.toJson(v), StandardCharsets.UTF_8);

    assertThat(ModelCard.fromJson(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(v);
    assertThat(json).contains("\"semanticId\" : \"BTCUSDT-TREND-1h-lsgd-v4\"");
    assertThatThrownBy(() -> ModelCard.fromJson("{}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void versionRejectsASemanticIdThatDoesNotMatchItsKey() {
    assertThatThrownBy(
            () ->
                new ModelVersion(
                    KEY,
                    2,
                    KEY.semanticId(3),
                    "j",
                    "u",
                    "0".repeat(64),
                    0,
                    "s",
                    OptionalLong.empty(),
                    Map.of(),
                    Map.of(),
                    VersionStatus.CANDIDATE,
                    List.of(),
                    Instant.EPOCH))
        .hasMessageContaining("semanticId");
  }

  @Test
  void comparisonOfAVersionWithItselfShowsNoChange() {
    ModelVersion v =
        ModelCard.fromJson(
            ModelCard.toJson(
                new ModelVersion(
                    KEY,
                    1,
                    KEY.semanticId(1),
                    "j",
                    "u",
                    "0".repeat(64),
                    0,
                    "s",
                    OptionalLong.empty(),
                    Map.of("seed", "1"),
                    Map.of("auc", 0.5),
                    VersionStatus.CANDIDATE,
                    List.of(),
                    Instant.EPOCH)));
    VersionComparison c = VersionComparison.of(v, v);
    assertThat(c.metricDeltas()).containsEntry("auc", 0.0);
    assertThat(c.provenanceDifferences()).isEmpty();
    assertThat(c.sameFeatureSpec()).isTrue();
  }
}
