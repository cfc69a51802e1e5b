package dev.coinengine.core.cost;

/**
 * Whether an order rests on the book (maker: post-only or not marketable) or takes liquidity
 * (taker: market orders and marketable limits). The same role is assumed for entry and exit.
 */
public enum Liquidity {
  MAKER,
  TAKER
}
