package dev.coinengine.core.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.coinengine.core.config.CostSettings;
import dev.coinengine.core.config.CostSettings.Venue;
import dev.coinengine.core.market.OrderBook;
import dev.coinengine.core.market.OrderBook.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Invariants of the cost model over random orders, books and settings (seeded). */
class CostModelPropertyTest {
  private static final FeeSchedule FEES = FeeSchedule.read(RepositoryFiles.feeSchedule());
  private static final long SEED = 20261125L;
  private static final double EPS = 1e-9;

  @Test
  void componentsAreNonNegativeAndAddUpToTheTotal() {
    Random random = new Random(SEED);
    for (int i = 0; i < 10_000; i++) {
      CostRequest request = request(random, random.nextDouble() * 50);
      CostModel model = model(random, request.venue());
      CostBreakdown cost = model.estimate(request);

      assertThat(cost.feeBps()).isGreaterThanOrEqualTo(0);
      assertThat(cost.spreadBps()).isGreaterThanOrEqualTo(0);
      assertThat(cost.slippageBps()).isGreaterThanOrEqualTo(0);
      assertThat(cost.fundingBps()).isGreaterThanOrEqualTo(0);
      assertThat(cost.fundingReceivedBps()).isGreaterThanOrEqualTo(0);
      double sum = cost.feeBps() + cost.spreadBps() + cost.slippageBps() + cost.fundingBps();
      assertThat(Math.abs(sum - cost.totalBps())).isLessThanOrEqualTo(EPS);
      assertThat(cost.totalQuote())
          .isCloseTo(
              cost.totalBps() / 10_000 * cost.notional(),
              offset(EPS * Math.max(1, cost.totalQuote())));
      assertThat(cost.approved())
          .isEqualTo(cost.refusals().isEmpty())
          .isEqualTo(
              cost.edgeAfterCostBps() >= cost.minEdgeBps()
                  && cost.refusals().stream()
                      .noneMatch(r -> r.code() == CostBreakdown.RefusalCode.BOOK_TOO_SHALLOW));
    }
  }

  @Test
  void costNeverFallsWhenTheOrderGrowsAgainstABook() {
    Random random = new Random(SEED + 1);
    for (int trial = 0; trial < 1_000; trial++) {
      CostModel model = model(random, Venue.SPOT);
      OrderBook book = book(random, 50 + random.nextDouble() * 100);
      Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
      double depth = book.asks().stream().mapToDouble(Level::qty).sum();
      double[] sizes = sizes(random, depth * 1.5); // some beyond the book
      double previous = -1;
      for (double size : sizes) {
        CostBreakdown cost =
            model.estimate(
                CostRequest.builder("ABCUSDT", side, Venue.SPOT)
                    .price(mid(book))
                    .quantity(size)
                    .book(book)
                    .build());
        assertThat(cost.totalBps()).isGreaterThanOrEqualTo(previous - EPS);
        previous = cost.totalBps();
      }
    }
  }

  @Test
  void costNeverFallsWhenTheOrderGrowsUnderTheSquareRootLaw() {
    Random random = new Random(SEED + 2);
    for (int trial = 0; trial < 1_000; trial++) {
      CostModel model = model(random, Venue.SPOT);
      double price = 0.001 + random.nextDouble() * 1000;
      double volume = Math.pow(10, 4 + random.nextDouble() * 6);
      double volatility = random.nextDouble() * 0.3;
      Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
      double previous = -1;
      for (double notional : sizes(random, volume * 0.2)) {
        CostBreakdown cost =
            model.estimate(
                CostRequest.builder("ABCUSDT", side, Venue.SPOT)
                    .price(price)
                    .notional(notional)
                    .quotes(price * 0.9995, price * 1.0005)
                    .dailyLiquidity(volume, volatility)
                    .build());
        assertThat(cost.totalBps()).isGreaterThanOrEqualTo(previous - EPS);
        previous = cost.totalBps();
      }
    }
  }

  /** Spot: any tier, with or without BNB; futures: the tiers the schedule has, no BNB. */
  private static CostModel model(Random random, Venue venue) {
    boolean spot = venue == Venue.SPOT;
    return new CostModel(
        FEES,
        new CostSettings(
            venue,
            random.nextInt(spot ? 10 : 6),
            spot && random.nextBoolean(),
            random.nextDouble() * 20,
            "unused.json"),
        new SquareRootImpact(random.nextDouble() * 2));
  }

  private static CostRequest request(Random random, double scale) {
    boolean futures = random.nextBoolean();
    Venue venue = futures ? Venue.USDM_FUTURES : Venue.SPOT;
    Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
    double mid = 0.0001 + random.nextDouble() * 50_000;
    CostRequest.Builder builder =
        CostRequest.builder("ABCUSDT", side, venue)
            .price(mid)
            .notional(1 + random.nextDouble() * 1_000_000 * scale)
            .liquidity(random.nextInt(4) == 0 ? Liquidity.MAKER : Liquidity.TAKER)
            .expectedEdgeBps(random.nextDouble() * 200 - 50)
            .dailyLiquidity(Math.pow(10, 3 + random.nextDouble() * 8), random.nextDouble() * 0.4);
    if (random.nextBoolean()) {
      builder.book(book(random, mid));
    } else {
      double half = mid * random.nextDouble() * 0.005;
      builder.quotes(mid - half, mid + half);
    }
    if (futures) {
      builder.funding(
          new Funding(
              (random.nextDouble() - 0.5) * 0.01,
              Duration.ofHours(List.of(1, 4, 8).get(random.nextInt(3))),
              Duration.ofMinutes(random.nextInt(10_000))));
    }
    return builder.build();
  }

  /** A random two-sided book around {@code mid}. */
  static OrderBook book(Random random, double mid) {
    double half = mid * (0.00001 + random.nextDouble() * 0.002);
    int levels = 1 + random.nextInt(30);
    List<Level> bids = new ArrayList<>();
    List<Level> asks = new ArrayList<>();
    double bid = mid - half;
    double ask = mid + half;
    for (int i = 0; i < levels; i++) {
      bids.add(new Level(bid, random.nextDouble() * 10_000 / mid));
      asks.add(new Level(ask, random.nextDouble() * 10_000 / mid));
      bid -= mid * (0.00001 + random.nextDouble() * 0.001);
      ask += mid * (0.00001 + random.nextDouble() * 0.001);
      if (bid <= 0) {
        break;
      }
    }
    return new OrderBook("ABCUSDT", bids, asks);
  }

  private static double mid(OrderBook book) {
    return (book.bids().get(0).price() + book.asks().get(0).price()) / 2;
  }

  private static double[] sizes(Random random, double max) {
    double[] sizes = new double[40];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = 1e-9 + random.nextDouble() * max;
    }
    Arrays.sort(sizes);
    return sizes;
  }
}
