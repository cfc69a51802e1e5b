package dev.coinengine.core.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.coinengine.core.features.SharedKlines;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RealDataRuleEnginesTest {

  @Test
  void everyStandardEngineTakesBothSidesOnRealBitcoinBars() {
    Optional<BarSeries> loaded = SharedKlines.hourly("BTCUSDT");
    assumeTrue(
        loaded.isPresent(),
        "shared/data/klines/1h/BTCUSDT-1h.csv.gz not found beside the repository");
    BarSeries bars = loaded.get();
    int horizon = 24;
    StringBuilder summary = new StringBuilder("BTCUSDT 1h, " + bars.size() + " bars:");
    for (RuleEngine engine : RuleEngines.standard(Interval.H1)) {
      int longs = 0;
      int shorts = 0;
      int hits = 0;
      for (int row = 0; row + horizon < bars.size(); row++) {
        Vote vote = engine.vote(bars, row);
        if (vote.direction() == Direction.FLAT) {
          continue;
        }
        longs += vote.direction() == Direction.LONG ? 1 : 0;
        shorts += vote.direction() == Direction.SHORT ? 1 : 0;
        double move = bars.get(row + horizon).close() - bars.get(row).close();
        hits += Math.signum(move) == vote.direction().sign() ? 1 : 0;
      }
      int votes = longs + shorts;
      summary.append(
          String.format(
              Locale.ROOT,
              "%n  %-28s long %5.1f%% short %5.1f%% of bars, 24h hit rate %.3f",
              engine.id(),
              100.0 * longs / bars.size(),
              100.0 * shorts / bars.size(),
              votes == 0 ? Double.NaN : (double) hits / votes));
      assertThat(longs).as(engine.id()).isGreaterThan(bars.size() / 200);
      assertThat(shorts).as(engine.id()).isGreaterThan(bars.size() / 200);
      assertThat(votes).as(engine.id()).isLessThan(bars.size() * 9 / 10);
    }
    System.out.println(summary);
  }
}
