package dev.coinengine.core.features;

/**
 * Trailing-window indicator primitives over primitive arrays. Every output value at index {@code t}
 * is a function of inputs at indices {@code <= t} only, and of at most a fixed number of them (the
 * window), summed in a fixed order, so the value does not depend on where the input array starts.
 * Outputs are {@link Double#NaN} where the window is not yet full or contains a NaN.
 *
 * <p>{@link StrictMath} is used for logarithms so that results are bit-identical on every JVM.
 */
public final class Indicators {
  private Indicators() {}

  /** Natural logarithm of every element. */
  public static double[] log(double[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = StrictMath.log(x[i]);
    }
    return out;
  }

  /** {@code x[t] - x[t - lag]}; NaN for {@code t < lag}. */
  public static double[] difference(double[] x, int lag) {
    requirePositive("lag", lag);
    double[] out = nans(x.length);
    for (int t = lag; t < x.length; t++) {
      out[t] = x[t] - x[t - lag];
    }
    return out;
  }

  /** Sample standard deviation (n - 1 denominator) of {@code x[t - window + 1 .. t]}. */
  public static double[] rollingStd(double[] x, int window) {
    requireAtLeast("window", window, 2);
    double[] mean = rollingMean(x, window);
    double[] out = windowSumOfSquaredDeviations(x, window, mean);
    for (int t = window - 1; t < x.length; t++) {
      out[t] = Math.sqrt(out[t] / (window - 1));
    }
    return out;
  }

  /**
   * Z-score of {@code x[t]} against the window {@code x[t - window + 1 .. t]} (sample standard
   * deviation); 0 where the window is constant.
   */
  public static double[] rollingZScore(double[] x, int window) {
    requireAtLeast("window", window, 2);
    double[] mean = rollingMean(x, window);
    double[] out = windowSumOfSquaredDeviations(x, window, mean);
    for (int t = window - 1; t < x.length; t++) {
      double sd = Math.sqrt(out[t] / (window - 1));
      out[t] = sd == 0.0 ? 0.0 : (x[t] - mean[t]) / sd;
    }
    return out;
  }

  /** Mean of {@code x[t - window + 1 .. t]}. */
  public static double[] rollingMean(double[] x, int window) {
    requirePositive("window", window);
    double[] sum = new double[x.length];
    // Window position by window position over all rows: the compiler vectorises this, and each
    // row still sums its own window oldest to newest, whatever precedes it.
    for (int j = 0; j < window; j++) {
      int offset = j - window + 1;
      for (int t = window - 1; t < x.length; t++) {
        sum[t] += x[t + offset];
      }
    }
    return finish(sum, window - 1, window);
  }

  private static double[] windowSumOfSquaredDeviations(double[] x, int window, double[] mean) {
    double[] ss = new double[x.length];
    for (int j = 0; j < window; j++) {
      int offset = j - window + 1;
      for (int t = window - 1; t < x.length; t++) {
        double d = x[t + offset] - mean[t];
        ss[t] += d * d;
      }
    }
    java.util.Arrays.fill(ss, 0, Math.min(window - 1, x.length), Double.NaN);
    return ss;
  }

  /** {@code values[t] / divisor} from {@code first} on, NaN before. */
  private static double[] finish(double[] values, int first, double divisor) {
    for (int t = 0; t < values.length; t++) {
      values[t] = t < first ? Double.NaN : values[t] / divisor;
    }
    return values;
  }

  /** Maximum of {@code x[t - window + 1 .. t]}; NaN if the window holds a NaN. */
  public static double[] rollingMax(double[] x, int window) {
    return rollingExtreme(x, window, 1.0);
  }

  /** Minimum of {@code x[t - window + 1 .. t]}; NaN if the window holds a NaN. */
  public static double[] rollingMin(double[] x, int window) {
    return rollingExtreme(x, window, -1.0);
  }

  /** Monotonic-deque sliding extreme of {@code sign * x}: O(n), and exact as max is exact. */
  private static double[] rollingExtreme(double[] x, int window, double sign) {
    requirePositive("window", window);
    double[] out = nans(x.length);
    int[] deque = new int[x.length];
    int head = 0;
    int tail = 0;
    int lastNan = -1;
    for (int t = 0; t < x.length; t++) {
      if (Double.isNaN(x[t])) {
        lastNan = t;
        head = 0;
        tail = 0;
        continue;
      }
      while (tail > head && sign * x[deque[tail - 1]] <= sign * x[t]) {
        tail--;
      }
      deque[tail++] = t;
      if (deque[head] <= t - window) {
        head++;
      }
      if (t >= window - 1 && lastNan <= t - window) {
        out[t] = x[deque[head]];
      }
    }
    return out;
  }

  /**
   * Number of bars a finite exponential window needs so that the weight it leaves out, {@code (1 -
   * alpha)^window}, is at most {@code tailMass}.
   */
  public static int ewmWindow(double alpha, double tailMass) {
    if (!(alpha > 0 && alpha <= 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1], was " + alpha);
    }
    if (!(tailMass > 0 && tailMass < 1)) {
      throw new IllegalArgumentException("tailMass must be in (0, 1), was " + tailMass);
    }
    if (alpha == 1.0) {
      return 1;
    }
    return (int) Math.ceil(StrictMath.log(tailMass) / StrictMath.log1p(-alpha));
  }

  /**
   * Exponentially weighted mean over a finite trailing window: {@code sum_k w_k x[t-k] / sum_k w_k}
   * with {@code w_k = (1 - alpha)^k}, {@code k = 0 .. window - 1}. With {@code alpha = 2 / (span +
   * 1)} this is an EMA, with {@code alpha = 1 / period} Wilder's smoothing; unlike the recursive
   * form its value does not depend on how much history precedes the window.
   */
  public static double[] ewm(double[] x, double alpha, int window) {
    requirePositive("window", window);
    if (!(alpha > 0 && alpha <= 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1], was " + alpha);
    }
    // weights[j] belongs to x[t - window + 1 + j], oldest first: w = (1 - alpha)^(window - 1 - j)
    double[] weights = new double[window];
    double w = 1.0;
    double norm = 0.0;
    for (int k = 0; k < window; k++) {
      weights[window - 1 - k] = w;
      norm += w;
      w *= 1.0 - alpha;
    }
    double[] sum = new double[x.length];
    // Window position by window position over all rows (vectorised by the compiler); each row
    // still sums its own window oldest to newest.
    for (int j = 0; j < window; j++) {
      double weight = weights[j];
      int offset = j - window + 1;
      for (int t = window - 1; t < x.length; t++) {
        sum[t] += weight * x[t + offset];
      }
    }
    return finish(sum, window - 1, norm);
  }

  /** True range: {@code max(h - l, |h - prevClose|, |l - prevClose|)}; NaN at index 0. */
  public static double[] trueRange(double[] high, double[] low, double[] close) {
    double[] out = nans(close.length);
    for (int t = 1; t < close.length; t++) {
      double prev = close[t - 1];
      out[t] =
          Math.max(high[t] - low[t], Math.max(Math.abs(high[t] - prev), Math.abs(low[t] - prev)));
    }
    return out;
  }

  /**
   * Kaufman efficiency ratio {@code |x[t] - x[t-n]| / sum |x[i] - x[i-1]|} over the last {@code n}
   * steps: 1 for a straight line, near 0 for noise; 0 where nothing moved.
   */
  public static double[] efficiencyRatio(double[] x, int n) {
    requirePositive("n", n);
    double[] out = nans(x.length);
    for (int t = n; t < x.length; t++) {
      double path = 0;
      for (int i = t - n + 1; i <= t; i++) {
        path += Math.abs(x[i] - x[i - 1]);
      }
      out[t] = path == 0 ? 0.0 : Math.abs(x[t] - x[t - n]) / path;
    }
    return out;
  }

  /**
   * Fraction of the previous {@code window} values {@code x[t - window .. t - 1]} that are strictly
   * below {@code x[t]}: the trailing percentile rank of the current value.
   */
  public static double[] trailingRank(double[] x, int window) {
    requirePositive("window", window);
    double[] out = nans(x.length);
    for (int t = window; t < x.length; t++) {
      double v = x[t];
      int below = 0;
      boolean missing = Double.isNaN(v);
      for (int i = t - window; i < t && !missing; i++) {
        missing = Double.isNaN(x[i]);
        if (x[i] < v) {
          below++;
        }
      }
      out[t] = missing ? Double.NaN : (double) below / window;
    }
    return out;
  }

  static double[] nans(int n) {
    double[] out = new double[n];
    java.util.Arrays.fill(out, Double.NaN);
    return out;
  }

  private static void requirePositive(String field, int value) {
    requireAtLeast(field, value, 1);
  }

  private static void requireAtLeast(String field, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be >= " + min + ", was " + value);
    }
  }
}
