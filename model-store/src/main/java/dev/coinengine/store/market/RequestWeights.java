package dev.coinengine.store.market;

/**
 * Binance spot request weights of the public endpoints this adapter calls (REST API docs, 2024: the
 * IP limit is 6000 weight per minute).
 */
public final class RequestWeights {

  public static final int EXCHANGE_INFO = 20;
  public static final int TICKER_24H_ALL = 80;
  public static final int TICKER_24H_ONE = 2;
  public static final int BOOK_TICKER_ONE = 2;
  public static final int KLINES = 2;
  public static final int SPOT_WEIGHT_PER_MINUTE = 6000;

  private RequestWeights() {}

  /** {@code GET /api/v3/depth}: 5 up to 100 levels, 25 up to 500, 50 up to 1000, else 250. */
  public static int depth(int limit) {
    if (limit < 1 || limit > 5000) {
      throw new IllegalArgumentException("depth limit must be 1..5000, was " + limit);
    }
    if (limit <= 100) {
      return 5;
    }
    if (limit <= 500) {
      return 25;
    }
    return limit <= 1000 ? 50 : 250;
  }
}
