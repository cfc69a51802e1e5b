package dev.coinengine.core.risk;

/**
 * Every limit that can set or cut an order's size, or refuse it. A {@link SizingDecision} lists the
 * ones that bound its size and, as {@link Rejection} codes, the ones that refused it. The reference
 * with formulas is {@code docs/cost-and-risk.md}.
 */
public enum BindingLimit {
  /** The volatility-targeted size (preset volatility target over the coin's, times confidence). */
  VOLATILITY_TARGET,
  /** Preset {@code max-position}: one order's notional as a fraction of equity. */
  MAX_POSITION,
  /** Preset {@code max-per-coin}: existing plus new exposure in the coin. */
  MAX_PER_COIN,
  /** Preset {@code max-gross-exposure}: sum of |notional| after the order. */
  MAX_GROSS_EXPOSURE,
  /** Preset {@code leverage}: gross exposure after the order over equity. */
  LEVERAGE,
  /** Preset {@code max-open-positions}: a new coin when that many are open. */
  MAX_OPEN_POSITIONS,
  /** Preset {@code daily-loss-limit}: today's loss reached it; no new risk today. */
  DAILY_LOSS_LIMIT,
  /** Preset {@code drawdown-limit}: the fall from the equity peak reached it; no new risk. */
  DRAWDOWN_LIMIT,
  /** Equity is zero or negative. */
  NO_EQUITY,
  /** Confidence zero, or a size that rounds to zero quantity. */
  ZERO_SIZE,
  /** {@code LOT_SIZE.maxQty}. */
  MAX_QTY,
  /** {@code MARKET_LOT_SIZE.maxQty} (market orders). */
  MARKET_MAX_QTY,
  /** {@code NOTIONAL.maxNotional}. */
  MAX_NOTIONAL,
  /** Quantity rounded down to {@code LOT_SIZE.stepSize} (or {@code MARKET_LOT_SIZE}'s). */
  STEP_SIZE,
  /** Price rounded to {@code PRICE_FILTER.tickSize} on the conservative side. */
  TICK_SIZE,
  /** {@code LOT_SIZE.minQty}. */
  MIN_QTY,
  /** {@code MARKET_LOT_SIZE.minQty} (market orders). */
  MARKET_MIN_QTY,
  /** {@code NOTIONAL.minNotional} (or legacy {@code MIN_NOTIONAL}). */
  MIN_NOTIONAL,
  /** {@code PRICE_FILTER.minPrice}/{@code maxPrice} for the limit or the stop price. */
  PRICE_RANGE,
  /** {@code PERCENT_PRICE_BY_SIDE} (or {@code PERCENT_PRICE}) band around the reference price. */
  PERCENT_PRICE
}
