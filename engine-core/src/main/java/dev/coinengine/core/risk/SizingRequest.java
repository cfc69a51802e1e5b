package dev.coinengine.core.risk;

import dev.coinengine.core.cost.Side;
import dev.coinengine.core.market.ExchangeFilters;
import java.util.Objects;

/**
 * What the sizer needs for one entry: the symbol's exchange filters, side and order type, the
 * intended entry price, the reference price for the percent-price band and market-order notional
 * (Binance's average price; NaN = the entry price), the coin's daily volatility (std of daily log
 * returns), the consensus confidence in [0, 1] and the account.
 */
public record SizingRequest(
    String symbol,
    Side side,
    OrderType type,
    double entryPrice,
    double referencePrice,
    double dailyVolatility,
    double confidence,
    ExchangeFilters filters,
    AccountState account) {

  public SizingRequest {
    if (symbol == null || symbol.isBlank()) {
      throw new IllegalArgumentException("symbol must not be blank");
    }
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(account, "account");
    positive("entryPrice", entryPrice);
    if (Double.isNaN(referencePrice)) {
      referencePrice = entryPrice;
    }
    positive("referencePrice", referencePrice);
    positive("dailyVolatility", dailyVolatility);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
    }
  }

  private static void positive(String field, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number > 0, was " + value);
    }
  }
}
