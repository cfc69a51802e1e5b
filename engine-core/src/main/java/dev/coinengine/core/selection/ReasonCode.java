package dev.coinengine.core.selection;

/**
 * Why a candidate was left out of a {@link Selection}. Every excluded coin carries exactly one
 * code: the first filter of the chain that rejected it (see {@code docs/selection.md} for the
 * order).
 */
public enum ReasonCode {
  /** The ticker knows the symbol but the exchange listing (exchangeInfo) does not. */
  NOT_LISTED,
  /** Listed, but the 24h ticker has no entry for it (snapshots are taken at different moments). */
  NO_TICKER,
  /** Base or quote asset is blank, or price or volume is absent or not a finite number. */
  MISSING_DATA,
  /** The listing has no {@code PRICE_FILTER}, so orders could not be priced safely. */
  MISSING_FILTERS,
  /** Exchange status is not {@code TRADING} (for example {@code BREAK}). */
  NOT_TRADING,
  /** Quoted in another asset than the configured {@code quote-asset}. */
  WRONG_QUOTE,
  /** The base asset is a stablecoin. */
  STABLECOIN,
  /** The base asset is a fiat currency or a fiat-pegged token. */
  FIAT,
  /** The base asset is a leveraged token (UP/DOWN/BULL/BEAR). */
  LEVERAGED_TOKEN,
  /** The symbol matches one of the configured blacklist patterns. */
  BLACKLISTED,
  /** Bar statistics are required ({@code require-stats}) but unknown for this coin. */
  NO_STATS,
  /** The last bar closed too long before the selection time: delisted or halted. */
  NO_RECENT_BARS,
  /** 24h quote volume is zero or below {@code min-quote-volume-24h}. */
  LOW_VOLUME,
  /** The ticker has no two-sided book (bid or ask is zero). */
  NO_ORDER_BOOK,
  /** Quoted spread above {@code max-spread-bps}. */
  WIDE_SPREAD,
  /** Listed for fewer than {@code min-listing-days}. */
  TOO_NEW,
  /** One price tick is more than {@code max-tick-percent} of the price. */
  COARSE_TICK,
  /** Daily volatility below {@code min-volatility}. */
  LOW_VOLATILITY,
  /** Daily volatility above {@code max-volatility}. */
  HIGH_VOLATILITY,
  /** High-low range over the lookback below {@code min-range-change} (stablecoin-like). */
  RANGE_TOO_NARROW,
  /** High-low range over the lookback above {@code max-range-change}. */
  RANGE_TOO_WIDE,
  /** The ranking method needs a metric this coin does not have. */
  NO_RANKING_DATA,
  /** Passed every filter but ranked after the {@code limit}. */
  BELOW_RANK_LIMIT
}
