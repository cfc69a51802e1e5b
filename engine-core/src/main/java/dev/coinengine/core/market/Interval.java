package dev.coinengine.core.market;

import java.time.Duration;

/** Bar intervals the engine trades and trains on, aligned to UTC epoch boundaries. */
public enum Interval {
  H1("1h", Duration.ofHours(1)),
  H4("4h", Duration.ofHours(4)),
  D1("1d", Duration.ofDays(1));

  private final String code;
  private final Duration length;

  Interval(String code, Duration length) {
    this.code = code;
    this.length = length;
  }

  /** The Binance-style code, for example {@code 1h}. */
  public String code() {
    return code;
  }

  public long millis() {
    return length.toMillis();
  }

  /** Parses a Binance-style code such as {@code 4h}. */
  public static Interval parse(String code) {
    for (Interval interval : values()) {
      if (interval.code.equals(code)) {
        return interval;
      }
    }
    throw new IllegalArgumentException("unknown interval '" + code + "' (expected 1h, 4h or 1d)");
  }

  /** Start of the bucket of this interval that contains {@code epochMillis}. */
  public long floor(long epochMillis) {
    return Math.floorDiv(epochMillis, millis()) * millis();
  }
}
