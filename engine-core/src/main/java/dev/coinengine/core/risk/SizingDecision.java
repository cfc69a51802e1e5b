package dev.coinengine.core.risk;

import dev.coinengine.core.cost.Side;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The sized order, or why there is none. When approved, {@code quantity} is a multiple of the step
 * size, {@code notional} = quantity × order price (the limit price, or the reference price for a
 * market order) and every preset limit and exchange filter holds. A rejected decision has quantity
 * and notional 0. {@code limitPrice} is null for market orders. {@code targetNotional} is the quote
 * size after the preset limits, before exchange filters. {@code bindingLimits} names every limit
 * that set or cut the size; {@code rejections} every reason it was refused. Preset name and version
 * are echoed.
 */
public record SizingDecision(
    String symbol,
    Side side,
    OrderType type,
    String preset,
    int presetVersion,
    boolean approved,
    BigDecimal quantity,
    BigDecimal notional,
    BigDecimal limitPrice,
    BigDecimal stopPrice,
    double targetNotional,
    List<BindingLimit> bindingLimits,
    List<Rejection> rejections) {

  public SizingDecision {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(notional, "notional");
    bindingLimits = List.copyOf(bindingLimits);
    rejections = List.copyOf(rejections);
    if (approved != rejections.isEmpty()) {
      throw new IllegalArgumentException(
          "approved must be true exactly when there are no rejections, was " + approved);
    }
    if (approved && quantity.signum() <= 0) {
      throw new IllegalArgumentException("an approved quantity must be > 0, was " + quantity);
    }
  }

  /** True if {@code limit} bound the size or refused the order. */
  public boolean boundBy(BindingLimit limit) {
    return bindingLimits.contains(limit)
        || rejections.stream().anyMatch(rejection -> rejection.code() == limit);
  }
}
