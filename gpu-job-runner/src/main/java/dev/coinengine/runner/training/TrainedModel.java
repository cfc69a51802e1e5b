package dev.coinengine.runner.training;

import java.util.List;

/** A trained classifier: scores raw feature rows and exports itself to ONNX. */
public interface TrainedModel {

  TrainerSpec spec();

  /** Input columns, in the feature spec's order; the exported ONNX input takes the same order. */
  List<String> featureNames();

  /** Output columns (label names), shared by {@link #probabilities} and the exported model. */
  List<String> labels();

  /** Class probabilities of raw (unstandardised) rows, computed by the trainer's own library. */
  double[][] probabilities(double[][] rows);

  /** The model as ONNX bytes: standardisation in the graph, provenance in the metadata. */
  byte[] toOnnx(ModelProvenance provenance);
}
