package dev.coinengine.store.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class OnnxScorerTest {
  private static final float[][] W = {{1.5f, -0.5f, 0.25f}, {-2f, 0.75f, 1f}};
  private static final float[] B = {0.1f, 0f, -0.2f};
  private static final byte[] MODEL =
      SoftmaxModels.linearSoftmax(
          W, B, Map.of(ModelMetadataKeys.LABEL_ORDER, "LONG,FLAT,SHORT", "origin", "test"));

  @Test
  void scoresABatchInTheModelsLabelOrder() {
    float[][] rows = {{0.3f, -1.2f}, {2f, 0.5f}, {-0.7f, 0.1f}};
    try (OnnxScorer scorer = OnnxScorer.load(MODEL)) {
      assertThat(scorer.labels()).containsExactly("LONG", "FLAT", "SHORT");
      assertThat(scorer.featureCount()).isEqualTo(2);
      float[][] scores = scorer.scoreBatch(rows);
      assertThat(scores).hasNumberOfRows(3);
      for (int r = 0; r < rows.length; r++) {
        double[] expected = SoftmaxModels.expected(W, B, rows[r]);
        for (int k = 0; k < 3; k++) {
          assertThat((double) scores[r][k]).isCloseTo(expected[k], within(1e-6));
        }
        assertThat(scorer.probabilities(rows[r])).containsExactly(toDoubles(scores[r]));
      }
    }
  }

  @Test
  void exposesTheCustomMetadata() {
    try (OnnxScorer scorer = OnnxScorer.load(MODEL)) {
      assertThat(scorer.metadata())
          .containsEntry("origin", "test")
          .containsEntry(ModelMetadataKeys.LABEL_ORDER, "LONG,FLAT,SHORT")
          .hasSize(2);
    }
  }

  @Test
  void namesLabelsByIndexWithoutLabelMetadata() {
    byte[] bare = SoftmaxModels.linearSoftmax(W, B, Map.of());
    try (OnnxScorer scorer = OnnxScorer.load(bare)) {
      assertThat(scorer.labels()).containsExactly("0", "1", "2");
    }
  }

  @Test
  void rejectsRowsOfTheWrongWidth() {
    try (OnnxScorer scorer = OnnxScorer.load(MODEL)) {
      assertThatThrownBy(() -> scorer.scoreBatch(new float[][] {{1f, 2f}, {1f}}))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("row 1 has 1 features, the model takes 2");
    }
  }

  @Test
  void rejectsBytesThatAreNotAModel() {
    assertThatThrownBy(() -> OnnxScorer.load(new byte[] {1, 2, 3, 4}))
        .isInstanceOf(OnnxModelException.class)
        .hasMessageStartingWith("cannot load the ONNX model");
  }

  @Test
  void autoFallsBackToTheCpuWhenCudaCannotBeUsed() {
    assumeNoUsableCuda();
    try (OnnxScorer scorer = OnnxScorer.load(MODEL, Device.auto(), 1)) {
      assertThat(scorer.provider()).isEqualTo("CPU");
      assertThat(scorer.probabilities(new float[] {0.3f, -1.2f})[0])
          .isCloseTo(SoftmaxModels.expected(W, B, new float[] {0.3f, -1.2f})[0], within(1e-6));
    }
  }

  @Test
  void anExplicitCudaDeviceFailsClearlyWhenCudaCannotBeUsed() {
    assumeNoUsableCuda();
    assertThatThrownBy(() -> OnnxScorer.load(MODEL, Device.parse("cuda:0"), 1))
        .isInstanceOf(DeviceUnavailableException.class)
        .hasMessageContaining("device cuda:0 requested but the CUDA execution provider cannot be")
        .hasMessageContaining("CUDA")
        .hasCauseInstanceOf(ai.onnxruntime.OrtException.class);
  }

  @Test
  void cpuNeverTriesCuda() {
    try (OnnxScorer scorer = OnnxScorer.load(MODEL, Device.cpu(), 2)) {
      assertThat(scorer.provider()).isEqualTo(OnnxScorer.CPU);
    }
  }

  /** The CPU artifact is the default build; the CUDA one would list CUDA as available. */
  private static void assumeNoUsableCuda() {
    Assumptions.assumeFalse(
        OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA),
        "this ONNX Runtime build has the CUDA provider; the fallback is tested with the CPU build");
  }

  private static double[] toDoubles(float[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i];
    }
    return out;
  }
}
