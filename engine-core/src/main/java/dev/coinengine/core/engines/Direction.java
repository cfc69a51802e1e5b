package dev.coinengine.core.engines;

/** The side an engine or a consensus takes on a coin at the close of a bar. */
public enum Direction {
  LONG(1),
  SHORT(-1),
  FLAT(0);

  private final int sign;

  Direction(int sign) {
    this.sign = sign;
  }

  /** {@code +1} for LONG, {@code -1} for SHORT, {@code 0} for FLAT. */
  public int sign() {
    return sign;
  }

  /** The mirrored side: LONG and SHORT swap, FLAT stays. */
  public Direction opposite() {
    return switch (this) {
      case LONG -> SHORT;
      case SHORT -> LONG;
      case FLAT -> FLAT;
    };
  }

  /** LONG for a positive score, SHORT for a negative one, FLAT for zero or NaN. */
  public static Direction of(double score) {
    if (score > 0) {
      return LONG;
    }
    return score < 0 ? SHORT : FLAT;
  }
}
