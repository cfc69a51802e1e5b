package dev.coinengine.core.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.coinengine.core.features.SharedKlines;
import dev.coinengine.core.market.BarSeries;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Regime shares and crash coverage on real 1h bars, when the shared data folder is present. */
class RealDataRegimeTest {
  private final RuleRegimeClassifier classifier =
      new RuleRegimeClassifier(RegimeThresholds.hourly());

  @Test
  void panicIsRareOverallAndCoversTheLunaAndFtxCrashes() {
    Optional<BarSeries> loaded = SharedKlines.hourly("BTCUSDT");
    assumeTrue(loaded.isPresent(), "shared/data/klines/1h is absent: skipped");
    BarSeries btc = loaded.get();
    Regime[] regimes = classifier.classifyAll(btc);
    int first = classifier.lookbackBars() - 1;
    double trend = RuleRegimeClassifierTest.share(regimes, Regime.TREND, first, regimes.length);
    double range = RuleRegimeClassifierTest.share(regimes, Regime.RANGE, first, regimes.length);
    double panic = RuleRegimeClassifierTest.share(regimes, Regime.PANIC, first, regimes.length);
    double luna = share(btc, regimes, "2022-05-09", "2022-05-13");
    double ftx = share(btc, regimes, "2022-11-08", "2022-11-11");
    System.out.printf(
        "BTCUSDT 1h regimes from %s: TREND %.1f%% RANGE %.1f%% PANIC %.1f%%;"
            + " PANIC in LUNA 2022-05-09..12 %.1f%%, FTX 2022-11-08..10 %.1f%%%n",
        Instant.ofEpochMilli(btc.get(first).openTimeMs()),
        100 * trend,
        100 * range,
        100 * panic,
        100 * luna,
        100 * ftx);

    assertThat(panic).isBetween(0.01, 0.10);
    assertThat(trend).isBetween(0.10, 0.50);
    assertThat(luna).isGreaterThan(0.3).isGreaterThan(4 * panic);
    assertThat(ftx).isGreaterThan(0.5).isGreaterThan(4 * panic);
  }

  /** Share of PANIC among the bars opening from day {@code from} until before day {@code to}. */
  private static double share(BarSeries bars, Regime[] regimes, String from, String to) {
    long a = Instant.parse(from + "T00:00:00Z").toEpochMilli();
    long b = Instant.parse(to + "T00:00:00Z").toEpochMilli();
    int count = 0;
    int panic = 0;
    for (int i = 0; i < regimes.length; i++) {
      long t = bars.get(i).openTimeMs();
      if (t >= a && t < b) {
        count++;
        if (regimes[i] == Regime.PANIC) {
          panic++;
        }
      }
    }
    return (double) panic / count;
  }
}
