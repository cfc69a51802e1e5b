package dev.coinengine.runner.training;

import ai.onnx.proto.OnnxMl;
import ai.onnxruntime.OrtEnvironment;
import dev.coinengine.store.onnx.ModelMetadataKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.ONNXExportable;
import org.tribuo.Prediction;
import org.tribuo.Tribuo;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/** A Tribuo classifier with the scaler it was trained behind. */
final class TribuoTrainedModel implements TrainedModel {
  /** ONNX {@code domain} of every exported model. */
  static final String ONNX_DOMAIN = "dev.coinengine.model";

  /** ONNX {@code model_version}: the version of this export format, not of the model. */
  static final long ONNX_MODEL_VERSION = 1;

  private final TrainerSpec spec;
  private final List<String> featureNames;
  private final String[] names;
  private final FeatureScaler scaler;
  private final Model<Label> model;
  private final List<String> labels;

  TribuoTrainedModel(
      TrainerSpec spec, List<String> featureNames, FeatureScaler scaler, Model<Label> model) {
    this.spec = spec;
    this.featureNames = List.copyOf(featureNames);
    this.names = featureNames.toArray(String[]::new);
    this.scaler = scaler;
    this.model = model;
    ImmutableOutputInfo<Label> outputs = model.getOutputIDInfo();
    List<String> order = new ArrayList<>(outputs.size());
    for (int id = 0; id < outputs.size(); id++) {
      order.add(outputs.getOutput(id).getLabel());
    }
    this.labels = List.copyOf(order);
  }

  @Override
  public TrainerSpec spec() {
    return spec;
  }

  @Override
  public List<String> featureNames() {
    return featureNames;
  }

  @Override
  public List<String> labels() {
    return labels;
  }

  Model<Label> tribuoModel() {
    return model;
  }

  @Override
  public double[][] probabilities(double[][] rows) {
    List<org.tribuo.Example<Label>> examples = new ArrayList<>(rows.length);
    for (double[] row : rows) {
      if (row.length != names.length) {
        throw new IllegalArgumentException(
            "row has " + row.length + " values, the model takes " + names.length);
      }
      examples.add(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names, scaler.apply(row)));
    }
    List<Prediction<Label>> predictions = model.predict(examples);
    double[][] out = new double[rows.length][labels.size()];
    for (int r = 0; r < rows.length; r++) {
      Map<String, Label> scores = predictions.get(r).getOutputScores();
      for (int k = 0; k < labels.size(); k++) {
        Label score = scores.get(labels.get(k));
        out[r][k] = score == null ? 0.0 : score.getScore();
      }
    }
    return out;
  }

  /**
   * Model column {@code k} of the Tribuo model (its feature ID) takes raw column {@code
   * columnOrder()[k]}: Tribuo numbers features by sorted name, not in the spec's order.
   */
  long[] columnOrder() {
    ImmutableFeatureMap ids = model.getFeatureIDMap();
    long[] order = new long[ids.size()];
    for (int id = 0; id < ids.size(); id++) {
      String name = ids.get(id).getName();
      int raw = featureNames.indexOf(name);
      if (raw < 0) {
        throw new IllegalStateException("model feature '" + name + "' is not in " + featureNames);
      }
      order[id] = raw;
    }
    return order;
  }

  @Override
  public byte[] toOnnx(ModelProvenance provenance) {
    if (!(model instanceof ONNXExportable exportable)) {
      throw new PermanentTrainingException(
          model.getClass().getSimpleName() + " cannot be exported to ONNX");
    }
    OnnxMl.ModelProto exported = exportable.exportONNXModel(ONNX_DOMAIN, ONNX_MODEL_VERSION);
    long[] order = columnOrder();
    float[] mean = new float[order.length];
    float[] scale = new float[order.length];
    for (int k = 0; k < order.length; k++) {
      mean[k] = (float) scaler.mean((int) order[k]);
      scale[k] = (float) scaler.scale((int) order[k]);
    }
    OnnxMl.ModelProto withPrologue =
        OnnxGraphs.withInputPrologue(exported, order, mean, scale, featureNames.size());
    // Tribuo writes its provenance (with wall-clock times and host details) into doc_string and
    // the TRIBUO_PROVENANCE prop, so the bytes would differ on every run; the facts that matter
    // are in our props instead.
    OnnxMl.ModelProto described =
        withPrologue.toBuilder()
            .setDocString(
                spec.family().code()
                    + " classifier of "
                    + provenance.symbol()
                    + " "
                    + provenance.timeframe()
                    + " "
                    + provenance.regime()
                    + "; provenance in metadata_props (coinengine.*)")
            .build();
    return OnnxGraphs.withMetadata(
            described, Set.of(ONNXExportable.PROVENANCE_METADATA_FIELD), metadata(provenance))
        .toByteArray();
  }

  private Map<String, String> metadata(ModelProvenance p) {
    Map<String, String> props = new LinkedHashMap<>();
    props.put(ModelMetadataKeys.FEATURE_SPEC_HASH, p.featureSpecHash());
    props.put(ModelMetadataKeys.FEATURE_SPEC_VERSION, Integer.toString(p.featureSpecVersion()));
    props.put(ModelMetadataKeys.FEATURE_NAMES, String.join(",", featureNames));
    props.put(ModelMetadataKeys.LABEL_ORDER, String.join(",", labels));
    props.put(ModelMetadataKeys.STANDARDISATION, "in-graph");
    props.put(ModelMetadataKeys.FAMILY, spec.family().code());
    props.put(
        ModelMetadataKeys.HYPERPARAMETERS,
        spec.hyperparameters().entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(";")));
    props.put(ModelMetadataKeys.SEED, Long.toString(spec.seed()));
    props.put(ModelMetadataKeys.SYMBOL, p.symbol());
    props.put(ModelMetadataKeys.TIMEFRAME, p.timeframe());
    props.put(ModelMetadataKeys.REGIME, p.regime());
    props.put(ModelMetadataKeys.LABEL_SPEC, p.labelSpec());
    props.put(ModelMetadataKeys.TRAIN_ROWS, Integer.toString(p.trainRows()));
    props.put(ModelMetadataKeys.TRAIN_FROM_MS, Long.toString(p.trainFromMs()));
    props.put(ModelMetadataKeys.TRAIN_TO_MS, Long.toString(p.trainToMs()));
    props.put(ModelMetadataKeys.LAKE_SNAPSHOT_ID, p.lakeSnapshotId());
    props.put(ModelMetadataKeys.JOB_ID, p.jobId());
    props.put(ModelMetadataKeys.TRIBUO_VERSION, Tribuo.VERSION);
    props.put(ModelMetadataKeys.ONNXRUNTIME_VERSION, OrtEnvironment.getEnvironment().getVersion());
    props.put(ModelMetadataKeys.JAVA_VERSION, Runtime.version().toString());
    props.put(ModelMetadataKeys.TRAINED_AT, p.trainedAt().toString());
    return props;
  }
}
