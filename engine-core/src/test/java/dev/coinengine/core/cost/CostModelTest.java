package dev.coinengine.core.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.coinengine.core.config.CostSettings;
import dev.coinengine.core.config.CostSettings.Venue;
import dev.coinengine.core.cost.CostBreakdown.RefusalCode;
import dev.coinengine.core.cost.CostBreakdown.SlippageSource;
import dev.coinengine.core.market.OrderBook;
import dev.coinengine.core.market.OrderBook.Level;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostModelTest {
  private static final FeeSchedule FEES = FeeSchedule.read(RepositoryFiles.feeSchedule());
  private static final double EPS = 1e-9;

  // asks 100.0 x1, 100.5 x1, 101.0 x10; bids 99.9 x1, 99.5 x1, 99.0 x10; mid 99.95
  private static final OrderBook BOOK =
      new OrderBook(
          "ABCUSDT",
          List.of(new Level(99.9, 1), new Level(99.5, 1), new Level(99.0, 10)),
          List.of(new Level(100.0, 1), new Level(100.5, 1), new Level(101.0, 10)));

  private static CostModel model(boolean bnb, double minEdge) {
    return new CostModel(
        FEES,
        new CostSettings(Venue.SPOT, 0, bnb, minEdge, "config/fees/binance-fee-schedule.json"),
        new SquareRootImpact(SquareRootImpact.DEFAULT_COEFFICIENT));
  }

  private static CostRequest.Builder spot(Side side) {
    return CostRequest.builder("ABCUSDT", side, Venue.SPOT).price(100);
  }

  @Test
  void spotVip0TakerRoundTripPaysTwentyBasisPointsOfFees() {
    CostBreakdown cost =
        model(false, 0)
            .estimate(
                spot(Side.BUY).quantity(0.5).quotes(99.99, 100.01).dailyLiquidity(1e9, 0).build());

    assertThat(cost.feeRates()).isEqualTo(new FeeRates(10, 10));
    assertThat(cost.feeBps()).isEqualTo(20.0); // 10 bps in + 10 bps out
    // half-spread 0.01 / 100 = 1 bp per crossing, two crossings
    assertThat(cost.spreadBps()).isCloseTo(2.0, offset(EPS));
    assertThat(cost.slippageBps()).isZero(); // dailyVolatility 0: no impact
    assertThat(cost.totalBps()).isCloseTo(22.0, offset(EPS));
    assertThat(cost.totalQuote()).isCloseTo(22.0 / 10_000 * 50, offset(EPS));
  }

  @Test
  void bnbDiscountMakesTheRoundTripFifteenBasisPoints() {
    CostBreakdown cost =
        model(true, 0)
            .estimate(spot(Side.BUY).quantity(1).quotes(100, 100).dailyLiquidity(1e9, 0).build());

    assertThat(cost.feeBps()).isEqualTo(15.0); // 7.5 + 7.5
    assertThat(cost.totalBps()).isEqualTo(15.0);
  }

  @Test
  void makerPaysMakerFeesAndNeitherSpreadNorSlippage() {
    CostBreakdown cost =
        model(false, 0)
            .estimate(spot(Side.SELL).quantity(5).book(BOOK).liquidity(Liquidity.MAKER).build());

    assertThat(cost.feeBps()).isEqualTo(20.0);
    assertThat(cost.spreadBps()).isZero();
    assertThat(cost.slippageBps()).isZero();
    assertThat(cost.slippageSource()).isEqualTo(SlippageSource.NONE);
  }

  @Test
  void buyWalksTheAsksToEnterAndTheBidsToExit() {
    CostBreakdown cost =
        model(false, 0)
            .estimate(spot(Side.BUY).quantity(2).book(BOOK).expectedEdgeBps(1_000).build());

    // entry: 1 @ 100.0 + 1 @ 100.5 -> 0.5 above the best ask
    // exit:  1 @ 99.9 + 1 @ 99.5   -> 0.4 below the best bid
    double expected = (0.5 + 0.4) / (2 * 99.95) * 10_000;
    assertThat(cost.slippageSource()).isEqualTo(SlippageSource.ORDER_BOOK);
    assertThat(cost.slippageBps()).isCloseTo(expected, offset(EPS));
    // quoted spread 0.1 on a mid of 99.95, half per crossing, two crossings
    assertThat(cost.spreadBps()).isCloseTo(0.1 / 99.95 * 10_000, offset(EPS));
    assertThat(cost.approved()).isTrue();
  }

  @Test
  void sellWalksTheBidsToEnterAndTheAsksToExit() {
    CostBreakdown cost = model(false, 0).estimate(spot(Side.SELL).quantity(3).book(BOOK).build());

    // entry: 1 @ 99.9 + 1 @ 99.5 + 1 @ 99.0 -> 0 + 0.4 + 0.9 below the best bid
    // exit:  1 @ 100.0 + 1 @ 100.5 + 1 @ 101.0 -> 0 + 0.5 + 1.0 above the best ask
    double expected = (1.3 + 1.5) / (3 * 99.95) * 10_000;
    assertThat(cost.slippageBps()).isCloseTo(expected, offset(EPS));
  }

  @Test
  void orderWithinTheTopLevelHasNoSlippage() {
    CostBreakdown cost = model(false, 0).estimate(spot(Side.BUY).quantity(0.7).book(BOOK).build());

    assertThat(cost.slippageBps()).isZero();
  }

  @Test
  void tooShallowBookIsRefusedWithTheDepthNotExtrapolatedSilently() {
    CostBreakdown cost =
        model(false, 0)
            .estimate(spot(Side.BUY).quantity(20).book(BOOK).expectedEdgeBps(10_000).build());

    assertThat(cost.approved()).isFalse();
    assertThat(cost.refusals())
        .extracting(CostBreakdown.Refusal::code)
        .containsExactly(RefusalCode.BOOK_TOO_SHALLOW, RefusalCode.BOOK_TOO_SHALLOW);
    assertThat(cost.refusals().get(0).message())
        .contains("asks (entry) of ABCUSDT hold 12 base in 3 levels, the order needs 20")
        .contains("lower bound");
    // entry: 0 + 0.5 + 10 x 1.0 + 8 beyond the book at the last level 1.0
    // exit:  0 + 0.4 + 10 x 0.9 + 8 x 0.9
    double expected = (0.5 + 10 + 8 + 0.4 + 9 + 7.2) / (20 * 99.95) * 10_000;
    assertThat(cost.slippageBps()).isCloseTo(expected, offset(EPS));
  }

  @Test
  void withoutABookSlippageFollowsTheSquareRootLaw() {
    // 100,000 quote against 100,000,000 daily: participation 0.001, sqrt = 0.0316228
    // daily vol 4%: impact 0.04 x 0.0316228 = 12.649 bps per crossing
    CostBreakdown cost =
        model(false, 0)
            .estimate(
                spot(Side.BUY)
                    .notional(100_000)
                    .quotes(100, 100)
                    .dailyLiquidity(100_000_000, 0.04)
                    .build());

    assertThat(cost.slippageSource()).isEqualTo(SlippageSource.SQUARE_ROOT_IMPACT);
    assertThat(cost.slippageBps()).isCloseTo(2 * 12.649110640673518, offset(1e-9));
    assertThat(cost.notional()).isCloseTo(100_000, offset(1e-6));
  }

  @Test
  void longPaysPositiveFundingForEveryIntervalOfTheHoldingTime() {
    CostModel futures =
        new CostModel(
            FEES, new CostSettings(Venue.USDM_FUTURES, 0, false, 0, "x"), new SquareRootImpact(1));
    Funding funding = new Funding(0.0001, Duration.ofHours(8), Duration.ofHours(24));

    CostBreakdown longCost =
        futures.estimate(
            CostRequest.builder("ABCUSDT", Side.BUY, Venue.USDM_FUTURES)
                .price(100)
                .quantity(1)
                .quotes(100, 100)
                .dailyLiquidity(1e12, 0)
                .funding(funding)
                .build());
    CostBreakdown shortCost =
        futures.estimate(
            CostRequest.builder("ABCUSDT", Side.SELL, Venue.USDM_FUTURES)
                .price(100)
                .quantity(1)
                .quotes(100, 100)
                .dailyLiquidity(1e12, 0)
                .funding(funding)
                .build());

    assertThat(longCost.feeBps()).isEqualTo(10.0); // 5 bps taker in and out
    assertThat(longCost.fundingBps()).isCloseTo(3.0, offset(EPS)); // 0.01% x 3 intervals
    assertThat(longCost.fundingReceivedBps()).isZero();
    assertThat(longCost.totalBps()).isCloseTo(13.0, offset(EPS));
    assertThat(shortCost.fundingBps()).isZero();
    assertThat(shortCost.fundingReceivedBps()).isCloseTo(3.0, offset(EPS));
    assertThat(shortCost.totalBps()).isCloseTo(10.0, offset(EPS)); // received funding not netted
  }

  @Test
  void partialFundingIntervalsCountProRata() {
    Funding funding = new Funding(-0.0003, Duration.ofHours(4), Duration.ofHours(6));

    assertThat(funding.expectedPayments()).isEqualTo(1.5);
  }

  @Test
  void edgeBelowTheMinimumIsRefusedWithTheNumbers() {
    CostBreakdown cost =
        model(false, 5)
            .estimate(
                spot(Side.BUY)
                    .quantity(1)
                    .quotes(99.99, 100.01)
                    .dailyLiquidity(1e9, 0)
                    .expectedEdgeBps(25)
                    .build());

    assertThat(cost.edgeAfterCostBps()).isCloseTo(3.0, offset(EPS));
    assertThat(cost.approved()).isFalse();
    assertThat(cost.refusals()).hasSize(1);
    assertThat(cost.refusals().get(0).code()).isEqualTo(RefusalCode.EDGE_BELOW_MINIMUM);
    assertThat(cost.refusals().get(0).message())
        .isEqualTo(
            "expected edge 25.00 bps - cost 22.00 bps (fee 20.00 + spread 2.00 + slippage 0.00 +"
                + " funding 0.00) = 3.00 bps, below the minimum 5.00 bps");
  }

  @Test
  void edgeAtOrAboveTheMinimumIsApproved() {
    CostBreakdown cost =
        model(false, 5)
            .estimate(
                spot(Side.BUY)
                    .quantity(1)
                    .quotes(100, 100)
                    .dailyLiquidity(1e9, 0)
                    .expectedEdgeBps(25)
                    .build());

    assertThat(cost.edgeAfterCostBps()).isEqualTo(5.0);
    assertThat(cost.approved()).isTrue();
    assertThat(cost.refusals()).isEmpty();
  }

  @Test
  void requestsWithoutQuotesOrWithFundingOnSpotAreInvalid() {
    assertThatThrownBy(() -> spot(Side.BUY).quantity(1).dailyLiquidity(1e9, 0.01).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bid/ask or a two-sided book");
    assertThatThrownBy(
            () ->
                spot(Side.BUY)
                    .quantity(1)
                    .quotes(100, 100)
                    .dailyLiquidity(1e9, 0.01)
                    .funding(new Funding(0.0001, Duration.ofHours(8), Duration.ofHours(8)))
                    .build())
        .hasMessageContaining("funding applies to USDM_FUTURES only");
    assertThatThrownBy(() -> spot(Side.BUY).quantity(1).quotes(100, 100).build())
        .hasMessageContaining("dailyQuoteVolume");
    assertThatThrownBy(() -> spot(Side.BUY).quantity(-1).quotes(100, 100).build())
        .hasMessageContaining("quantity must be a finite number > 0");
  }

  @Test
  void futuresTierMissingFromTheScheduleFailsNamingIt() {
    CostModel vip7 =
        new CostModel(
            FEES, new CostSettings(Venue.USDM_FUTURES, 7, false, 0, "x"), new SquareRootImpact(1));
    CostRequest request =
        CostRequest.builder("ABCUSDT", Side.BUY, Venue.USDM_FUTURES)
            .price(100)
            .quantity(1)
            .quotes(100, 100)
            .dailyLiquidity(1e9, 0)
            .funding(new Funding(0, Duration.ofHours(8), Duration.ZERO))
            .build();

    assertThatThrownBy(() -> vip7.estimate(request)).hasMessageContaining("VIP7");
  }
}
