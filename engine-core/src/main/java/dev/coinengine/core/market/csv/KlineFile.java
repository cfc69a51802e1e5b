package dev.coinengine.core.market.csv;

import dev.coinengine.core.market.Interval;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A kline file named {@code <SYMBOL>-<interval>.csv.gz}, for example {@code BTCUSDT-1h.csv.gz}. The
 * symbol is upper-case letters and digits (Binance also lists names such as {@code 1000PEPEUSDT}).
 */
public record KlineFile(String symbol, Interval interval, Path path) {
  static final String SUFFIX = ".csv.gz";

  public KlineFile {
    if (!isSymbol(symbol)) {
      throw new IllegalArgumentException(
          "symbol must be upper-case letters and digits, was '" + symbol + "'");
    }
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(path, "path");
  }

  /** The file's name, as used in {@link RowProblem}. */
  public String name() {
    return path.getFileName().toString();
  }

  /** Parses the symbol and interval from the file name; empty if the name does not match. */
  public static Optional<KlineFile> of(Path path) {
    String name = path.getFileName().toString();
    if (!name.endsWith(SUFFIX)) {
      return Optional.empty();
    }
    String stem = name.substring(0, name.length() - SUFFIX.length());
    int dash = stem.lastIndexOf('-');
    if (dash <= 0) {
      return Optional.empty();
    }
    String symbol = stem.substring(0, dash);
    String code = stem.substring(dash + 1);
    if (!isSymbol(symbol)) {
      return Optional.empty();
    }
    for (Interval interval : Interval.values()) {
      if (interval.code().equals(code)) {
        return Optional.of(new KlineFile(symbol, interval, path));
      }
    }
    return Optional.empty();
  }

  /** Like {@link #of(Path)}, but a name that does not match is an error. */
  public static KlineFile parse(Path path) {
    return of(path)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "kline file name must be <SYMBOL>-<1h|4h|1d>.csv.gz, was '"
                        + path.getFileName()
                        + "'"));
  }

  private static boolean isSymbol(String symbol) {
    if (symbol == null || symbol.isEmpty()) {
      return false;
    }
    for (int i = 0; i < symbol.length(); i++) {
      char c = symbol.charAt(i);
      if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }
}
