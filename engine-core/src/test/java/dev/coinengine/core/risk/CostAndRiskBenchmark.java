package dev.coinengine.core.risk;

import dev.coinengine.core.config.CostSettings;
import dev.coinengine.core.config.CostSettings.Venue;
import dev.coinengine.core.config.RiskPreset;
import dev.coinengine.core.cost.CostBreakdown;
import dev.coinengine.core.cost.CostModel;
import dev.coinengine.core.cost.CostRequest;
import dev.coinengine.core.cost.FeeSchedule;
import dev.coinengine.core.cost.Side;
import dev.coinengine.core.cost.SquareRootImpact;
import dev.coinengine.core.market.ExchangeFilters;
import dev.coinengine.core.market.ExchangeFilters.LotSize;
import dev.coinengine.core.market.ExchangeFilters.NotionalFilter;
import dev.coinengine.core.market.ExchangeFilters.PercentPriceBySide;
import dev.coinengine.core.market.ExchangeFilters.PriceFilter;
import dev.coinengine.core.market.OrderBook;
import dev.coinengine.core.market.OrderBook.Level;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One decision's cost and sizing: {@link CostModel#estimate} against a 20-level book or with the
 * square-root impact, and {@link RiskSizer#size} for an account with 10 open positions, over 1,024
 * pre-built requests (round robin, so branch prediction sees a mix). Run as documented in {@code
 * docs/cost-and-risk.md}; it reads the fee schedule from {@code config/fees/}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CostAndRiskBenchmark {
  private static final int REQUESTS = 1_024;

  /** Models and pre-built requests. */
  @State(Scope.Thread)
  public static class Inputs {
    CostModel costModel;
    RiskSizer sizer;
    RiskPreset preset;
    CostRequest[] bookRequests = new CostRequest[REQUESTS];
    CostRequest[] impactRequests = new CostRequest[REQUESTS];
    SizingRequest[] sizingRequests = new SizingRequest[REQUESTS];
    int next;

    @Setup(org.openjdk.jmh.annotations.Level.Trial)
    public void setUp() {
      FeeSchedule fees = FeeSchedule.read(feeFile());
      costModel =
          new CostModel(
              fees,
              new CostSettings(Venue.SPOT, 0, false, 5, "config/fees/binance-fee-schedule.json"),
              new SquareRootImpact(SquareRootImpact.DEFAULT_COEFFICIENT));
      sizer = new RiskSizer();
      preset = new RiskPreset("balanced", 1, 0.05, 1.0, 10, 0.10, 0.02, 0.10, 1, 0.20, 0.05);
      Random random = new Random(42);
      ExchangeFilters filters =
          new ExchangeFilters(
              new PriceFilter(
                  new BigDecimal("0.01"), new BigDecimal("1000000"), new BigDecimal("0.01")),
              new LotSize(
                  new BigDecimal("0.00001"), new BigDecimal("9000"), new BigDecimal("0.00001")),
              new LotSize(BigDecimal.ZERO, new BigDecimal("120"), BigDecimal.ZERO),
              new NotionalFilter(new BigDecimal("5"), new BigDecimal("9000000"), true, false, 5),
              new PercentPriceBySide(
                  new BigDecimal("5"),
                  new BigDecimal("0.2"),
                  new BigDecimal("5"),
                  new BigDecimal("0.2"),
                  5));
      List<Position> positions = new ArrayList<>();
      for (int i = 0; i < 9; i++) {
        positions.add(new Position("C" + i + "USDT", 300 + 50 * i));
      }
      for (int i = 0; i < REQUESTS; i++) {
        double mid = 100 + random.nextDouble() * 50_000;
        Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
        OrderBook book = book(random, mid);
        bookRequests[i] =
            CostRequest.builder("BTCUSDT", side, Venue.SPOT)
                .price(mid)
                .notional(100 + random.nextDouble() * 20_000)
                .book(book)
                .expectedEdgeBps(40)
                .build();
        impactRequests[i] =
            CostRequest.builder("BTCUSDT", side, Venue.SPOT)
                .price(mid)
                .notional(100 + random.nextDouble() * 20_000)
                .quotes(mid * 0.99995, mid * 1.00005)
                .dailyLiquidity(1e9, 0.03)
                .expectedEdgeBps(40)
                .build();
        double equity = 10_000 + random.nextDouble() * 90_000;
        // about one in six accounts is past the 10% drawdown limit (a rejection)
        AccountState account =
            new AccountState(
                equity,
                random.nextBoolean() ? positions : List.of(new Position("BTCUSDT", 200)),
                random.nextDouble() * 100 - 50,
                equity * (1 + random.nextDouble() * 0.13));
        sizingRequests[i] =
            new SizingRequest(
                "BTCUSDT",
                side,
                OrderType.LIMIT,
                mid * (1 + random.nextDouble() * 0.001),
                mid,
                0.01 + random.nextDouble() * 0.1,
                random.nextDouble(),
                filters,
                account);
      }
    }

    int index() {
      next = (next + 1) & (REQUESTS - 1);
      return next;
    }
  }

  @Benchmark
  public CostBreakdown costWithBook(Inputs in) {
    return in.costModel.estimate(in.bookRequests[in.index()]);
  }

  @Benchmark
  public CostBreakdown costWithSquareRootImpact(Inputs in) {
    return in.costModel.estimate(in.impactRequests[in.index()]);
  }

  @Benchmark
  public SizingDecision size(Inputs in) {
    return in.sizer.size(in.preset, in.sizingRequests[in.index()]);
  }

  /** Cost and sizing of one decision, as the decide function will call them. */
  @Benchmark
  public SizingDecision costAndSize(Inputs in) {
    int i = in.index();
    CostBreakdown cost = in.costModel.estimate(in.bookRequests[i]);
    return cost.totalBps() >= 0 ? in.sizer.size(in.preset, in.sizingRequests[i]) : null;
  }

  private static OrderBook book(Random random, double mid) {
    List<Level> bids = new ArrayList<>();
    List<Level> asks = new ArrayList<>();
    double bid = mid * 0.99995;
    double ask = mid * 1.00005;
    for (int i = 0; i < 20; i++) {
      // 1,000 to 21,000 quote per level
      bids.add(new Level(bid, (1_000 + random.nextDouble() * 20_000) / mid));
      asks.add(new Level(ask, (1_000 + random.nextDouble() * 20_000) / mid));
      bid -= mid * 0.0001;
      ask += mid * 0.0001;
    }
    return new OrderBook("BTCUSDT", bids, asks);
  }

  private static Path feeFile() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path file = dir.resolve("config/fees/binance-fee-schedule.json");
      if (Files.isRegularFile(file)) {
        return file;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("no config/fees/binance-fee-schedule.json above the folder");
  }
}
