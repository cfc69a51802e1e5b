package dev.coinengine.functions.decide;

import dev.coinengine.core.decision.DecisionEngine;
import dev.coinengine.core.decision.DecisionInput;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.risk.AccountState;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code decide} in process, no HTTP: the decision engine alone (features, regimes, 6 ONNX
 * champions, 18 rules, consensus, risk, cost), and the whole function (request parsing, engine,
 * response, decision-log enqueue). Bars come from memory, so no I/O is timed. Arguments: calls
 * (default 20,000), warm-up calls (default 5,000).
 */
final class DecideBench {
  public static void main(String[] args) {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    DecideFixture fixture = new DecideFixture();
    Clock clock = Clock.fixed(Instant.parse("2023-10-01T00:00:00Z"), ZoneOffset.UTC);
    try (DecisionService service = fixture.service(clock, true)) {
      DecisionEngine engine = service.engine();
      Decide decide = service.decide(new DecisionMetrics(new SimpleMeterRegistry()));
      List<String> coins =
          fixture.coins().stream().filter(c -> fixture.bars.get(c).size() > 5000).toList();
      int need = engine.baseBarsNeeded();
      JsonMapper json = JsonMapper.builder().build();
      long[] engineNanos = new long[calls];
      long[] functionNanos = new long[calls];
      int votes = 0;
      for (int i = -warmup; i < calls; i++) {
        String coin = coins.get(Math.floorMod(i, coins.size()));
        BarSeries bars = fixture.bars.get(coin);
        long t = bars.last().openTimeMs() + Interval.H1.millis() * (1 - Math.floorMod(i, 500));
        DecisionInput input =
            new DecisionInput(
                "bench",
                coin,
                Interval.H1,
                Instant.ofEpochMilli(t),
                bars.closedBy(t, need),
                fixture.bars.get("BTCUSDT").closedBy(t, need),
                fixture.bars.get("ETHUSDT").closedBy(t, need),
                fixture.config.riskPresets().defaultPreset(),
                new AccountState(100_000, List.of(), 0, 100_000),
                fixture.listing.stream()
                    .filter(s -> s.symbol().equals(coin))
                    .findFirst()
                    .orElseThrow()
                    .filters(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                dev.coinengine.core.risk.OrderType.MARKET,
                dev.coinengine.core.cost.Liquidity.TAKER);
        long start = System.nanoTime();
        votes = engine.decide(input).votes().size();
        long mid = System.nanoTime();
        decide.apply(
            DecideRequest.read(
                json.readTree(
                    "{\"symbol\":\"" + coin + "\",\"time\":\"" + Instant.ofEpochMilli(t) + "\"}")));
        long end = System.nanoTime();
        if (i >= 0) {
          engineNanos[i] = mid - start;
          functionNanos[i] = end - mid;
        }
      }
      System.out.printf(
          "decide in-process, %d calls over %d coins, %d votes each (engines: %s)%n",
          calls,
          coins.size(),
          votes,
          service.champions().map(c -> c.all().size()).orElse(0) + " champions");
      report("engine.decide", engineNanos);
      report("decide function (parse, engine, response, log enqueue)", functionNanos);
      System.out.println("decision log: " + service.log().stats());
    }
  }

  private static void report(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "%s: p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms%n",
        what,
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.99)] / 1e6,
        sorted[(int) (sorted.length * 0.999)] / 1e6,
        sorted[sorted.length - 1] / 1e6);
  }

  private DecideBench() {}
}
