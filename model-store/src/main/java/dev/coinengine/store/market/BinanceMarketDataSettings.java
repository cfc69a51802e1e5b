package dev.coinengine.store.market;

import java.net.URI;
import java.time.Duration;

/**
 * Where and how politely to call Binance's public REST API.
 *
 * @param baseUrl e.g. {@code https://api.binance.com} or the loopback stub's URL
 * @param weightPerMinute request-weight budget (Binance spot allows 6000 per IP and minute)
 */
public record BinanceMarketDataSettings(
    URI baseUrl,
    int weightPerMinute,
    RetryPolicy retry,
    Duration connectTimeout,
    Duration readTimeout) {

  public BinanceMarketDataSettings {
    if (baseUrl == null || baseUrl.getScheme() == null || baseUrl.getHost() == null) {
      throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, was " + baseUrl);
    }
    if (weightPerMinute <= 0) {
      throw new IllegalArgumentException("weightPerMinute must be > 0, was " + weightPerMinute);
    }
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("connectTimeout must be > 0, was " + connectTimeout);
    }
    if (readTimeout.isNegative() || readTimeout.isZero()) {
      throw new IllegalArgumentException("readTimeout must be > 0, was " + readTimeout);
    }
  }

  /** The real exchange: Binance's spot weight limit and patient retries. */
  public static BinanceMarketDataSettings live(URI baseUrl) {
    return new BinanceMarketDataSettings(
        baseUrl,
        RequestWeights.SPOT_WEIGHT_PER_MINUTE,
        RetryPolicy.live(),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30));
  }

  /** The loopback stub: no throttling worth the name and no retries. */
  public static BinanceMarketDataSettings offline(URI baseUrl) {
    return new BinanceMarketDataSettings(
        baseUrl, 1_000_000, RetryPolicy.none(), Duration.ofSeconds(2), Duration.ofSeconds(30));
  }
}
