package dev.coinengine.core.selection;

import static dev.coinengine.core.selection.Bars.DAY;
import static dev.coinengine.core.selection.Bars.HOUR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.junit.jupiter.api.Test;

class CoinStatsCalculatorTest {

  private static final long AS_OF = 1_693_526_400_000L; // 2023-09-01T00:00Z
  private final CoinStatsCalculator calculator = new CoinStatsCalculator(10);

  @Test
  void listingAgeAndStalenessComeFromFirstAndLastBar() {
    BarSeries series = Bars.hourly("AUSDT", AS_OF - 30 * DAY, AS_OF - 2 * HOUR, t -> 5.0);
    CoinStats stats = calculator.fromBars(series, AS_OF);
    assertThat(stats.listingDays()).isEqualTo(30.0);
    // last bar opens at AS_OF - 3h and closes at AS_OF - 2h
    assertThat(stats.hoursSinceLastBar()).isEqualTo(2.0);
    assertThat(stats.lastClose()).isEqualTo(5.0);
  }

  @Test
  void quoteVolumeSumsTheLast24HoursUsingTheEstimateWhenAbsent() {
    BarSeries series = Bars.hourly("AUSDT", AS_OF - 5 * DAY, AS_OF, t -> 2.0);
    CoinStats stats = calculator.fromBars(series, AS_OF);
    double perBar = series.last().quoteVolumeOrEstimate();
    assertThat(perBar).isCloseTo(10.0 * 2.0, within(1e-9)); // volume x typical price
    assertThat(stats.quoteVolume24h()).isCloseTo(24 * perBar, within(1e-9));
  }

  @Test
  void reportedQuoteVolumeIsUsedWhenPresent() {
    List<Bar> bars = new ArrayList<>();
    for (long t = AS_OF - 2 * DAY; t < AS_OF; t += HOUR) {
      bars.add(new Bar(t, 1, 1, 1, 1, 10, 123.0, 7));
    }
    CoinStats stats = calculator.fromBars(new BarSeries("AUSDT", Interval.H1, bars), AS_OF);
    assertThat(stats.quoteVolume24h()).isCloseTo(24 * 123.0, within(1e-9));
  }

  @Test
  void volatilityIsTheSampleStdOfDailyLogReturns() {
    double[] dailyReturns = {0.01, -0.03, 0.02, 0.05, -0.01, 0.0, 0.04, -0.02, 0.015, -0.045};
    double[] dayPrice = new double[dailyReturns.length + 1];
    dayPrice[0] = 100;
    for (int i = 0; i < dailyReturns.length; i++) {
      dayPrice[i + 1] = dayPrice[i] * Math.exp(dailyReturns[i]);
    }
    long start = AS_OF - dayPrice.length * DAY;
    BarSeries series =
        Bars.hourly(
            "AUSDT",
            start - 20 * DAY,
            AS_OF,
            t -> t < start ? 100 : dayPrice[(int) ((t - start) / DAY)]);
    CoinStats stats = calculator.fromBars(series, AS_OF);
    double expected = new StandardDeviation(true).evaluate(dailyReturns);
    assertThat(stats.volatility()).isCloseTo(expected, within(1e-12));
  }

  @Test
  void rangeChangeIsHighestHighOverLowestLowOfTheLookback() {
    // Price 100 everywhere except one hour at 130, 11 days ago (outside the 10-day lookback),
    // and one hour at 120, 3 days ago.
    BarSeries series =
        Bars.hourly(
            "AUSDT",
            AS_OF - 40 * DAY,
            AS_OF,
            t -> t == AS_OF - 11 * DAY ? 130 : t == AS_OF - 3 * DAY ? 120 : 100);
    CoinStats stats = calculator.fromBars(series, AS_OF);
    assertThat(stats.rangeChange()).isCloseTo((120 * 1.01 - 99) / 99, within(1e-12));
  }

  @Test
  void barsClosingAfterAsOfAreNeverRead() {
    BarSeries past = Bars.hourly("AUSDT", AS_OF - 40 * DAY, AS_OF, t -> 100 + (t / HOUR) % 7);
    BarSeries withFuture =
        Bars.hourly(
            "AUSDT",
            AS_OF - 40 * DAY,
            AS_OF + 20 * DAY,
            t -> t >= AS_OF ? 1_000_000.0 : 100 + (t / HOUR) % 7);
    assertThat(calculator.fromBars(withFuture, AS_OF)).isEqualTo(calculator.fromBars(past, AS_OF));
    // An as-of inside an hour: the bar that opened at AS_OF is still open and ignored.
    CoinStats midHour = calculator.fromBars(withFuture, AS_OF + 30 * 60_000L);
    assertThat(midHour.lastClose()).isEqualTo(past.last().close());
    assertThat(midHour.hoursSinceLastBar()).isEqualTo(0.5);
  }

  @Test
  void noClosedBarMeansUnknownStats() {
    BarSeries future = Bars.hourly("AUSDT", AS_OF, AS_OF + DAY, t -> 1.0);
    assertThat(calculator.fromBars(future, AS_OF)).isEqualTo(CoinStats.UNKNOWN);
    assertThat(calculator.fromBars(BarSeries.empty("AUSDT", Interval.H1), AS_OF).isKnown())
        .isFalse();
  }

  @Test
  void dailyBarsGiveTheSameKindOfStatistics() {
    List<Bar> bars = new ArrayList<>();
    for (int d = 30; d >= 1; d--) {
      double p = 10 + d % 3;
      bars.add(new Bar(AS_OF - d * DAY, p, p * 1.02, p * 0.98, p, 1000, 5e6 + d, -1));
    }
    CoinStats stats = calculator.fromBars(new BarSeries("AUSDT", Interval.D1, bars), AS_OF);
    assertThat(stats.quoteVolume24h()).isEqualTo(5e6 + 1);
    assertThat(stats.listingDays()).isEqualTo(30.0);
    assertThat(stats.hoursSinceLastBar()).isZero();
    assertThat(stats.volatility()).isGreaterThan(0);
  }

  @Test
  void lookbackMustBePositive() {
    assertThatThrownBy(() -> new CoinStatsCalculator(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lookback-days");
  }
}
