package dev.coinengine.runner.training;

import ai.onnx.proto.OnnxMl;
import java.util.Map;

/**
 * Edits of an exported ONNX model: the input prologue that reorders and standardises the raw
 * feature row, and the metadata props.
 */
final class OnnxGraphs {
  static final String ORDER = "coinengine_column_order";
  static final String MEAN = "coinengine_mean";
  static final String SCALE = "coinengine_scale";
  static final String ORDERED = "coinengine_ordered";
  static final String CENTRED = "coinengine_centred";
  static final String STANDARDISED = "coinengine_standardised";

  private OnnxGraphs() {}

  /**
   * Puts {@code Gather(columnOrder) → Sub(mean) → Div(scale)} between the graph input and the
   * model, so the input takes {@code rawColumns} raw features in the feature spec's order. {@code
   * columnOrder[k]} is the raw column that feeds model column {@code k}; {@code mean} and {@code
   * scale} are indexed by model column.
   */
  static OnnxMl.ModelProto withInputPrologue(
      OnnxMl.ModelProto model, long[] columnOrder, float[] mean, float[] scale, int rawColumns) {
    OnnxMl.GraphProto graph = model.getGraph();
    if (graph.getInputCount() != 1) {
      throw new IllegalStateException("expected one graph input, found " + graph.getInputCount());
    }
    String input = graph.getInput(0).getName();
    OnnxMl.GraphProto.Builder edited = graph.toBuilder().clearNode();
    edited.addInitializer(int64Vector(ORDER, columnOrder));
    edited.addInitializer(floatVector(MEAN, mean));
    edited.addInitializer(floatVector(SCALE, scale));
    edited.addNode(
        node("Gather", "coinengine_reorder", ORDERED, input, ORDER).toBuilder()
            .addAttribute(
                OnnxMl.AttributeProto.newBuilder()
                    .setName("axis")
                    .setType(OnnxMl.AttributeProto.AttributeType.INT)
                    .setI(1)));
    edited.addNode(node("Sub", "coinengine_centre", CENTRED, ORDERED, MEAN));
    edited.addNode(node("Div", "coinengine_standardise", STANDARDISED, CENTRED, SCALE));
    for (OnnxMl.NodeProto original : graph.getNodeList()) {
      OnnxMl.NodeProto.Builder node = original.toBuilder();
      for (int i = 0; i < node.getInputCount(); i++) {
        if (node.getInput(i).equals(input)) {
          node.setInput(i, STANDARDISED);
        }
      }
      edited.addNode(node);
    }
    OnnxMl.ValueInfoProto.Builder inputInfo = edited.getInputBuilder(0);
    inputInfo
        .getTypeBuilder()
        .getTensorTypeBuilder()
        .getShapeBuilder()
        .getDimBuilder(1)
        .clearDimParam()
        .setDimValue(rawColumns);
    return model.toBuilder().setGraph(edited).build();
  }

  /** Drops the props named in {@code drop} and appends {@code props} in their iteration order. */
  static OnnxMl.ModelProto withMetadata(
      OnnxMl.ModelProto model, java.util.Set<String> drop, Map<String, String> props) {
    OnnxMl.ModelProto.Builder builder = model.toBuilder().clearMetadataProps();
    for (OnnxMl.StringStringEntryProto entry : model.getMetadataPropsList()) {
      if (!drop.contains(entry.getKey()) && !props.containsKey(entry.getKey())) {
        builder.addMetadataProps(entry);
      }
    }
    props.forEach(
        (key, value) ->
            builder.addMetadataProps(
                OnnxMl.StringStringEntryProto.newBuilder().setKey(key).setValue(value)));
    return builder.build();
  }

  private static OnnxMl.NodeProto node(String op, String name, String output, String... inputs) {
    OnnxMl.NodeProto.Builder node =
        OnnxMl.NodeProto.newBuilder().setOpType(op).setName(name).addOutput(output);
    for (String in : inputs) {
      node.addInput(in);
    }
    return node.build();
  }

  private static OnnxMl.TensorProto floatVector(String name, float[] values) {
    OnnxMl.TensorProto.Builder tensor =
        OnnxMl.TensorProto.newBuilder()
            .setName(name)
            .setDataType(OnnxMl.TensorProto.DataType.FLOAT.getNumber())
            .addDims(values.length);
    for (float v : values) {
      tensor.addFloatData(v);
    }
    return tensor.build();
  }

  private static OnnxMl.TensorProto int64Vector(String name, long[] values) {
    OnnxMl.TensorProto.Builder tensor =
        OnnxMl.TensorProto.newBuilder()
            .setName(name)
            .setDataType(OnnxMl.TensorProto.DataType.INT64.getNumber())
            .addDims(values.length);
    for (long v : values) {
      tensor.addInt64Data(v);
    }
    return tensor.build();
  }
}
