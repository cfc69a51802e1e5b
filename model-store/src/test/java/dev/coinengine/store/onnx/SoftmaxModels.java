package dev.coinengine.store.onnx;

import ai.onnx.proto.OnnxMl;
import java.util.Map;

/** Hand-built ONNX models: {@code softmax(x · W + b)}, with the given metadata props. */
public final class SoftmaxModels {
  private SoftmaxModels() {}

  public static byte[] linearSoftmax(
      float[][] weights, float[] bias, Map<String, String> metadata) {
    int features = weights.length;
    int labels = bias.length;
    OnnxMl.TensorProto.Builder w =
        OnnxMl.TensorProto.newBuilder()
            .setName("W")
            .setDataType(OnnxMl.TensorProto.DataType.FLOAT.getNumber())
            .addDims(features)
            .addDims(labels);
    for (float[] row : weights) {
      for (float v : row) {
        w.addFloatData(v);
      }
    }
    OnnxMl.TensorProto.Builder b =
        OnnxMl.TensorProto.newBuilder()
            .setName("b")
            .setDataType(OnnxMl.TensorProto.DataType.FLOAT.getNumber())
            .addDims(labels);
    for (float v : bias) {
      b.addFloatData(v);
    }
    OnnxMl.GraphProto graph =
        OnnxMl.GraphProto.newBuilder()
            .setName("softmax")
            .addInput(matrix("input", features))
            .addOutput(matrix("output", labels))
            .addInitializer(w)
            .addInitializer(b)
            .addNode(node("MatMul", "mm", new String[] {"input", "W"}, "logits0"))
            .addNode(node("Add", "add", new String[] {"logits0", "b"}, "logits"))
            .addNode(
                node("Softmax", "softmax", new String[] {"logits"}, "output").toBuilder()
                    .addAttribute(
                        OnnxMl.AttributeProto.newBuilder()
                            .setName("axis")
                            .setType(OnnxMl.AttributeProto.AttributeType.INT)
                            .setI(1)))
            .build();
    OnnxMl.ModelProto.Builder model =
        OnnxMl.ModelProto.newBuilder()
            .setIrVersion(8)
            .setProducerName("test")
            .addOpsetImport(OnnxMl.OperatorSetIdProto.newBuilder().setDomain("").setVersion(13))
            .setGraph(graph);
    metadata.forEach(
        (k, v) ->
            model.addMetadataProps(
                OnnxMl.StringStringEntryProto.newBuilder().setKey(k).setValue(v)));
    return model.build().toByteArray();
  }

  /** The same function in double precision, for expected values. */
  public static double[] expected(float[][] weights, float[] bias, float[] row) {
    double[] logits = new double[bias.length];
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < bias.length; k++) {
      double z = bias[k];
      for (int j = 0; j < row.length; j++) {
        z += (double) row[j] * weights[j][k];
      }
      logits[k] = z;
      max = Math.max(max, z);
    }
    double sum = 0;
    for (int k = 0; k < logits.length; k++) {
      logits[k] = Math.exp(logits[k] - max);
      sum += logits[k];
    }
    for (int k = 0; k < logits.length; k++) {
      logits[k] /= sum;
    }
    return logits;
  }

  private static OnnxMl.NodeProto node(String op, String name, String[] inputs, String output) {
    OnnxMl.NodeProto.Builder node =
        OnnxMl.NodeProto.newBuilder().setOpType(op).setName(name).addOutput(output);
    for (String input : inputs) {
      node.addInput(input);
    }
    return node.build();
  }

  private static OnnxMl.ValueInfoProto matrix(String name, int columns) {
    return OnnxMl.ValueInfoProto.newBuilder()
        .setName(name)
        .setType(
            OnnxMl.TypeProto.newBuilder()
                .setTensorType(
                    OnnxMl.TypeProto.Tensor.newBuilder()
                        .setElemType(OnnxMl.TensorProto.DataType.FLOAT.getNumber())
                        .setShape(
                            OnnxMl.TensorShapeProto.newBuilder()
                                .addDim(
                                    OnnxMl.TensorShapeProto.Dimension.newBuilder()
                                        .setDimParam("batch"))
                                .addDim(
                                    OnnxMl.TensorShapeProto.Dimension.newBuilder()
                                        .setDimValue(columns)))))
        .build();
  }
}
