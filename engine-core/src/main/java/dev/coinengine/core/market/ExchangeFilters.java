package dev.coinengine.core.market;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The Binance order filters of one symbol that the engine uses. A filter the exchange did not send
 * is absent. Decimal values stay {@link BigDecimal} because tick and step checks must be exact.
 */
public record ExchangeFilters(
    PriceFilter price,
    LotSize lotSize,
    LotSize marketLotSize,
    NotionalFilter notional,
    PercentPriceBySide percentPriceBySide) {

  public static final ExchangeFilters NONE = new ExchangeFilters(null, null, null, null, null);

  public Optional<PriceFilter> priceFilter() {
    return Optional.ofNullable(price);
  }

  public Optional<LotSize> lotSizeFilter() {
    return Optional.ofNullable(lotSize);
  }

  public Optional<LotSize> marketLotSizeFilter() {
    return Optional.ofNullable(marketLotSize);
  }

  public Optional<NotionalFilter> notionalFilter() {
    return Optional.ofNullable(notional);
  }

  public Optional<PercentPriceBySide> percentPriceBySideFilter() {
    return Optional.ofNullable(percentPriceBySide);
  }

  /** {@code PRICE_FILTER}: a zero {@code maxPrice} or {@code tickSize} means "not enforced". */
  public record PriceFilter(BigDecimal minPrice, BigDecimal maxPrice, BigDecimal tickSize) {}

  /** {@code LOT_SIZE} or {@code MARKET_LOT_SIZE}. */
  public record LotSize(BigDecimal minQty, BigDecimal maxQty, BigDecimal stepSize) {}

  /**
   * {@code NOTIONAL} (or the older {@code MIN_NOTIONAL}, which has no maximum: {@code maxNotional}
   * is then null).
   */
  public record NotionalFilter(
      BigDecimal minNotional,
      BigDecimal maxNotional,
      boolean applyMinToMarket,
      boolean applyMaxToMarket,
      int avgPriceMins) {}

  /** {@code PERCENT_PRICE_BY_SIDE} (or the older symmetric {@code PERCENT_PRICE}). */
  public record PercentPriceBySide(
      BigDecimal bidMultiplierUp,
      BigDecimal bidMultiplierDown,
      BigDecimal askMultiplierUp,
      BigDecimal askMultiplierDown,
      int avgPriceMins) {}
}
