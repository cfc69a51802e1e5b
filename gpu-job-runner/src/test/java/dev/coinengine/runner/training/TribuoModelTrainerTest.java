package dev.coinengine.runner.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnx.proto.OnnxMl;
import dev.coinengine.core.features.FeatureSpec;
import dev.coinengine.core.labels.Label;
import dev.coinengine.store.onnx.ModelMetadataKeys;
import dev.coinengine.store.onnx.OnnxScorer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tribuo.ONNXExportable;

class TribuoModelTrainerTest {
  private final TribuoModelTrainer trainer = new TribuoModelTrainer();

  @ParameterizedTest
  @EnumSource(Family.class)
  void everyFamilyTrainsOnRealBarsAndItsExportScoresLikeTribuoInOnnxRuntime(Family family)
      throws Exception {
    TrainedModel model = trainer.train(BtcTrainingData.RECENT, TrainerSpec.defaults(family, 7));
    assertThat(model.labels()).containsExactlyInAnyOrder("LONG", "FLAT", "SHORT");
    byte[] onnx = model.toOnnx(BtcTrainingData.provenance());

    try (OnnxScorer scorer = OnnxScorer.load(onnx)) {
      assertThat(scorer.featureCount()).isEqualTo(FeatureSpec.v1().columns());
      assertThat(scorer.labels()).isEqualTo(model.labels());
      ParityReport report = new ParityCheck().verify(model, scorer, BtcTrainingData.floatRows(7));
      assertThat(report.rows()).isGreaterThan(500);
      assertThat(report.maxAbsDifference()).isLessThanOrEqualTo(1e-5);
      assertThat(report.argmaxDisagreements()).isZero();
    }
    // The export is a single ONNX graph whose input takes the spec's raw columns.
    OnnxMl.ModelProto proto = OnnxMl.ModelProto.parseFrom(onnx);
    assertThat(proto.getGraph().getInputCount()).isEqualTo(1);
    assertThat(proto.getDomain()).isEqualTo(TribuoTrainedModel.ONNX_DOMAIN);
  }

  @Test
  void modelColumnsAreMappedExplicitlyFromTribuosSortedFeatureIds() {
    TribuoTrainedModel model =
        (TribuoTrainedModel)
            trainer.train(BtcTrainingData.RECENT, TrainerSpec.defaults(Family.LINEAR_SGD, 7));
    List<String> specOrder = FeatureSpec.v1().names();
    List<String> sorted = new ArrayList<>(specOrder);
    sorted.sort(null);
    assertThat(sorted).as("the mapping must matter for this test").isNotEqualTo(specOrder);

    long[] order = model.columnOrder();
    for (int k = 0; k < order.length; k++) {
      String tribuoName = model.tribuoModel().getFeatureIDMap().get(k).getName();
      assertThat(specOrder.get((int) order[k])).isEqualTo(tribuoName);
      assertThat(tribuoName).isEqualTo(sorted.get(k));
    }
  }

  @Test
  void columnsFedInTribuosOrderInsteadOfTheSpecsOrderBreakParity() {
    TribuoTrainedModel model =
        (TribuoTrainedModel)
            trainer.train(BtcTrainingData.RECENT, TrainerSpec.defaults(Family.LINEAR_SGD, 7));
    long[] order = model.columnOrder();
    float[][] specRows = BtcTrainingData.floatRows(50);
    float[][] tribuoRows = new float[specRows.length][];
    for (int r = 0; r < specRows.length; r++) {
      tribuoRows[r] = new float[order.length];
      for (int k = 0; k < order.length; k++) {
        tribuoRows[r][k] = specRows[r][(int) order[k]];
      }
    }
    try (OnnxScorer scorer = OnnxScorer.load(model.toOnnx(BtcTrainingData.provenance()))) {
      ParityCheck check = new ParityCheck();
      assertThat(check.compare(model, scorer, specRows).passed()).isTrue();
      // Scoring the reordered rows in ONNX against Tribuo on the spec rows must disagree.
      float[][] onnxOnWrongOrder = scorer.scoreBatch(tribuoRows);
      float[][] onnxOnSpecOrder = scorer.scoreBatch(specRows);
      double max = 0;
      for (int r = 0; r < specRows.length; r++) {
        for (int k = 0; k < onnxOnSpecOrder[r].length; k++) {
          max = Math.max(max, Math.abs(onnxOnSpecOrder[r][k] - onnxOnWrongOrder[r][k]));
        }
      }
      assertThat(max).isGreaterThan(1e-3);
    }
  }

  @Test
  void exportCarriesTheFeatureSpecHashAndProvenanceButNotTribuosWallClockProvenance() {
    TrainerSpec spec = TrainerSpec.defaults(Family.FACTORIZATION_MACHINE, 11);
    TrainedModel model = trainer.train(BtcTrainingData.RECENT, spec);
    ModelProvenance provenance = BtcTrainingData.provenance();
    try (OnnxScorer scorer = OnnxScorer.load(model.toOnnx(provenance))) {
      assertThat(scorer.metadata())
          .containsEntry(ModelMetadataKeys.FEATURE_SPEC_HASH, FeatureSpec.v1().hash())
          .containsEntry(ModelMetadataKeys.FEATURE_SPEC_VERSION, "1")
          .containsEntry(
              ModelMetadataKeys.FEATURE_NAMES, String.join(",", FeatureSpec.v1().names()))
          .containsEntry(ModelMetadataKeys.LABEL_ORDER, String.join(",", model.labels()))
          .containsEntry(ModelMetadataKeys.FAMILY, "factorization-machine")
          .containsEntry(ModelMetadataKeys.SEED, "11")
          .containsEntry(ModelMetadataKeys.SYMBOL, "BTCUSDT")
          .containsEntry(ModelMetadataKeys.TIMEFRAME, "1h")
          .containsEntry(ModelMetadataKeys.REGIME, "RANGE")
          .containsEntry(ModelMetadataKeys.LAKE_SNAPSHOT_ID, "snapshot-123")
          .containsEntry(ModelMetadataKeys.JOB_ID, "job-7")
          .containsEntry(ModelMetadataKeys.TRAINED_AT, "2026-11-25T12:00:00Z")
          .containsEntry(ModelMetadataKeys.TRAIN_ROWS, Integer.toString(provenance.trainRows()))
          .containsEntry(ModelMetadataKeys.TRIBUO_VERSION, org.tribuo.Tribuo.VERSION)
          .containsEntry(ModelMetadataKeys.JAVA_VERSION, Runtime.version().toString())
          .containsEntry(ModelMetadataKeys.STANDARDISATION, "in-graph")
          .containsKey(ModelMetadataKeys.ONNXRUNTIME_VERSION)
          .doesNotContainKey(ONNXExportable.PROVENANCE_METADATA_FIELD);
      assertThat(scorer.metadata().get(ModelMetadataKeys.HYPERPARAMETERS))
          .contains("epochs=" + spec.epochs())
          .contains("fm_factors=" + spec.factors())
          .contains("learning_rate=" + spec.learningRate());
      assertThat(scorer.metadata().get(ModelMetadataKeys.ONNXRUNTIME_VERSION)).startsWith("1.28");
    }
  }

  @Test
  void aFixedSeedGivesTheSameBytesAndAnotherSeedDifferentOnes() throws Exception {
    TrainerSpec spec = TrainerSpec.defaults(Family.LINEAR_FM_ENSEMBLE, 5);
    String first = sha256(trainer.train(BtcTrainingData.RECENT, spec).toOnnx(prov()));
    String second = sha256(trainer.train(BtcTrainingData.RECENT, spec).toOnnx(prov()));
    TrainerSpec reseeded = new TrainerSpec(spec.family(), 5, 0.1, 0.1, 1, 4, 0.1, 6);
    String other = sha256(trainer.train(BtcTrainingData.RECENT, reseeded).toOnnx(prov()));
    assertThat(second).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
  }

  @Test
  void aSingleClassIsAPermanentFailure() {
    int n = 50;
    double[][] rows = new double[n][];
    Label[] labels = new Label[n];
    for (int i = 0; i < n; i++) {
      rows[i] = BtcTrainingData.RECENT.row(i);
      labels[i] = Label.LONG;
    }
    TrainingSet set = TrainingSet.of("BTCUSDT", FeatureSpec.v1().names(), rows, labels);
    assertThatThrownBy(() -> trainer.train(set, TrainerSpec.defaults(Family.LINEAR_SGD, 1)))
        .isInstanceOf(PermanentTrainingException.class)
        .hasMessage("only one label class in 50 training rows of BTCUSDT");
  }

  @Test
  void tribuoScoresRawRowsThroughTheScaler() {
    TrainedModel model =
        trainer.train(BtcTrainingData.RECENT, TrainerSpec.defaults(Family.LINEAR_SGD, 3));
    double[][] p = model.probabilities(new double[][] {BtcTrainingData.RECENT.row(0)});
    assertThat(Arrays.stream(p[0]).sum())
        .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThatThrownBy(() -> model.probabilities(new double[][] {{1.0, 2.0}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row has 2 values");
  }

  private static ModelProvenance prov() {
    return BtcTrainingData.provenance();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
