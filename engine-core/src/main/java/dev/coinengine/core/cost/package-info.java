/**
 * The cost model of a trade decision: {@link dev.coinengine.core.cost.FeeSchedule} (Binance maker
 * and taker fees per VIP tier from {@code config/fees/}), {@link
 * dev.coinengine.core.cost.CostModel} (fees, spread, slippage from the order book or the
 * square-root impact law, perpetual funding) turning a {@link dev.coinengine.core.cost.CostRequest}
 * into a {@link dev.coinengine.core.cost.CostBreakdown} that approves or refuses the trade against
 * the minimum edge. See {@code docs/cost-and-risk.md}.
 */
package dev.coinengine.core.cost;
