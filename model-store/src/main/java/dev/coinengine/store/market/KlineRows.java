package dev.coinengine.store.market;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.Interval;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one raw Binance kline array ({@code [openTime, open, high, low, close, volume, closeTime,
 * quoteVolume, trades, ...]}, numbers or decimal strings) into a {@link Bar}.
 */
final class KlineRows {

  private static final Logger LOG = LoggerFactory.getLogger(KlineRows.class);

  private KlineRows() {}

  /**
   * The bar, or empty if it is still forming at {@code nowMs} or unusable (logged). Absent quote
   * volume becomes NaN and absent trade count -1, as {@link Bar} expects.
   */
  static Optional<Bar> toClosedBar(Object[] row, Interval interval, long nowMs, String symbol) {
    try {
      if (row == null || row.length < 6) {
        throw new IllegalArgumentException("kline has fewer than 6 fields");
      }
      long open = whole(row[0], "openTime");
      long close = row.length > 6 && row[6] != null ? whole(row[6], "closeTime") : 0;
      if (close <= 0) {
        close = open + interval.millis() - 1;
      }
      if (close >= nowMs) {
        return Optional.empty();
      }
      double quoteVolume =
          row.length > 7 && row[7] != null ? number(row[7], "quoteVolume") : Double.NaN;
      long trades = row.length > 8 && row[8] != null ? whole(row[8], "trades") : -1;
      return Optional.of(
          new Bar(
              open,
              number(row[1], "open"),
              number(row[2], "high"),
              number(row[3], "low"),
              number(row[4], "close"),
              number(row[5], "volume"),
              quoteVolume,
              trades));
    } catch (IllegalArgumentException e) {
      LOG.warn("{} {}: kline skipped: {}", symbol, interval.code(), e.getMessage());
      return Optional.empty();
    }
  }

  private static long whole(Object value, String field) {
    if (value instanceof Long || value instanceof Integer) {
      return ((Number) value).longValue();
    }
    if (value instanceof String s && !s.isBlank()) {
      return Long.parseLong(s.trim());
    }
    throw new IllegalArgumentException("kline field " + field + " is missing or not an integer");
  }

  private static double number(Object value, String field) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    if (value instanceof String s && !s.isBlank()) {
      return Double.parseDouble(s.trim());
    }
    throw new IllegalArgumentException("kline field " + field + " is missing or not a number");
  }
}
