package dev.coinengine.core.decision;

import dev.coinengine.core.config.RiskPreset;
import dev.coinengine.core.cost.Funding;
import dev.coinengine.core.cost.Liquidity;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.ExchangeFilters;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.OrderBook;
import dev.coinengine.core.risk.AccountState;
import dev.coinengine.core.risk.OrderType;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one decision reads. Bars are of the base interval and closed by {@code time}.
 *
 * @param quote best bid and ask now, if the caller has them (else the last close is the price)
 * @param book order-book depth, if the caller has it (slippage walks it)
 * @param funding perpetual funding for the expected holding time (futures)
 */
public record DecisionInput(
    String decisionId,
    String symbol,
    Interval timeframe,
    Instant time,
    BarSeries coin,
    BarSeries btc,
    BarSeries eth,
    RiskPreset preset,
    AccountState account,
    ExchangeFilters filters,
    Optional<Quote> quote,
    Optional<OrderBook> book,
    Optional<Funding> funding,
    OrderType orderType,
    Liquidity liquidity) {

  /** Best bid and ask. */
  public record Quote(double bid, double ask) {
    public Quote {
      if (!(bid > 0) || !(ask > 0) || !Double.isFinite(bid) || !Double.isFinite(ask)) {
        throw new IllegalArgumentException(
            "bid and ask must be positive, were " + bid + ", " + ask);
      }
      if (bid > ask) {
        throw new IllegalArgumentException("bid must not exceed ask, was " + bid + " > " + ask);
      }
    }

    public double mid() {
      return (bid + ask) / 2;
    }
  }

  public DecisionInput {
    Objects.requireNonNull(decisionId, "decisionId");
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(timeframe, "timeframe");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(coin, "coin");
    Objects.requireNonNull(btc, "btc");
    Objects.requireNonNull(eth, "eth");
    Objects.requireNonNull(preset, "preset");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(funding, "funding");
    Objects.requireNonNull(orderType, "orderType");
    Objects.requireNonNull(liquidity, "liquidity");
  }
}
