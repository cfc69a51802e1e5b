package dev.coinengine.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.config.RiskPreset;
import dev.coinengine.core.cost.Side;
import dev.coinengine.core.market.ExchangeFilters;
import dev.coinengine.core.market.ExchangeFilters.LotSize;
import dev.coinengine.core.market.ExchangeFilters.NotionalFilter;
import dev.coinengine.core.market.ExchangeFilters.PercentPriceBySide;
import dev.coinengine.core.market.ExchangeFilters.PriceFilter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 100,000 random presets, filters, orders and accounts (seeded): no approved order breaks a preset
 * limit or an exchange filter, and no rejected one carries a quantity.
 */
class RiskSizerPropertyTest {
  private static final long SEED = 400L;
  private static final int CASES = 100_000;
  private static final double TOLERANCE = 1e-9; // relative, for the double-valued preset caps

  private final RiskSizer sizer = new RiskSizer();

  @Test
  void noApprovedOrderBreaksAPresetLimitOrAnExchangeFilter() {
    Random random = new Random(SEED);
    List<String> violations = new ArrayList<>();
    Map<BindingLimit, Integer> seen = new EnumMap<>(BindingLimit.class);
    int approved = 0;
    for (int i = 0; i < CASES && violations.size() < 20; i++) {
      RiskPreset preset = preset(random);
      SizingRequest request = request(random);
      SizingDecision decision = sizer.size(preset, request);
      decision.bindingLimits().forEach(limit -> seen.merge(limit, 1, Integer::sum));
      decision.rejections().forEach(r -> seen.merge(r.code(), 1, Integer::sum));
      List<String> broken = new ArrayList<>();
      if (decision.approved()) {
        approved++;
        checkPreset(preset, request, decision, broken);
        checkFilters(request, decision, broken);
      } else if (decision.quantity().signum() != 0 || decision.notional().signum() != 0) {
        broken.add("rejected with quantity " + decision.quantity());
      }
      for (String problem : broken) {
        violations.add(
            "case " + i + ": " + problem + " | " + preset + " | " + request + " -> " + decision);
      }
    }

    assertThat(violations).isEmpty();
    // the generator must exercise both outcomes and every limit
    assertThat(approved).isBetween(CASES / 10, CASES * 9 / 10);
    assertThat(seen.keySet()).containsExactlyInAnyOrder(BindingLimit.values());
  }

  static void checkPreset(
      RiskPreset preset, SizingRequest request, SizingDecision decision, List<String> broken) {
    AccountState account = request.account();
    double equity = account.equity();
    double notional = decision.notional().doubleValue();
    double held = account.exposureIn(request.symbol());
    double gross = account.grossExposure();
    double volTarget =
        equity
            * preset.volatilityTarget()
            / (request.dailyVolatility() * Math.sqrt(365))
            * request.confidence();
    if (!(equity > 0)) {
      broken.add("approved with equity " + equity);
    }
    atMost(broken, "max-position", notional, preset.maxPosition() * equity);
    atMost(broken, "max-per-coin", held + notional, preset.maxPerCoin() * equity);
    atMost(broken, "max-gross-exposure", gross + notional, preset.maxGrossExposure() * equity);
    atMost(broken, "leverage", gross + notional, preset.leverage() * equity);
    atMost(broken, "volatility target", notional, volTarget);
    if (held == 0 && account.openPositions() >= preset.maxOpenPositions()) {
      broken.add("opens position " + (account.openPositions() + 1));
    }
    if (account.dayLoss() >= preset.dailyLossLimit()) {
      broken.add("approved after a daily loss of " + account.dayLoss());
    }
    if (account.drawdown() >= preset.drawdownLimit()) {
      broken.add("approved in a drawdown of " + account.drawdown());
    }
  }

  static void checkFilters(SizingRequest request, SizingDecision decision, List<String> broken) {
    ExchangeFilters filters = request.filters();
    boolean market = request.type() == OrderType.MARKET;
    boolean buy = request.side() == Side.BUY;
    BigDecimal qty = decision.quantity();
    BigDecimal price =
        market ? BigDecimal.valueOf(request.referencePrice()) : decision.limitPrice();
    if (qty.signum() <= 0) {
      broken.add("quantity " + qty);
    }
    if (decision.notional().compareTo(qty.multiply(price)) != 0) {
      broken.add("notional " + decision.notional() + " != " + qty + " x " + price);
    }
    lot(broken, "LOT_SIZE", qty, filters.lotSize());
    if (market) {
      lot(broken, "MARKET_LOT_SIZE", qty, filters.marketLotSize());
    }
    NotionalFilter notional = filters.notional();
    BigDecimal value = qty.multiply(price);
    if (notional != null) {
      if ((!market || notional.applyMinToMarket()) && value.compareTo(notional.minNotional()) < 0) {
        broken.add("notional " + value + " < minNotional " + notional.minNotional());
      }
      if (notional.maxNotional() != null
          && notional.maxNotional().signum() > 0
          && (!market || notional.applyMaxToMarket())
          && value.compareTo(notional.maxNotional()) > 0) {
        broken.add("notional " + value + " > maxNotional " + notional.maxNotional());
      }
    }
    if (!market) {
      BigDecimal limit = decision.limitPrice();
      BigDecimal entry = BigDecimal.valueOf(request.entryPrice());
      if (buy ? limit.compareTo(entry) > 0 : limit.compareTo(entry) < 0) {
        broken.add("limit " + limit + " pays more than the entry " + entry);
      }
      priceOk(broken, "limit", limit, filters.price());
      PercentPriceBySide band = filters.percentPriceBySide();
      if (band != null) {
        BigDecimal ref = BigDecimal.valueOf(request.referencePrice());
        BigDecimal up = buy ? band.bidMultiplierUp() : band.askMultiplierUp();
        BigDecimal down = buy ? band.bidMultiplierDown() : band.askMultiplierDown();
        if (limit.compareTo(ref.multiply(up)) > 0 || limit.compareTo(ref.multiply(down)) < 0) {
          broken.add("limit " + limit + " outside the percent-price band around " + ref);
        }
      }
    }
    BigDecimal stop = decision.stopPrice();
    priceOk(broken, "stop", stop, filters.price());
    if (buy ? stop.compareTo(price) >= 0 : stop.compareTo(price) <= 0) {
      broken.add("stop " + stop + " on the wrong side of " + price);
    }
  }

  private static void lot(List<String> broken, String name, BigDecimal qty, LotSize lot) {
    if (lot == null) {
      return;
    }
    if (qty.compareTo(lot.minQty()) < 0) {
      broken.add(name + " quantity " + qty + " < minQty " + lot.minQty());
    }
    if (lot.maxQty().signum() > 0 && qty.compareTo(lot.maxQty()) > 0) {
      broken.add(name + " quantity " + qty + " > maxQty " + lot.maxQty());
    }
    if (lot.stepSize().signum() > 0
        && qty.subtract(lot.minQty()).remainder(lot.stepSize()).signum() != 0) {
      broken.add(name + " quantity " + qty + " off the step " + lot.stepSize());
    }
  }

  private static void priceOk(List<String> broken, String what, BigDecimal p, PriceFilter f) {
    if (f == null) {
      return;
    }
    if (f.tickSize().signum() > 0 && p.remainder(f.tickSize()).signum() != 0) {
      broken.add(what + " " + p + " off the tick " + f.tickSize());
    }
    if (f.minPrice().signum() > 0 && p.compareTo(f.minPrice()) < 0) {
      broken.add(what + " " + p + " < minPrice " + f.minPrice());
    }
    if (f.maxPrice().signum() > 0 && p.compareTo(f.maxPrice()) > 0) {
      broken.add(what + " " + p + " > maxPrice " + f.maxPrice());
    }
  }

  private static void atMost(List<String> broken, String limit, double value, double cap) {
    if (value > cap + TOLERANCE * Math.abs(cap)) {
      broken.add(limit + ": " + value + " > " + cap);
    }
  }

  static RiskPreset preset(Random random) {
    double leverage = 0.5 + random.nextDouble() * 4.5;
    double maxGross = leverage * (0.1 + 0.9 * random.nextDouble());
    if (random.nextInt(4) == 0) {
      maxGross = leverage;
    }
    double maxPerCoin = maxGross * (0.01 + 0.99 * random.nextDouble());
    double maxPosition = Math.min(1, maxPerCoin) * (0.05 + 0.95 * random.nextDouble());
    if (random.nextInt(4) == 0) {
      maxPosition = Math.min(1, maxPerCoin);
    }
    double drawdown = 0.02 + 0.5 * random.nextDouble();
    double dailyLoss = drawdown * (0.05 + 0.95 * random.nextDouble());
    return new RiskPreset(
        "random",
        1 + random.nextInt(5),
        maxPosition,
        maxGross,
        1 + random.nextInt(30),
        maxPerCoin,
        dailyLoss,
        drawdown,
        leverage,
        0.01 + random.nextDouble() * 1.5,
        0.005 + random.nextDouble() * 0.3);
  }

  static SizingRequest request(Random random) {
    int priceExponent = -6 + random.nextInt(11); // 1e-6 .. 1e4
    double price = Math.pow(10, priceExponent) * (1 + 9 * random.nextDouble());
    ExchangeFilters filters = filters(random, price, priceExponent);
    Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
    OrderType type = random.nextInt(3) == 0 ? OrderType.MARKET : OrderType.LIMIT;
    double reference =
        random.nextBoolean() ? Double.NaN : price * (0.8 + 0.4 * random.nextDouble());
    return new SizingRequest(
        "COIN" + random.nextInt(5) + "USDT",
        side,
        type,
        price,
        reference,
        0.002 + random.nextDouble() * 0.3,
        random.nextInt(20) == 0 ? 0 : random.nextDouble(),
        filters,
        account(random));
  }

  private static ExchangeFilters filters(Random random, double price, int priceExponent) {
    BigDecimal tick = BigDecimal.ONE.movePointLeft(2 - priceExponent + random.nextInt(4));
    if (random.nextInt(5) == 0) {
      tick = tick.multiply(BigDecimal.valueOf(5));
    }
    PriceFilter priceFilter =
        random.nextInt(10) == 0
            ? null
            : new PriceFilter(
                random.nextInt(20) == 0 ? BigDecimal.valueOf(price * 2) : tick,
                random.nextInt(20) == 0
                    ? BigDecimal.valueOf(price / 2)
                        .setScale(tick.scale(), java.math.RoundingMode.DOWN)
                    : BigDecimal.valueOf(1_000_000),
                random.nextInt(20) == 0 ? BigDecimal.ZERO : tick);
    BigDecimal step = BigDecimal.ONE.movePointLeft(random.nextInt(9) - 2 - priceExponent / 2);
    BigDecimal minQty = step.multiply(BigDecimal.valueOf(random.nextInt(12)));
    BigDecimal maxQty =
        random.nextInt(5) == 0
            ? step.multiply(BigDecimal.valueOf(1 + random.nextInt(5000))).add(minQty)
            : BigDecimal.valueOf(9_000_000_000L);
    LotSize lot = random.nextInt(15) == 0 ? null : new LotSize(minQty, maxQty, step);
    LotSize marketLot =
        random.nextInt(4) == 0
            ? null
            : new LotSize(
                random.nextBoolean() ? BigDecimal.ZERO : minQty.multiply(BigDecimal.valueOf(2)),
                random.nextInt(3) == 0
                    ? step.multiply(BigDecimal.valueOf(1 + random.nextInt(3000)))
                    : BigDecimal.valueOf(1_000_000_000L),
                random.nextBoolean() ? BigDecimal.ZERO : step.multiply(BigDecimal.TEN));
    NotionalFilter notional =
        random.nextInt(8) == 0
            ? null
            : new NotionalFilter(
                BigDecimal.valueOf(random.nextInt(21)),
                random.nextInt(5) == 0
                    ? BigDecimal.valueOf(10 + random.nextInt(5000))
                    : random.nextBoolean() ? null : BigDecimal.valueOf(9_000_000),
                random.nextBoolean(),
                random.nextBoolean(),
                5);
    PercentPriceBySide band =
        random.nextInt(3) == 0
            ? null
            : new PercentPriceBySide(
                BigDecimal.valueOf(1.05 + random.nextDouble() * 4),
                BigDecimal.valueOf(0.2 + random.nextDouble() * 0.75),
                BigDecimal.valueOf(1.05 + random.nextDouble() * 4),
                BigDecimal.valueOf(0.2 + random.nextDouble() * 0.75),
                5);
    return new ExchangeFilters(priceFilter, lot, marketLot, notional, band);
  }

  static AccountState account(Random random) {
    double equity =
        random.nextInt(50) == 0
            ? -random.nextDouble() * 100
            : Math.pow(10, 1 + 6 * random.nextDouble());
    List<Position> positions = new ArrayList<>();
    int count = random.nextInt(3) == 0 ? 0 : random.nextInt(35);
    for (int i = 0; i < count; i++) {
      double size = Math.abs(equity) * random.nextDouble() * 0.3;
      positions.add(
          new Position("COIN" + random.nextInt(40) + "USDT", random.nextBoolean() ? size : -size));
    }
    double todayPnl = Math.abs(equity) * (random.nextDouble() - 0.6) * 0.1;
    double peak = Math.abs(equity) * (1 + (random.nextBoolean() ? 0 : random.nextDouble() * 0.4));
    return new AccountState(equity, positions, todayPnl, peak);
  }
}
