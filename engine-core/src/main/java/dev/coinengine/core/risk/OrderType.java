package dev.coinengine.core.risk;

/**
 * How the entry is placed. {@code LIMIT} orders get a tick-rounded limit price and are checked
 * against the percent-price band; {@code MARKET} orders are valued at the reference (average) price
 * and must also fit {@code MARKET_LOT_SIZE}.
 */
public enum OrderType {
  LIMIT,
  MARKET
}
