package dev.coinengine.store.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores one ONNX classifier (input {@code [batch, features]} float, first output {@code [batch,
 * labels]} float probabilities) with ONNX Runtime. All scorers share the process-wide {@link
 * OrtEnvironment}. Scoring is thread-safe; {@link #close()} must not race with scoring.
 */
public final class OnnxScorer implements AutoCloseable {
  /** The provider name {@link #provider()} reports for the CPU. */
  public static final String CPU = "CPU";

  private final OrtSession session;
  private final String provider;
  private final String inputName;
  private final int featureCount;
  private final List<String> labels;
  private final Map<String, String> metadata;

  private OnnxScorer(OrtSession session, String provider) throws OrtException {
    this.session = session;
    this.provider = provider;
    if (session.getNumInputs() != 1) {
      throw new OnnxModelException("expected one model input, found " + session.getInputNames());
    }
    this.inputName = session.getInputNames().iterator().next();
    this.featureCount = (int) lastDimension(session.getInputInfo().get(inputName), "input");
    String outputName = session.getOutputNames().iterator().next();
    int width = (int) lastDimension(session.getOutputInfo().get(outputName), "output");
    this.metadata =
        Collections.unmodifiableMap(new TreeMap<>(session.getMetadata().getCustomMetadata()));
    this.labels = labels(metadata.get(ModelMetadataKeys.LABEL_ORDER), width);
  }

  /** Loads a model on the CPU, with one intra-op thread. */
  public static OnnxScorer load(byte[] model) {
    return load(model, Device.cpu(), 1);
  }

  /**
   * Loads a model on {@code device}. {@code auto} falls back to the CPU when CUDA cannot be used;
   * {@code cuda:N} throws {@link DeviceUnavailableException} instead.
   *
   * @param intraOpThreads threads one scoring call may use (1 when many scorers run in parallel)
   */
  public static OnnxScorer load(byte[] model, Device device, int intraOpThreads) {
    if (model == null || model.length == 0) {
      throw new IllegalArgumentException("model must not be empty");
    }
    if (intraOpThreads < 1) {
      throw new IllegalArgumentException("intraOpThreads must be >= 1, was " + intraOpThreads);
    }
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    if (device.kind() != Device.Kind.CPU) {
      try (OrtSession.SessionOptions options = options(intraOpThreads)) {
        options.addCUDA(device.ordinal());
        return open(env, model, options, "CUDA:" + device.ordinal());
      } catch (OrtException e) {
        if (device.kind() == Device.Kind.CUDA) {
          throw new DeviceUnavailableException(
              "device "
                  + device
                  + " requested but the CUDA execution provider cannot be used ("
                  + e.getMessage()
                  + "); the CPU build of ONNX Runtime has no CUDA provider, build with -Pgpu and"
                  + " provide CUDA 12 and cuDNN 9 libraries",
              e);
        }
        // auto: fall through to the CPU.
      }
    }
    try (OrtSession.SessionOptions options = options(intraOpThreads)) {
      return open(env, model, options, CPU);
    } catch (OrtException e) {
      throw new OnnxModelException("cannot create a CPU session: " + e.getMessage(), e);
    }
  }

  private static OrtSession.SessionOptions options(int intraOpThreads) throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(intraOpThreads);
    options.setInterOpNumThreads(1);
    return options;
  }

  private static OnnxScorer open(
      OrtEnvironment env, byte[] model, OrtSession.SessionOptions options, String provider)
      throws OrtException {
    OrtSession session;
    try {
      session = env.createSession(model, options);
    } catch (OrtException e) {
      if (!provider.equals(CPU)) {
        throw e;
      }
      throw new OnnxModelException("cannot load the ONNX model: " + e.getMessage(), e);
    }
    try {
      return new OnnxScorer(session, provider);
    } catch (OrtException | RuntimeException e) {
      session.close();
      throw e instanceof OnnxModelException me
          ? me
          : new OnnxModelException("cannot read the model's signature: " + e.getMessage(), e);
    }
  }

  /** The execution provider the session actually uses: {@code CPU} or {@code CUDA:N}. */
  public String provider() {
    return provider;
  }

  /** Custom metadata ({@code metadata_props}), sorted by key. */
  public Map<String, String> metadata() {
    return metadata;
  }

  /** Labels in output column order: the model's label order metadata, or {@code 0..n-1}. */
  public List<String> labels() {
    return labels;
  }

  public int featureCount() {
    return featureCount;
  }

  /** Probabilities of every row, one column per label of {@link #labels()}. */
  public float[][] scoreBatch(float[][] rows) {
    if (rows.length == 0) {
      return new float[0][];
    }
    FloatBuffer input =
        ByteBuffer.allocateDirect(rows.length * featureCount * Float.BYTES)
            .order(ByteOrder.nativeOrder())
            .asFloatBuffer();
    for (int r = 0; r < rows.length; r++) {
      if (rows[r].length != featureCount) {
        throw new IllegalArgumentException(
            "row " + r + " has " + rows[r].length + " features, the model takes " + featureCount);
      }
      input.put(rows[r]);
    }
    input.rewind();
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    try (OnnxTensor tensor =
            OnnxTensor.createTensor(env, input, new long[] {rows.length, featureCount});
        OrtSession.Result result = session.run(Map.of(inputName, tensor))) {
      OnnxValue output = result.get(0);
      Object value = output.getValue();
      if (!(value instanceof float[][] probabilities)) {
        throw new OnnxModelException(
            "expected a float [batch, labels] output, got " + output.getInfo());
      }
      return probabilities;
    } catch (OrtException e) {
      throw new OnnxModelException("scoring failed: " + e.getMessage(), e);
    }
  }

  /** Probabilities of one row, in the order of {@link #labels()}. */
  public double[] probabilities(float[] row) {
    float[] scores = scoreBatch(new float[][] {row})[0];
    double[] out = new double[scores.length];
    for (int i = 0; i < scores.length; i++) {
      out[i] = scores[i];
    }
    return out;
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new OnnxModelException("cannot close the session: " + e.getMessage(), e);
    }
  }

  private static long lastDimension(NodeInfo info, String what) {
    if (!(info.getInfo() instanceof TensorInfo tensor) || tensor.getShape().length != 2) {
      throw new OnnxModelException(
          "expected a 2-d " + what + " tensor [batch, n], got " + info.getInfo());
    }
    long n = tensor.getShape()[1];
    if (n < 1) {
      throw new OnnxModelException(
          "the " + what + " width must be fixed, got shape " + Arrays.toString(tensor.getShape()));
    }
    return n;
  }

  private static List<String> labels(String order, int width) {
    if (order == null) {
      List<String> indices = new ArrayList<>(width);
      for (int i = 0; i < width; i++) {
        indices.add(Integer.toString(i));
      }
      return List.copyOf(indices);
    }
    List<String> labels = List.of(order.split(",", -1));
    if (labels.size() != width) {
      throw new OnnxModelException(
          "label order " + labels + " names " + labels.size() + " labels, the output has " + width);
    }
    return labels;
  }
}
