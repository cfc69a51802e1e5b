package dev.coinengine.store.onnx;

/**
 * Where a model is scored. {@code auto} prefers CUDA device 0 and falls back to the CPU when the
 * CUDA provider cannot be loaded; {@code cuda:N} requires CUDA device {@code N}; {@code cpu} never
 * tries CUDA.
 *
 * @param kind which execution provider is asked for
 * @param ordinal the CUDA device for {@link Kind#CUDA} and {@link Kind#AUTO}; 0 for {@link
 *     Kind#CPU}
 */
public record Device(Kind kind, int ordinal) {

  public enum Kind {
    AUTO,
    CPU,
    CUDA
  }

  public Device {
    if (kind == null) {
      throw new IllegalArgumentException("kind must not be null");
    }
    if (ordinal < 0) {
      throw new IllegalArgumentException("ordinal must be >= 0, was " + ordinal);
    }
    if (kind == Kind.CPU && ordinal != 0) {
      throw new IllegalArgumentException("ordinal must be 0 for the CPU, was " + ordinal);
    }
  }

  public static Device auto() {
    return new Device(Kind.AUTO, 0);
  }

  public static Device cpu() {
    return new Device(Kind.CPU, 0);
  }

  public static Device cuda(int ordinal) {
    return new Device(Kind.CUDA, ordinal);
  }

  /** Parses {@code auto}, {@code cpu}, {@code cuda} (device 0) or {@code cuda:N}. */
  public static Device parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("device must be auto, cpu or cuda:N, was null");
    }
    String value = text.trim().toLowerCase(java.util.Locale.ROOT);
    if (value.equals("auto")) {
      return auto();
    }
    if (value.equals("cpu")) {
      return cpu();
    }
    if (value.equals("cuda")) {
      return cuda(0);
    }
    if (value.startsWith("cuda:")) {
      String number = value.substring("cuda:".length());
      if (!number.isEmpty() && number.chars().allMatch(Character::isDigit) && number.length() < 6) {
        return cuda(Integer.parseInt(number));
      }
    }
    throw new IllegalArgumentException("device must be auto, cpu or cuda:N, was '" + text + "'");
  }

  @Override
  public String toString() {
    return switch (kind) {
      case AUTO -> "auto";
      case CPU -> "cpu";
      case CUDA -> "cuda:" + ordinal;
    };
  }
}
