package dev.coinengine.runner.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnx.proto.OnnxMl;
import dev.coinengine.store.onnx.OnnxScorer;
import org.junit.jupiter.api.Test;

class ParityCheckTest {
  private static final TrainedModel MODEL =
      new TribuoModelTrainer()
          .train(BtcTrainingData.RECENT, TrainerSpec.defaults(Family.LINEAR_SGD, 9));
  private static final float[][] ROWS = BtcTrainingData.floatRows(11);

  @Test
  void anUntouchedExportPasses() {
    try (OnnxScorer scorer = OnnxScorer.load(MODEL.toOnnx(BtcTrainingData.provenance()))) {
      ParityReport report = new ParityCheck().verify(MODEL, scorer, ROWS);
      assertThat(report.passed()).isTrue();
      assertThat(report.maxAbsDifference()).isLessThanOrEqualTo(ParityCheck.DEFAULT_TOLERANCE);
      assertThat(report.provider()).isEqualTo("CPU");
    }
  }

  @Test
  void aTamperedExportFailsWithTheObservedDifference() throws Exception {
    byte[] tampered = tamperScale(MODEL.toOnnx(BtcTrainingData.provenance()), 1.001f);
    try (OnnxScorer scorer = OnnxScorer.load(tampered)) {
      ParityReport report = new ParityCheck().compare(MODEL, scorer, ROWS);
      assertThat(report.passed()).isFalse();
      assertThat(report.maxAbsDifference()).isGreaterThan(ParityCheck.DEFAULT_TOLERANCE);
      String figure = String.format(java.util.Locale.ROOT, "%.3e", report.maxAbsDifference());
      assertThatThrownBy(() -> new ParityCheck().verify(MODEL, scorer, ROWS))
          .isInstanceOf(PermanentTrainingException.class)
          .hasMessageStartingWith("ONNX parity failed: max |p_tribuo - p_onnx| = " + figure)
          .hasMessageContaining("> 1.0e-05 over " + ROWS.length + " rows");
    }
  }

  @Test
  void aLooserToleranceAcceptsTheSameTamperedExport() throws Exception {
    byte[] tampered = tamperScale(MODEL.toOnnx(BtcTrainingData.provenance()), 1.001f);
    try (OnnxScorer scorer = OnnxScorer.load(tampered)) {
      ParityReport strict = new ParityCheck().compare(MODEL, scorer, ROWS);
      ParityReport loose = new ParityCheck(strict.maxAbsDifference()).compare(MODEL, scorer, ROWS);
      assertThat(loose.passed()).isTrue();
    }
  }

  @Test
  void aLabelOrderThatDiffersFromTheModelsIsRejected() throws Exception {
    OnnxMl.ModelProto proto =
        OnnxMl.ModelProto.parseFrom(MODEL.toOnnx(BtcTrainingData.provenance()));
    java.util.List<String> reversed = new java.util.ArrayList<>(MODEL.labels());
    java.util.Collections.reverse(reversed);
    byte[] relabelled =
        OnnxGraphs.withMetadata(
                proto,
                java.util.Set.of(),
                java.util.Map.of(
                    dev.coinengine.store.onnx.ModelMetadataKeys.LABEL_ORDER,
                    String.join(",", reversed)))
            .toByteArray();
    try (OnnxScorer scorer = OnnxScorer.load(relabelled)) {
      assertThatThrownBy(() -> new ParityCheck().compare(MODEL, scorer, ROWS))
          .isInstanceOf(PermanentTrainingException.class)
          .hasMessageContaining("ONNX label order " + reversed);
    }
  }

  /** Multiplies the in-graph standardisation scale of the first column by {@code factor}. */
  private static byte[] tamperScale(byte[] onnx, float factor) throws Exception {
    OnnxMl.ModelProto model = OnnxMl.ModelProto.parseFrom(onnx);
    OnnxMl.GraphProto.Builder graph = model.getGraph().toBuilder();
    boolean found = false;
    for (int i = 0; i < graph.getInitializerCount(); i++) {
      if (graph.getInitializer(i).getName().equals(OnnxGraphs.SCALE)) {
        OnnxMl.TensorProto.Builder scale = graph.getInitializerBuilder(i);
        scale.setFloatData(0, scale.getFloatData(0) * factor);
        found = true;
      }
    }
    assertThat(found).isTrue();
    return model.toBuilder().setGraph(graph).build().toByteArray();
  }
}
