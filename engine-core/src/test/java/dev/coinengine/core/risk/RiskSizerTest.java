package dev.coinengine.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.config.RiskPreset;
import dev.coinengine.core.cost.Side;
import dev.coinengine.core.market.ExchangeFilters;
import dev.coinengine.core.market.ExchangeFilters.LotSize;
import dev.coinengine.core.market.ExchangeFilters.NotionalFilter;
import dev.coinengine.core.market.ExchangeFilters.PercentPriceBySide;
import dev.coinengine.core.market.ExchangeFilters.PriceFilter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskSizerTest {
  // the repository's balanced preset: 5% per position, 10% per coin, gross 1x, 10 positions,
  // 2% daily loss, 10% drawdown, leverage 1, 20% annual volatility, 5% stop
  static final RiskPreset BALANCED =
      new RiskPreset("balanced", 1, 0.05, 1.0, 10, 0.10, 0.02, 0.10, 1, 0.20, 0.05);

  static final ExchangeFilters FILTERS =
      new ExchangeFilters(
          new PriceFilter(bd("0.01"), bd("1000000"), bd("0.01")),
          new LotSize(bd("0.001"), bd("9000"), bd("0.001")),
          new LotSize(bd("0"), bd("500"), bd("0")),
          new NotionalFilter(bd("5"), bd("9000000"), true, false, 5),
          new PercentPriceBySide(bd("5"), bd("0.2"), bd("5"), bd("0.2"), 5));

  private final RiskSizer sizer = new RiskSizer();

  static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }

  static AccountState flat(double equity) {
    return new AccountState(equity, List.of(), 0, equity);
  }

  private static SizingRequest buy(double price, double vol, double confidence, AccountState a) {
    return new SizingRequest(
        "ABCUSDT", Side.BUY, OrderType.LIMIT, price, Double.NaN, vol, confidence, FILTERS, a);
  }

  @Test
  void maxPositionCapsACalmCoin() {
    // vol target 10,000 x 0.20 / (0.05 x sqrt(365)) = 2,093.8 > max position 500
    SizingDecision decision = sizer.size(BALANCED, buy(100, 0.05, 1, flat(10_000)));

    assertThat(decision.approved()).isTrue();
    assertThat(decision.quantity()).isEqualByComparingTo("5");
    assertThat(decision.notional()).isEqualByComparingTo("500");
    assertThat(decision.limitPrice()).isEqualByComparingTo("100");
    assertThat(decision.stopPrice()).isEqualByComparingTo("95");
    assertThat(decision.stopPrice().toString()).isEqualTo("95"); // never 9.5E+1
    assertThat(decision.bindingLimits()).containsExactly(BindingLimit.MAX_POSITION);
    assertThat(decision.preset()).isEqualTo("balanced");
    assertThat(decision.presetVersion()).isEqualTo(1);
  }

  @Test
  void volatilityTargetScaledByConfidenceSizesAVolatileCoinAndTheStepRoundsDown() {
    // 10,000 x 0.20 / (0.5 x sqrt(365)) x 0.5 = 104.6902 quote = 1.046902 at 100 -> 1.046
    SizingDecision decision = sizer.size(BALANCED, buy(100, 0.5, 0.5, flat(10_000)));

    double target = 10_000 * 0.20 / (0.5 * Math.sqrt(365)) * 0.5;
    assertThat(decision.targetNotional()).isEqualTo(target);
    assertThat(decision.quantity()).isEqualByComparingTo("1.046");
    assertThat(decision.notional()).isEqualByComparingTo("104.6");
    assertThat(decision.bindingLimits())
        .containsExactly(BindingLimit.VOLATILITY_TARGET, BindingLimit.STEP_SIZE);
  }

  @Test
  void existingPositionInTheCoinCountsAgainstMaxPerCoin() {
    AccountState account =
        new AccountState(10_000, List.of(new Position("ABCUSDT", 800)), 0, 10_000);

    SizingDecision decision = sizer.size(BALANCED, buy(100, 0.05, 1, account));

    assertThat(decision.quantity()).isEqualByComparingTo("2"); // 1,000 cap - 800 held
    assertThat(decision.quantity().toString()).isEqualTo("2");
    assertThat(decision.bindingLimits()).containsExactly(BindingLimit.MAX_PER_COIN);
  }

  @Test
  void grossExposureAndLeverageCapTheLastHeadroom() {
    List<Position> positions = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      positions.add(new Position("C" + i + "USDT", i % 2 == 0 ? 1_100 : -1_100));
    }
    AccountState account = new AccountState(10_000, positions, 0, 10_000); // gross 9,900

    SizingDecision decision = sizer.size(BALANCED, buy(100, 0.05, 1, account));

    assertThat(decision.quantity()).isEqualByComparingTo("1");
    assertThat(decision.bindingLimits())
        .containsExactly(BindingLimit.MAX_GROSS_EXPOSURE, BindingLimit.LEVERAGE);
  }

  @Test
  void newCoinIsRefusedWhenMaxOpenPositionsAreOpenButAddingToAHeldCoinIsNot() {
    List<Position> positions = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      positions.add(new Position(i == 0 ? "ABCUSDT" : "C" + i + "USDT", 100));
    }
    AccountState account = new AccountState(100_000, positions, 0, 100_000);

    SizingDecision other =
        sizer.size(
            BALANCED,
            new SizingRequest(
                "XYZUSDT", Side.BUY, OrderType.LIMIT, 100, Double.NaN, 0.05, 1, FILTERS, account));
    SizingDecision same = sizer.size(BALANCED, buy(100, 0.05, 1, account));

    assertThat(other.approved()).isFalse();
    assertThat(other.quantity()).isEqualByComparingTo("0");
    assertThat(other.rejections())
        .extracting(Rejection::code)
        .containsExactly(BindingLimit.MAX_OPEN_POSITIONS);
    assertThat(other.rejections().get(0).message())
        .isEqualTo("10 positions are open, the preset allows 10; XYZUSDT would be a new one");
    assertThat(same.approved()).isTrue();
  }

  @Test
  void dailyLossLimitBlocksNewRisk() {
    // started the day at 10,000, lost 250 = 2.5% >= 2%
    AccountState account = new AccountState(9_750, List.of(), -250, 10_000);

    SizingDecision decision = sizer.size(BALANCED, buy(100, 0.05, 1, account));

    assertThat(decision.approved()).isFalse();
    assertThat(decision.rejections())
        .extracting(Rejection::code)
        .containsExactly(BindingLimit.DAILY_LOSS_LIMIT);
    assertThat(decision.rejections().get(0).message()).contains("2.50%").contains("2.00%");
  }

  @Test
  void drawdownLimitBlocksNewRisk() {
    // peak 11,200, now 10,000: 10.71% >= 10%
    AccountState account = new AccountState(10_000, List.of(), 0, 11_200);

    SizingDecision decision = sizer.size(BALANCED, buy(100, 0.05, 1, account));

    assertThat(decision.rejections())
        .extracting(Rejection::code)
        .containsExactly(BindingLimit.DRAWDOWN_LIMIT);
    assertThat(decision.boundBy(BindingLimit.DRAWDOWN_LIMIT)).isTrue();
  }

  @Test
  void belowMinNotionalIsRefusedNotRoundedUp() {
    // max position 5% of 60 = 3 quote < min notional 5
    SizingDecision decision = sizer.size(BALANCED, buy(100, 0.05, 1, flat(60)));

    assertThat(decision.approved()).isFalse();
    assertThat(decision.quantity()).isEqualByComparingTo("0");
    assertThat(decision.rejections())
        .extracting(Rejection::code)
        .containsExactly(BindingLimit.MIN_NOTIONAL);
    assertThat(decision.rejections().get(0).message())
        .isEqualTo("notional 3 is below the minimum notional 5 (not rounded up)");
  }

  @Test
  void belowMinQtyIsRefused() {
    ExchangeFilters coarse =
        new ExchangeFilters(
            FILTERS.price(), new LotSize(bd("1"), bd("1000"), bd("1")), null, null, null);
    SizingDecision decision =
        sizer.size(
            BALANCED,
            new SizingRequest(
                "ABCUSDT",
                Side.BUY,
                OrderType.LIMIT,
                100,
                Double.NaN,
                0.05,
                1,
                coarse,
                flat(1_000)));

    // 50 quote at 100 = 0.5 < minQty 1
    assertThat(decision.rejections())
        .extracting(Rejection::code)
        .containsExactly(BindingLimit.MIN_QTY);
  }

  @Test
  void limitPriceRoundsToTheTickOnTheSideThatNeverPaysMore() {
    SizingDecision buy = sizer.size(BALANCED, buy(100.037, 0.05, 1, flat(10_000)));
    SizingDecision sell =
        sizer.size(
            BALANCED,
            new SizingRequest(
                "ABCUSDT",
                Side.SELL,
                OrderType.LIMIT,
                100.037,
                Double.NaN,
                0.05,
                1,
                FILTERS,
                flat(10_000)));

    assertThat(buy.limitPrice()).isEqualByComparingTo("100.03");
    assertThat(sell.limitPrice()).isEqualByComparingTo("100.04");
    assertThat(buy.bindingLimits()).contains(BindingLimit.TICK_SIZE);
    // stop 5% away, rounded toward the entry: 100.03 x 0.95 = 95.0285 -> 95.03
    assertThat(buy.stopPrice()).isEqualByComparingTo("95.03");
    // 100.04 x 1.05 = 105.042 -> 105.04
    assertThat(sell.stopPrice()).isEqualByComparingTo("105.04");
  }

  @Test
  void exchangeMaximumsShrinkTheOrder() {
    ExchangeFilters small =
        new ExchangeFilters(
            FILTERS.price(),
            new LotSize(bd("0.001"), bd("2"), bd("0.001")),
            new LotSize(bd("0"), bd("1.5"), bd("0")),
            new NotionalFilter(bd("5"), bd("120"), true, false, 5),
            null);

    SizingDecision limit =
        sizer.size(
            BALANCED,
            new SizingRequest(
                "ABCUSDT",
                Side.BUY,
                OrderType.LIMIT,
                100,
                Double.NaN,
                0.05,
                1,
                small,
                flat(10_000)));
    SizingDecision market =
        sizer.size(
            BALANCED,
            new SizingRequest(
                "ABCUSDT", Side.BUY, OrderType.MARKET, 100, 99, 0.05, 1, small, flat(10_000)));

    assertThat(limit.quantity()).isEqualByComparingTo("1.2"); // max notional 120 at 100
    assertThat(limit.bindingLimits()).contains(BindingLimit.MAX_QTY, BindingLimit.MAX_NOTIONAL);
    assertThat(market.quantity()).isEqualByComparingTo("1.5"); // maxNotional not applied to market
    assertThat(market.limitPrice()).isNull();
    assertThat(market.notional()).isEqualByComparingTo("148.5"); // at the reference price 99
    assertThat(market.bindingLimits()).contains(BindingLimit.MARKET_MAX_QTY);
  }

  @Test
  void limitOutsideThePercentPriceBandIsRefused() {
    ExchangeFilters band =
        new ExchangeFilters(
            FILTERS.price(),
            FILTERS.lotSize(),
            null,
            FILTERS.notional(),
            new PercentPriceBySide(bd("1.05"), bd("0.95"), bd("1.05"), bd("0.95"), 5));

    SizingDecision decision =
        sizer.size(
            BALANCED,
            new SizingRequest(
                "ABCUSDT", Side.BUY, OrderType.LIMIT, 106, 100, 0.05, 1, band, flat(10_000)));

    assertThat(decision.rejections())
        .extracting(Rejection::code)
        .containsExactly(BindingLimit.PERCENT_PRICE);
    assertThat(decision.rejections().get(0).message())
        .isEqualTo(
            "limit price 106 is outside the bid band [95, 105] around the reference price 100");
  }

  @Test
  void zeroConfidenceSizesNothing() {
    SizingDecision decision = sizer.size(BALANCED, buy(100, 0.05, 0, flat(10_000)));

    assertThat(decision.approved()).isFalse();
    assertThat(decision.rejections())
        .extracting(Rejection::code)
        .containsExactly(BindingLimit.ZERO_SIZE);
  }

  @Test
  void invalidInputsAreRefusedWithTheField() {
    assertThatThrownBy(() -> buy(100, 0.05, 1.5, flat(1)))
        .hasMessage("confidence must be in [0, 1], was 1.5");
    assertThatThrownBy(() -> buy(100, 0, 1, flat(1)))
        .hasMessage("dailyVolatility must be a finite number > 0, was 0.0");
    assertThatThrownBy(() -> new AccountState(1, List.of(), 0, -1))
        .hasMessage("peakEquity must be a finite number >= 0, was -1.0");
  }
}
