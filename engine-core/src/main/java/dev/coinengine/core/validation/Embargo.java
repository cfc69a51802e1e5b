package dev.coinengine.core.validation;

/**
 * How many samples after each test block are withheld from training, because serial correlation
 * lets the samples right after a test block leak what the test block contains (AFML 7.4.2).
 */
public sealed interface Embargo permits Embargo.Bars, Embargo.Fraction {

  /** The embargo in samples for a data set of {@code sampleCount} samples. */
  int barsFor(int sampleCount);

  static Embargo none() {
    return new Bars(0);
  }

  static Embargo bars(int bars) {
    return new Bars(bars);
  }

  /** {@code ceil(fraction x sampleCount)} samples; AFML suggests about 0.01. */
  static Embargo fraction(double fraction) {
    return new Fraction(fraction);
  }

  record Bars(int bars) implements Embargo {
    public Bars {
      if (bars < 0) {
        throw new IllegalArgumentException("embargo bars must be >= 0, was " + bars);
      }
    }

    @Override
    public int barsFor(int sampleCount) {
      return bars;
    }
  }

  record Fraction(double fraction) implements Embargo {
    public Fraction {
      if (!(fraction >= 0 && fraction < 1)) {
        throw new IllegalArgumentException("embargo fraction must be in [0, 1), was " + fraction);
      }
    }

    @Override
    public int barsFor(int sampleCount) {
      return (int) Math.ceil(fraction * sampleCount);
    }
  }
}
