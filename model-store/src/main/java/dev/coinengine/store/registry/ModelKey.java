package dev.coinengine.store.registry;

import dev.coinengine.core.market.Interval;
import dev.coinengine.core.regime.Regime;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a line of model versions is trained for: one coin, one regime, one timeframe, one model
 * family. Versions are numbered per key.
 *
 * @param symbol Binance symbol, upper case, e.g. {@code BTCUSDT}
 * @param regime regime name, upper case, e.g. {@code TREND} (usually a {@link Regime})
 * @param timeframe bar interval the model reads
 * @param family model family, lower case letters, digits and {@code _}, e.g. {@code linear_sgd}
 */
public record ModelKey(String symbol, String regime, Interval timeframe, String family)
    implements Comparable<ModelKey> {
  private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9]{2,30}");
  private static final Pattern REGIME = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");
  private static final Pattern FAMILY = Pattern.compile("[a-z0-9][a-z0-9_]{0,39}");
  private static final Comparator<ModelKey> ORDER =
      Comparator.comparing(ModelKey::symbol)
          .thenComparing(ModelKey::regime)
          .thenComparing(ModelKey::timeframe)
          .thenComparing(ModelKey::family);

  public ModelKey {
    // The semantic id and the object path join the parts with '-' and '/', so neither may occur.
    require("symbol", symbol, SYMBOL);
    require("regime", regime, REGIME);
    Objects.requireNonNull(timeframe, "timeframe");
    require("family", family, FAMILY);
  }

  public ModelKey(String symbol, Regime regime, Interval timeframe, String family) {
    this(symbol, Objects.requireNonNull(regime, "regime").name(), timeframe, family);
  }

  /** {@code <SYMBOL>-<REGIME>-<TF>-<family>-v<N>}, e.g. {@code BTCUSDT-TREND-1h-linear_sgd-v12}. */
  public String semanticId(int version) {
    if (version < 1) {
      throw new IllegalArgumentException("version must be >= 1, was " + version);
    }
    return symbol + "-" + regime + "-" + timeframe.code() + "-" + family + "-v" + version;
  }

  /** {@code <SYMBOL>/<REGIME>/<TF>/<family>}, the key's folder under {@code models/}. */
  public String path() {
    return symbol + "/" + regime + "/" + timeframe.code() + "/" + family;
  }

  @Override
  public int compareTo(ModelKey other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return symbol + "-" + regime + "-" + timeframe.code() + "-" + family;
  }

  private static void require(String field, String value, Pattern pattern) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must match " + pattern.pattern() + ", was '" + value + "'");
    }
  }
}
