package dev.coinengine.core.risk;

import dev.coinengine.core.config.RiskPreset;
import dev.coinengine.core.cost.Side;
import dev.coinengine.core.market.ExchangeFilters;
import dev.coinengine.core.market.ExchangeFilters.LotSize;
import dev.coinengine.core.market.ExchangeFilters.NotionalFilter;
import dev.coinengine.core.market.ExchangeFilters.PercentPriceBySide;
import dev.coinengine.core.market.ExchangeFilters.PriceFilter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Sizes one entry order for a {@link RiskPreset} and the symbol's Binance filters: a
 * volatility-targeted notional scaled by confidence, capped by every preset limit (per position,
 * per coin including what is already held, gross exposure, leverage, open positions; no new risk
 * after the daily loss or drawdown limit), then fitted to the exchange filters: price rounded to
 * the tick on the conservative side, quantity rounded down to the step (never up), capped at the
 * maximum quantity and notional, and refused (never rounded up) below the minimums. Exits and
 * reductions do not go through the sizer: every order is treated as adding exposure. Procedure and
 * codes: {@code docs/cost-and-risk.md}. Stateless and thread-safe.
 */
public final class RiskSizer {
  /** Crypto trades every day of the year. */
  public static final double CRYPTO_DAYS_PER_YEAR = 365.0;

  private static final int DIVISION_SCALE = 18;

  private final double sqrtDaysPerYear;

  public RiskSizer() {
    this(CRYPTO_DAYS_PER_YEAR);
  }

  /** {@code daysPerYear} annualises the coin's daily volatility. */
  public RiskSizer(double daysPerYear) {
    if (!(daysPerYear >= 1) || daysPerYear > 366) {
      throw new IllegalArgumentException("daysPerYear must be in [1, 366], was " + daysPerYear);
    }
    this.sqrtDaysPerYear = Math.sqrt(daysPerYear);
  }

  /** The order {@code preset} allows for {@code request}, or the reasons it allows none. */
  public SizingDecision size(RiskPreset preset, SizingRequest request) {
    Objects.requireNonNull(preset, "preset");
    Objects.requireNonNull(request, "request");
    Sizing sizing = new Sizing(preset, request);
    return sizing.run();
  }

  /** One call's working state. */
  private final class Sizing {
    private final RiskPreset preset;
    private final SizingRequest request;
    private final ExchangeFilters filters;
    private final boolean buy;
    private final boolean market;
    private final Set<BindingLimit> bound = EnumSet.noneOf(BindingLimit.class);
    private final List<Rejection> rejections = new ArrayList<>(2);

    Sizing(RiskPreset preset, SizingRequest request) {
      this.preset = preset;
      this.request = request;
      this.filters = request.filters();
      this.buy = request.side() == Side.BUY;
      this.market = request.type() == OrderType.MARKET;
    }

    SizingDecision run() {
      BigDecimal limitPrice = market ? null : limitPrice();
      BigDecimal orderPrice = market ? BigDecimal.valueOf(request.referencePrice()) : limitPrice;
      BigDecimal stopPrice = stopPrice(market ? orderPrice : limitPrice);
      double target = accountLimits();
      if (!rejections.isEmpty()) {
        return decision(BigDecimal.ZERO, BigDecimal.ZERO, limitPrice, stopPrice, target);
      }
      // valueOf: the shortest decimal of the double (exact expansions cost long divisions)
      BigDecimal quantity =
          BigDecimal.valueOf(target).divide(orderPrice, DIVISION_SCALE, RoundingMode.FLOOR);
      quantity = capQuantity(quantity, orderPrice);
      quantity = roundToSteps(quantity);
      BigDecimal notional = quantity.multiply(orderPrice);
      if (rejections.isEmpty()) {
        checkMinimums(quantity, notional);
      }
      if (!rejections.isEmpty()) {
        return decision(BigDecimal.ZERO, BigDecimal.ZERO, limitPrice, stopPrice, target);
      }
      return decision(plainScale(quantity), notional, limitPrice, stopPrice, target);
    }

    private SizingDecision decision(
        BigDecimal quantity,
        BigDecimal notional,
        BigDecimal limitPrice,
        BigDecimal stopPrice,
        double target) {
      return new SizingDecision(
          request.symbol(),
          request.side(),
          request.type(),
          preset.name(),
          preset.version(),
          rejections.isEmpty(),
          quantity,
          notional,
          limitPrice,
          stopPrice,
          target,
          List.copyOf(bound),
          rejections);
    }

    /** The preset's caps in quote; the smallest one sets the size and each equal one binds. */
    private double accountLimits() {
      AccountState account = request.account();
      double equity = account.equity();
      if (!(equity > 0)) {
        reject(BindingLimit.NO_EQUITY, "equity is %s, nothing can be sized", num(equity));
        return 0.0;
      }
      if (account.dayLoss() >= preset.dailyLossLimit()) {
        reject(
            BindingLimit.DAILY_LOSS_LIMIT,
            "today's loss is %s of the day's starting equity, at or over the limit %s;"
                + " no new risk today",
            pct(account.dayLoss()),
            pct(preset.dailyLossLimit()));
      }
      if (account.drawdown() >= preset.drawdownLimit()) {
        reject(
            BindingLimit.DRAWDOWN_LIMIT,
            "drawdown from the equity peak %s is %s, at or over the limit %s; no new risk",
            num(account.peakEquity()),
            pct(account.drawdown()),
            pct(preset.drawdownLimit()));
      }
      double held = account.exposureIn(request.symbol());
      if (held == 0 && account.openPositions() >= preset.maxOpenPositions()) {
        reject(
            BindingLimit.MAX_OPEN_POSITIONS,
            "%d positions are open, the preset allows %d; %s would be a new one",
            account.openPositions(),
            preset.maxOpenPositions(),
            request.symbol());
      }
      double gross = account.grossExposure();
      double annualVolatility = request.dailyVolatility() * sqrtDaysPerYear;
      double volTarget =
          equity * preset.volatilityTarget() / annualVolatility * request.confidence();
      double maxPosition = preset.maxPosition() * equity;
      double perCoin = preset.maxPerCoin() * equity - held;
      double maxGross = preset.maxGrossExposure() * equity - gross;
      double leverage = preset.leverage() * equity - gross;
      if (request.confidence() == 0) {
        reject(BindingLimit.ZERO_SIZE, "confidence is 0");
      }
      if (perCoin <= 0) {
        reject(
            BindingLimit.MAX_PER_COIN,
            "%s already holds %s, the cap per coin is %s",
            request.symbol(),
            num(held),
            num(preset.maxPerCoin() * equity));
      }
      if (maxGross <= 0) {
        reject(
            BindingLimit.MAX_GROSS_EXPOSURE,
            "gross exposure %s is at or over the cap %s",
            num(gross),
            num(preset.maxGrossExposure() * equity));
      }
      if (leverage <= 0) {
        reject(
            BindingLimit.LEVERAGE,
            "gross exposure %s is at or over %sx equity",
            num(gross),
            num(preset.leverage()));
      }
      double target =
          Math.min(
              Math.min(volTarget, maxPosition), Math.min(perCoin, Math.min(maxGross, leverage)));
      if (target <= 0) {
        return 0.0;
      }
      bindIf(volTarget == target, BindingLimit.VOLATILITY_TARGET);
      bindIf(maxPosition == target, BindingLimit.MAX_POSITION);
      bindIf(perCoin == target, BindingLimit.MAX_PER_COIN);
      bindIf(maxGross == target, BindingLimit.MAX_GROSS_EXPOSURE);
      bindIf(leverage == target, BindingLimit.LEVERAGE);
      return target;
    }

    /** The entry price on the tick grid: down for a buy, up for a sell (never pay more). */
    private BigDecimal limitPrice() {
      BigDecimal price = BigDecimal.valueOf(request.entryPrice());
      PriceFilter filter = filters.price();
      if (filter != null && positive(filter.tickSize())) {
        BigDecimal rounded =
            toGrid(price, filter.tickSize(), buy ? RoundingMode.FLOOR : RoundingMode.CEILING);
        if (rounded.compareTo(price) != 0) {
          bound.add(BindingLimit.TICK_SIZE);
        }
        price = rounded;
      }
      if (price.signum() <= 0) {
        reject(
            BindingLimit.TICK_SIZE,
            "entry price %s rounds to %s on the tick grid",
            num(request.entryPrice()),
            plain(price));
        return price;
      }
      checkPriceRange(price, "limit price");
      checkPercentPrice(price);
      return price;
    }

    /**
     * Stop at the preset distance, rounded toward the entry (a tighter stop), unless that lands on
     * or past the entry; then rounded away from it.
     */
    private BigDecimal stopPrice(BigDecimal entry) {
      if (entry == null || entry.signum() <= 0) {
        return null;
      }
      BigDecimal distance = BigDecimal.valueOf(preset.stopDistance());
      BigDecimal stop =
          entry.multiply(buy ? BigDecimal.ONE.subtract(distance) : BigDecimal.ONE.add(distance));
      PriceFilter filter = filters.price();
      if (filter != null && positive(filter.tickSize())) {
        BigDecimal tight =
            toGrid(stop, filter.tickSize(), buy ? RoundingMode.CEILING : RoundingMode.FLOOR);
        boolean pastEntry = buy ? tight.compareTo(entry) >= 0 : tight.compareTo(entry) <= 0;
        // a distance below one tick would put the stop on the entry: one tick away instead
        stop =
            pastEntry
                ? toGrid(stop, filter.tickSize(), buy ? RoundingMode.FLOOR : RoundingMode.CEILING)
                : tight;
      }
      if (stop.signum() <= 0) {
        reject(
            BindingLimit.PRICE_RANGE,
            "stop price %s is not above 0 (entry %s, tick %s)",
            plain(stop),
            plain(entry),
            filter == null ? "-" : plain(filter.tickSize()));
        return stop;
      }
      checkPriceRange(stop, "stop price");
      return plainScale(stop);
    }

    private void checkPriceRange(BigDecimal price, String what) {
      PriceFilter filter = filters.price();
      if (filter == null) {
        return;
      }
      if (positive(filter.minPrice()) && price.compareTo(filter.minPrice()) < 0) {
        reject(
            BindingLimit.PRICE_RANGE,
            "%s %s is below PRICE_FILTER.minPrice %s",
            what,
            plain(price),
            filter.minPrice().toPlainString());
      }
      if (positive(filter.maxPrice()) && price.compareTo(filter.maxPrice()) > 0) {
        reject(
            BindingLimit.PRICE_RANGE,
            "%s %s is above PRICE_FILTER.maxPrice %s",
            what,
            plain(price),
            filter.maxPrice().toPlainString());
      }
    }

    private void checkPercentPrice(BigDecimal price) {
      PercentPriceBySide band = filters.percentPriceBySide();
      if (band == null) {
        return;
      }
      BigDecimal reference = BigDecimal.valueOf(request.referencePrice());
      BigDecimal up = buy ? band.bidMultiplierUp() : band.askMultiplierUp();
      BigDecimal down = buy ? band.bidMultiplierDown() : band.askMultiplierDown();
      BigDecimal high = up == null ? null : reference.multiply(up);
      BigDecimal low = down == null ? null : reference.multiply(down);
      if ((high != null && price.compareTo(high) > 0)
          || (low != null && price.compareTo(low) < 0)) {
        reject(
            BindingLimit.PERCENT_PRICE,
            "limit price %s is outside the %s band [%s, %s] around the reference price %s",
            plain(price),
            buy ? "bid" : "ask",
            low == null ? "-" : low.stripTrailingZeros().toPlainString(),
            high == null ? "-" : high.stripTrailingZeros().toPlainString(),
            num(request.referencePrice()));
      }
    }

    /** Exchange maximums cap the quantity (the order shrinks to fit; it is not refused). */
    private BigDecimal capQuantity(BigDecimal quantity, BigDecimal price) {
      LotSize lot = filters.lotSize();
      if (lot != null && positive(lot.maxQty()) && quantity.compareTo(lot.maxQty()) > 0) {
        quantity = lot.maxQty();
        bound.add(BindingLimit.MAX_QTY);
      }
      LotSize marketLot = filters.marketLotSize();
      if (market
          && marketLot != null
          && positive(marketLot.maxQty())
          && quantity.compareTo(marketLot.maxQty()) > 0) {
        quantity = marketLot.maxQty();
        bound.add(BindingLimit.MARKET_MAX_QTY);
      }
      NotionalFilter notional = filters.notional();
      if (notional != null
          && positive(notional.maxNotional())
          && (!market || notional.applyMaxToMarket())) {
        BigDecimal cap = notional.maxNotional().divide(price, DIVISION_SCALE, RoundingMode.FLOOR);
        if (quantity.compareTo(cap) > 0) {
          quantity = cap;
          bound.add(BindingLimit.MAX_NOTIONAL);
        }
      }
      return quantity;
    }

    /** Down to LOT_SIZE's step from its minQty, then to MARKET_LOT_SIZE's for market orders. */
    private BigDecimal roundToSteps(BigDecimal quantity) {
      LotSize lot = filters.lotSize();
      BigDecimal rounded = floorToStep(quantity, lot);
      if (market) {
        rounded = floorToStep(rounded, filters.marketLotSize());
        if (lot != null && rounded.compareTo(minQty(lot)) >= 0 && !onStep(rounded, lot)) {
          reject(
              BindingLimit.STEP_SIZE,
              "no quantity below %s fits both LOT_SIZE step %s and MARKET_LOT_SIZE step %s",
              quantity.stripTrailingZeros().toPlainString(),
              lot.stepSize().toPlainString(),
              filters.marketLotSize().stepSize().toPlainString());
        }
      }
      if (rounded.compareTo(quantity) != 0) {
        bound.add(BindingLimit.STEP_SIZE);
      }
      return rounded;
    }

    private void checkMinimums(BigDecimal quantity, BigDecimal notional) {
      if (quantity.signum() <= 0) {
        reject(BindingLimit.ZERO_SIZE, "the size rounds to a quantity of 0");
        return;
      }
      LotSize lot = filters.lotSize();
      if (lot != null && positive(lot.minQty()) && quantity.compareTo(lot.minQty()) < 0) {
        reject(
            BindingLimit.MIN_QTY,
            "quantity %s is below LOT_SIZE.minQty %s",
            quantity.stripTrailingZeros().toPlainString(),
            lot.minQty().toPlainString());
      }
      LotSize marketLot = filters.marketLotSize();
      if (market
          && marketLot != null
          && positive(marketLot.minQty())
          && quantity.compareTo(marketLot.minQty()) < 0) {
        reject(
            BindingLimit.MARKET_MIN_QTY,
            "quantity %s is below MARKET_LOT_SIZE.minQty %s",
            quantity.stripTrailingZeros().toPlainString(),
            marketLot.minQty().toPlainString());
      }
      NotionalFilter filter = filters.notional();
      if (filter != null
          && positive(filter.minNotional())
          && (!market || filter.applyMinToMarket())
          && notional.compareTo(filter.minNotional()) < 0) {
        reject(
            BindingLimit.MIN_NOTIONAL,
            "notional %s is below the minimum notional %s (not rounded up)",
            notional.stripTrailingZeros().toPlainString(),
            filter.minNotional().toPlainString());
      }
    }

    private void bindIf(boolean condition, BindingLimit limit) {
      if (condition) {
        bound.add(limit);
      }
    }

    /** {@code %s} and {@code %d} filled in order; String.format is slow for a hot path. */
    private void reject(BindingLimit code, String template, Object... args) {
      StringBuilder message = new StringBuilder(template.length() + 32);
      int next = 0;
      for (int i = 0; i < template.length(); i++) {
        char c = template.charAt(i);
        if (c == '%' && i + 1 < template.length() && "sd".indexOf(template.charAt(i + 1)) >= 0) {
          message.append(args[next++]);
          i++;
        } else {
          message.append(c);
        }
      }
      rejections.add(new Rejection(code, message.toString()));
    }
  }

  /**
   * The quantity that closes a held position of {@code held} base units: floored onto LOT_SIZE's
   * (and, for market orders, MARKET_LOT_SIZE's) grid like an entry, never rounded up; empty when
   * what is left is below a minimum quantity or notional. Exits reduce risk, so no preset limit
   * applies.
   */
  public static Optional<BigDecimal> exitQuantity(
      BigDecimal held, BigDecimal price, ExchangeFilters filters, OrderType type) {
    boolean market = type == OrderType.MARKET;
    BigDecimal quantity = floorToStep(held, filters.lotSize());
    if (market) {
      quantity = floorToStep(quantity, filters.marketLotSize());
    }
    LotSize lot = filters.lotSize();
    LotSize marketLot = market ? filters.marketLotSize() : null;
    NotionalFilter notional = filters.notional();
    boolean below =
        quantity.signum() <= 0
            || (lot != null && quantity.compareTo(minQty(lot)) < 0)
            || (marketLot != null && quantity.compareTo(minQty(marketLot)) < 0)
            || (notional != null
                && positive(notional.minNotional())
                && (!market || notional.applyMinToMarket())
                && quantity.multiply(price).compareTo(notional.minNotional()) < 0);
    return below ? Optional.empty() : Optional.of(quantity.stripTrailingZeros());
  }

  /** {@code value} floored onto the lot's grid {@code minQty + k * stepSize}; 0 below minQty. */
  private static BigDecimal floorToStep(BigDecimal value, LotSize lot) {
    if (lot == null || !positive(lot.stepSize())) {
      return value;
    }
    BigDecimal base = minQty(lot);
    if (value.compareTo(base) < 0) {
      return value; // below minQty: refused later as MIN_QTY, never rounded up
    }
    // divide to scale 0 directly: divideToIntegralValue strips zeros digit by digit
    BigDecimal steps = value.subtract(base).divide(lot.stepSize(), 0, RoundingMode.FLOOR);
    return base.add(steps.multiply(lot.stepSize()));
  }

  private static boolean onStep(BigDecimal value, LotSize lot) {
    if (lot == null || !positive(lot.stepSize())) {
      return true;
    }
    BigDecimal base = minQty(lot);
    return value.subtract(base).remainder(lot.stepSize()).signum() == 0;
  }

  private static BigDecimal minQty(LotSize lot) {
    return lot.minQty() == null ? BigDecimal.ZERO : lot.minQty();
  }

  private static BigDecimal toGrid(BigDecimal value, BigDecimal tick, RoundingMode mode) {
    return value.divide(tick, 0, mode).multiply(tick);
  }

  private static boolean positive(BigDecimal value) {
    return value != null && value.signum() > 0;
  }

  private static String num(double value) {
    return BigDecimal.valueOf(value).round(new MathContext(8)).stripTrailingZeros().toPlainString();
  }

  /** Without trailing zeros but never in exponent form (330, not 3.3E+2). */
  private static BigDecimal plainScale(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String pct(double fraction) {
    return BigDecimal.valueOf(fraction * 100).setScale(2, RoundingMode.HALF_UP).toPlainString()
        + "%";
  }
}
