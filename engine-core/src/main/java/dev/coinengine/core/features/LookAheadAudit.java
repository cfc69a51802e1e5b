package dev.coinengine.core.features;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.BarSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Checks that a computation is point in time. For random rows {@code t} of the first series it
 * recomputes twice, once with every bar after {@code t} (in all series) dropped and once with those
 * bars replaced by random ones, and reports every column whose value at any row {@code <= t}
 * changed by even one bit. A point-in-time computation yields an empty list.
 */
public final class LookAheadAudit {
  private LookAheadAudit() {}

  /** Feature columns of {@code calculator} that look ahead, in column order. */
  public static List<String> check(
      FeatureCalculator calculator,
      BarSeries coin,
      BarSeries btc,
      BarSeries eth,
      int trials,
      long seed) {
    List<String> names = calculator.compute(coin, btc, eth).names();
    SeriesComputation computation =
        inputs -> {
          FeatureMatrix m = calculator.compute(inputs.get(0), inputs.get(1), inputs.get(2));
          double[][] columns = new double[m.columns()][m.rows()];
          for (int c = 0; c < m.columns(); c++) {
            for (int r = 0; r < m.rows(); r++) {
              columns[c][r] = m.value(r, c);
            }
          }
          return columns;
        };
    return check(names, computation, Arrays.asList(coin, btc, eth), trials, seed);
  }

  /** Columns (named by {@code names}, in order) of {@code computation} that look ahead. */
  public static List<String> check(
      List<String> names,
      SeriesComputation computation,
      List<BarSeries> inputs,
      int trials,
      long seed) {
    if (trials < 1) {
      throw new IllegalArgumentException("trials must be >= 1, was " + trials);
    }
    BarSeries first = inputs.get(0);
    if (first.size() < 2) {
      throw new IllegalArgumentException(
          first.symbol() + ": needs at least 2 bars to audit, has " + first.size());
    }
    Random random = new Random(seed);
    double[][] full = computation.compute(inputs);
    Set<String> leaking = new LinkedHashSet<>();
    for (int trial = 0; trial < trials; trial++) {
      int t = random.nextInt(first.size() - 1);
      long cut = first.get(t).openTimeMs();
      compare(names, full, computation.compute(truncated(inputs, cut)), t, leaking);
      compare(names, full, computation.compute(perturbed(inputs, cut, random)), t, leaking);
    }
    List<String> ordered = new ArrayList<>();
    for (String name : names) {
      if (leaking.contains(name)) {
        ordered.add(name);
      }
    }
    return ordered;
  }

  private static void compare(
      List<String> names, double[][] expected, double[][] actual, int lastRow, Set<String> out) {
    for (int c = 0; c < names.size(); c++) {
      for (int r = 0; r <= lastRow; r++) {
        if (Double.doubleToLongBits(expected[c][r]) != Double.doubleToLongBits(actual[c][r])) {
          out.add(names.get(c));
          break;
        }
      }
    }
  }

  private static List<BarSeries> truncated(List<BarSeries> inputs, long cut) {
    List<BarSeries> out = new ArrayList<>();
    for (BarSeries series : inputs) {
      out.add(series == null ? null : series.between(Long.MIN_VALUE, cut + 1));
    }
    return out;
  }

  private static List<BarSeries> perturbed(List<BarSeries> inputs, long cut, Random random) {
    List<BarSeries> out = new ArrayList<>();
    for (BarSeries series : inputs) {
      if (series == null) {
        out.add(null);
        continue;
      }
      List<Bar> bars = new ArrayList<>(series.size());
      for (Bar bar : series.bars()) {
        bars.add(bar.openTimeMs() > cut ? randomBar(bar, random) : bar);
      }
      out.add(new BarSeries(series.symbol(), series.interval(), bars));
    }
    return out;
  }

  /** A valid bar at the same time with prices and volume moved by up to a factor of 2. */
  private static Bar randomBar(Bar bar, Random random) {
    double open = bar.open() * factor(random);
    double close = bar.close() * factor(random);
    double high = Math.max(bar.high() * factor(random), Math.max(open, close));
    double low = Math.min(bar.low() * factor(random), Math.min(open, close));
    return new Bar(
        bar.openTimeMs(),
        open,
        high,
        low,
        close,
        bar.volume() * factor(random) + random.nextDouble(),
        bar.quoteVolume(),
        bar.trades());
  }

  private static double factor(Random random) {
    return 0.5 + 1.5 * random.nextDouble();
  }
}
