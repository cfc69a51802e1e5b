package dev.coinengine.store.onnx;

/** The requested CUDA device cannot be used: no CUDA build of ONNX Runtime, driver or library. */
public final class DeviceUnavailableException extends RuntimeException {
  public DeviceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
