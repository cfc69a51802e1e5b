package dev.coinengine.core.features;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the feature calculator computes: the ordered feature columns and every parameter that
 * changes their values. A model records {@link #hash()} and serving refuses a model whose hash
 * differs from the calculator's, so any change here must change the hash (and usually {@link
 * #version()}).
 *
 * @param version bumped by hand whenever the feature code changes meaning without a parameter
 *     change
 * @param returnLags lags in bars of the log-return features, ascending
 * @param volatilityWindows windows in bars of the realised-volatility features, ascending
 * @param rsiPeriod Wilder period of the RSI
 * @param macdFast span of the fast EMA of the MACD line
 * @param macdSlow span of the slow EMA of the MACD line
 * @param macdSignal span of the signal-line EMA
 * @param atrPeriod Wilder period of the ATR
 * @param volumeWindow window of the log-volume z-score
 * @param rangeWindow window of the position-in-range feature
 * @param contextReturnLag lag of the BTC and ETH log-return context features
 * @param contextVolatilityWindow window of the BTC and ETH volatility context features
 * @param smoothingTailMass weight an exponential smoother may leave outside its finite window; sets
 *     each smoother's window (see {@link Indicators#ewmWindow})
 */
public record FeatureSpec(
    int version,
    List<Integer> returnLags,
    List<Integer> volatilityWindows,
    int rsiPeriod,
    int macdFast,
    int macdSlow,
    int macdSignal,
    int atrPeriod,
    int volumeWindow,
    int rangeWindow,
    int contextReturnLag,
    int contextVolatilityWindow,
    double smoothingTailMass) {

  public FeatureSpec {
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1, was " + version);
    }
    returnLags = ascending("returnLags", returnLags, 1);
    volatilityWindows = ascending("volatilityWindows", volatilityWindows, 2);
    requireAtLeast("rsiPeriod", rsiPeriod, 1);
    requireAtLeast("macdFast", macdFast, 1);
    requireAtLeast("macdSlow", macdSlow, 1);
    requireAtLeast("macdSignal", macdSignal, 1);
    if (macdFast >= macdSlow) {
      throw new IllegalArgumentException(
          "macdFast must be below macdSlow, was " + macdFast + " >= " + macdSlow);
    }
    requireAtLeast("atrPeriod", atrPeriod, 1);
    requireAtLeast("volumeWindow", volumeWindow, 2);
    requireAtLeast("rangeWindow", rangeWindow, 1);
    requireAtLeast("contextReturnLag", contextReturnLag, 1);
    requireAtLeast("contextVolatilityWindow", contextVolatilityWindow, 2);
    if (!(smoothingTailMass > 0 && smoothingTailMass < 0.5)) {
      throw new IllegalArgumentException(
          "smoothingTailMass must be in (0, 0.5), was " + smoothingTailMass);
    }
  }

  /** The feature set v1, documented in {@code docs/features.md}. */
  public static FeatureSpec v1() {
    return new FeatureSpec(
        1, List.of(1, 2, 4, 8, 24), List.of(24, 72), 14, 12, 26, 9, 14, 48, 48, 24, 24, 0.001);
  }

  /** Column names in column order. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    returnLags.forEach(lag -> names.add("ret_" + lag));
    volatilityWindows.forEach(window -> names.add("vol_" + window));
    names.add("rsi_" + rsiPeriod);
    names.add("macd_" + macdFast + "_" + macdSlow);
    names.add("macd_signal_diff_" + macdSignal);
    names.add("atr_" + atrPeriod);
    names.add("volume_z_" + volumeWindow);
    names.add("range_pos_" + rangeWindow);
    for (String context : List.of("btc", "eth")) {
      names.add(context + "_ret_" + contextReturnLag);
      names.add(context + "_vol_" + contextVolatilityWindow);
    }
    return List.copyOf(names);
  }

  public int columns() {
    return names().size();
  }

  public int index(String name) {
    int index = names().indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no feature named '" + name + "' in " + names());
    }
    return index;
  }

  /** Window of the exponential smoother with weight decay {@code alpha} under this spec. */
  public int smoothingWindow(double alpha) {
    return Indicators.ewmWindow(alpha, smoothingTailMass);
  }

  /**
   * Bars (of the coin, and of each context series) that a feature value needs: the value at a row
   * depends only on that row's bar and the {@code lookbackBars() - 1} bars before it. Also the
   * first row that can be complete.
   */
  public int lookbackBars() {
    int lookback = returnLags.get(returnLags.size() - 1) + 1;
    lookback = Math.max(lookback, volatilityWindows.get(volatilityWindows.size() - 1) + 1);
    lookback = Math.max(lookback, 1 + smoothingWindow(1.0 / rsiPeriod));
    int macdLine =
        Math.max(smoothingWindow(emaAlpha(macdFast)), smoothingWindow(emaAlpha(macdSlow)));
    lookback = Math.max(lookback, macdLine + smoothingWindow(emaAlpha(macdSignal)) - 1);
    lookback = Math.max(lookback, 1 + smoothingWindow(1.0 / atrPeriod));
    lookback = Math.max(lookback, Math.max(volumeWindow, rangeWindow));
    lookback = Math.max(lookback, contextReturnLag + 1);
    return Math.max(lookback, contextVolatilityWindow + 1);
  }

  /** Canonical text of the spec: the input of {@link #hash()}. */
  public String canonical() {
    return "coinengine-features"
        + ";version="
        + version
        + ";names="
        + String.join(",", names())
        + ";returnLags="
        + join(returnLags)
        + ";volatilityWindows="
        + join(volatilityWindows)
        + ";rsiPeriod="
        + rsiPeriod
        + ";macdFast="
        + macdFast
        + ";macdSlow="
        + macdSlow
        + ";macdSignal="
        + macdSignal
        + ";atrPeriod="
        + atrPeriod
        + ";volumeWindow="
        + volumeWindow
        + ";rangeWindow="
        + rangeWindow
        + ";contextReturnLag="
        + contextReturnLag
        + ";contextVolatilityWindow="
        + contextVolatilityWindow
        // The exact binary value, so the text cannot depend on Double.toString's version.
        + ";smoothingTailMass="
        + new BigDecimal(smoothingTailMass).stripTrailingZeros().toPlainString();
  }

  /** SHA-256 of {@link #canonical()} (UTF-8), lower-case hex. */
  public String hash() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(canonical().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every JVM", e);
    }
  }

  static double emaAlpha(int span) {
    return 2.0 / (span + 1.0);
  }

  private static String join(List<Integer> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private static List<Integer> ascending(String field, List<Integer> values, int min) {
    if (values == null || values.isEmpty()) {
      throw new IllegalArgumentException(field + " must not be empty, was " + values);
    }
    List<Integer> copy = List.copyOf(values);
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i) < min || (i > 0 && copy.get(i) <= copy.get(i - 1))) {
        throw new IllegalArgumentException(
            field + " must be strictly ascending values >= " + min + ", was " + values);
      }
    }
    return copy;
  }

  private static void requireAtLeast(String field, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be >= " + min + ", was " + value);
    }
  }
}
