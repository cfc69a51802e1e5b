package dev.coinengine.store.onnx;

/** An ONNX model could not be loaded or scored. */
public final class OnnxModelException extends RuntimeException {
  public OnnxModelException(String message) {
    super(message);
  }

  public OnnxModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
