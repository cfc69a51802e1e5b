/**
 * Risk sizing of a trade decision: {@link dev.coinengine.core.risk.RiskSizer} turns a {@link
 * dev.coinengine.core.config.RiskPreset} and a {@link dev.coinengine.core.risk.SizingRequest}
 * (exchange filters, prices, volatility, confidence, {@link dev.coinengine.core.risk.AccountState})
 * into a {@link dev.coinengine.core.risk.SizingDecision} whose quantity respects every preset limit
 * and exchange filter, naming each {@link dev.coinengine.core.risk.BindingLimit} that bound it. See
 * {@code docs/cost-and-risk.md}.
 */
package dev.coinengine.core.risk;
