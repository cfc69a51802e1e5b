package dev.coinengine.core.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TechnicalFeatureCalculatorTest {
  private static final long HOUR = Interval.H1.millis();

  /**
   * Small windows so values can be computed by hand. Tail mass 0.2 gives: alpha 1/2 (RSI and ATR
   * period 2) window 3, weights 1, 1/2, 1/4; alpha 2/3 (span 2) window 2, weights 1, 1/3; alpha 1
   * (span 1) window 1.
   */
  private static final FeatureSpec TINY =
      new FeatureSpec(1, List.of(1, 2), List.of(2), 2, 1, 2, 2, 2, 3, 3, 1, 2, 0.2);

  private final TechnicalFeatureCalculator tiny = new TechnicalFeatureCalculator(TINY);
  private final TechnicalFeatureCalculator v1 = new TechnicalFeatureCalculator(FeatureSpec.v1());

  @Test
  void returnsAreLogReturnsOverTheLag() {
    FeatureMatrix m = tiny.compute(closes(100, 110, 121), null, null);
    assertThat(m.value(1, TINY.index("ret_1")))
        .isEqualTo(StrictMath.log(110.0) - StrictMath.log(100.0));
    assertThat(m.value(2, TINY.index("ret_2"))).isCloseTo(2 * Math.log(1.1), within(1e-15));
    assertThat(m.value(1, TINY.index("ret_2"))).isNaN();
  }

  @Test
  void rsiMatchesAHandComputation() {
    // gains 1, 0, 1, 0 and losses 0, .5, 0, .5 from bar 1 on; weights 1, .5, .25
    FeatureMatrix m = tiny.compute(closes(10, 11, 10.5, 11.5, 11), null, null);
    int rsi = TINY.index("rsi_2");
    assertThat(m.value(2, rsi)).isNaN();
    // bar 3: gain 1 + .25 * 1 = 1.25, loss .5 * .5 = .25 -> 100 * 1.25 / 1.5
    assertThat(m.value(3, rsi)).isCloseTo(100 * 1.25 / 1.5, within(1e-12));
    // bar 4: gain .5 * 1 = .5, loss .5 + .25 * .5 = .625
    assertThat(m.value(4, rsi)).isCloseTo(100 * 0.5 / 1.125, within(1e-12));
  }

  @Test
  void atrMatchesAHandComputation() {
    BarSeries bars =
        series(
            bar(0, 10, 11, 9, 10),
            bar(1, 10, 12, 10, 11), // TR max(2, 2, 0) = 2
            bar(2, 11, 11.5, 10.5, 11), // TR 1
            bar(3, 11, 14, 11, 13)); // TR max(3, 3, 0) = 3
    FeatureMatrix m = tiny.compute(bars, null, null);
    double atr = (3 + 0.5 * 1 + 0.25 * 2) / 1.75;
    assertThat(m.value(3, TINY.index("atr_2"))).isCloseTo(atr / 13, within(1e-15));
    assertThat(m.value(2, TINY.index("atr_2"))).isNaN();
  }

  @Test
  void macdIsTheEmaGapOverCloseAndTheSignalDifferenceItsChangeForTheseSpans() {
    FeatureMatrix m = tiny.compute(closes(100, 104, 102, 106), null, null);
    // fast span 1 = close; slow span 2 = (c_t + c_{t-1} / 3) / (4 / 3)
    double[] macd = new double[4];
    double[] c = {100, 104, 102, 106};
    for (int t = 1; t < 4; t++) {
      macd[t] = (c[t] - (c[t] + c[t - 1] / 3) / (4.0 / 3)) / c[t];
      assertThat(m.value(t, TINY.index("macd_1_2"))).isCloseTo(macd[t], within(1e-15));
    }
    assertThat(m.value(0, TINY.index("macd_1_2"))).isNaN();
    // signal span 2 over the line: line - (m_t + m_{t-1} / 3) / (4/3) = (m_t - m_{t-1}) / 4
    int diff = TINY.index("macd_signal_diff_2");
    assertThat(m.value(1, diff)).isNaN();
    assertThat(m.value(3, diff)).isCloseTo((macd[3] - macd[2]) / 4, within(1e-15));
  }

  @Test
  void volumeZScoreAndPositionInRangeMatchAHandComputation() {
    BarSeries bars =
        series(
            bar(0, 10, 12, 8, 10, Math.expm1(1)),
            bar(1, 10, 11, 9, 10, Math.expm1(2)),
            bar(2, 10, 11, 9.5, 11, Math.expm1(6)));
    FeatureMatrix m = tiny.compute(bars, null, null);
    // log volumes 1, 2, 6: mean 3, sample sd sqrt((4 + 1 + 9) / 2) = sqrt(7)
    assertThat(m.value(2, TINY.index("volume_z_3"))).isCloseTo(3 / Math.sqrt(7), within(1e-12));
    // highest high 12, lowest low 8, close 11 -> 3 / 4
    assertThat(m.value(2, TINY.index("range_pos_3"))).isEqualTo(0.75);
    assertThat(m.value(1, TINY.index("range_pos_3"))).isNaN();
  }

  @Test
  void warmUpRowsAreNanAndEveryLaterRowIsComplete() {
    BarSeries coin = SyntheticBars.walk("SOLUSDT", 400, 0, 0.01, 1);
    BarSeries btc = SyntheticBars.walk("BTCUSDT", 400, 0, 0.005, 2);
    BarSeries eth = SyntheticBars.walk("ETHUSDT", 400, 0, 0.006, 3);
    FeatureMatrix m = v1.compute(coin, btc, eth);
    int lookback = FeatureSpec.v1().lookbackBars();
    assertThat(m.firstCompleteRow()).isEqualTo(lookback - 1);
    for (int r = 0; r < lookback - 1; r++) {
      assertThat(m.isComplete(r)).as("row %d", r).isFalse();
    }
    for (int r = lookback - 1; r < m.rows(); r++) {
      assertThat(m.isComplete(r)).as("row %d", r).isTrue();
    }
    assertThat(m.value(23, m.names().indexOf("ret_24"))).isNaN();
    assertThat(m.value(24, m.names().indexOf("ret_24"))).isFinite();
  }

  @Test
  void contextIsTakenFromTheBarWithTheSameOpenTimeAndIsNanWhereMissing() {
    BarSeries coin = SyntheticBars.walk("SOLUSDT", 12, 0, 0.01, 1);
    BarSeries fullBtc = SyntheticBars.walk("BTCUSDT", 14, 0, 0.01, 2);
    // BTC lacks the bar of row 6, and starts one bar earlier than the coin
    List<Bar> btcBars = new ArrayList<>();
    for (Bar b : fullBtc.bars()) {
      Bar shifted =
          new Bar(
              b.openTimeMs() - HOUR,
              b.open(),
              b.high(),
              b.low(),
              b.close(),
              b.volume(),
              b.quoteVolume(),
              b.trades());
      if (shifted.openTimeMs() != coin.get(6).openTimeMs()) {
        btcBars.add(shifted);
      }
    }
    BarSeries btc = new BarSeries("BTCUSDT", Interval.H1, btcBars);
    FeatureMatrix m = tiny.compute(coin, btc, null);
    FeatureMatrix own = tiny.compute(btc, null, null);
    int ret = TINY.index("btc_ret_1");
    for (int r = 0; r < coin.size(); r++) {
      if (r == 6) {
        assertThat(m.value(r, ret)).isNaN();
        continue;
      }
      int j = indexOf(btc, coin.get(r).openTimeMs());
      assertThat(m.value(r, ret)).as("row %d", r).isEqualTo(own.value(j, TINY.index("ret_1")));
    }
    assertThat(m.column("eth_ret_1")).containsOnly(Double.NaN);
    FeatureMatrix withEth = tiny.compute(coin, btc, coin);
    assertThat(withEth.isComplete(8)).isTrue();
    assertThat(withEth.isComplete(6)).isFalse();
  }

  @Test
  void latestOnTheRecentBarsEqualsTheFullComputationBitForBit() {
    BarSeries coin = SyntheticBars.walk("SOLUSDT", 700, 0.0002, 0.02, 11);
    BarSeries btc = withoutBar(SyntheticBars.walk("BTCUSDT", 700, 0, 0.01, 12), 650);
    BarSeries eth = SyntheticBars.walk("ETHUSDT", 700, 0, 0.012, 13);
    FeatureMatrix full = v1.compute(coin, btc, eth);
    Random random = new Random(5);
    for (int trial = 0; trial < 20; trial++) {
      int t = 200 + random.nextInt(coin.size() - 200);
      long cut = coin.get(t).openTimeMs() + 1;
      double[] latest =
          v1.latest(
              coin.between(Long.MIN_VALUE, cut),
              btc.between(Long.MIN_VALUE, cut),
              eth.between(Long.MIN_VALUE, cut));
      assertThat(bits(latest)).as("row %d", t).isEqualTo(bits(full.row(t)));
    }
    assertThat(bits(v1.latest(coin, btc, eth))).isEqualTo(bits(full.row(full.rows() - 1)));
  }

  @Test
  void lookAheadAuditFindsNothingInTheFeatureSet() {
    BarSeries coin = SyntheticBars.walk("SOLUSDT", 400, 0, 0.02, 21);
    BarSeries btc = SyntheticBars.walk("BTCUSDT", 400, 0, 0.01, 22);
    BarSeries eth = SyntheticBars.walk("ETHUSDT", 400, 0, 0.012, 23);
    assertThat(LookAheadAudit.check(v1, coin, btc, eth, 15, 99)).isEmpty();
  }

  @Test
  void lookAheadAuditNamesAFeatureThatPeeksAtTheNextBar() {
    BarSeries coin = SyntheticBars.walk("SOLUSDT", 300, 0, 0.02, 31);
    FeatureCalculator leaky =
        new FeatureCalculator() {
          @Override
          public FeatureSpec spec() {
            return FeatureSpec.v1();
          }

          @Override
          public FeatureMatrix compute(BarSeries c, BarSeries btc, BarSeries eth) {
            FeatureMatrix honest = v1.compute(c, btc, eth);
            double[][] columns = new double[honest.columns()][];
            for (int k = 0; k < columns.length; k++) {
              columns[k] = honest.column(honest.names().get(k));
            }
            double[] ret1 = columns[0];
            for (int t = 0; t + 1 < ret1.length; t++) {
              ret1[t] += Math.log(c.get(t + 1).close() / c.get(t).close());
            }
            long[] times = new long[c.size()];
            for (int t = 0; t < times.length; t++) {
              times[t] = c.get(t).openTimeMs();
            }
            return new FeatureMatrix(spec(), c.symbol(), times, columns);
          }
        };
    assertThat(LookAheadAudit.check(leaky, coin, coin, null, 5, 1)).containsExactly("ret_1");
  }

  @Test
  void lookAheadAuditNamesAColumnNormalisedWithWholeSeriesStatistics() {
    BarSeries coin = SyntheticBars.walk("SOLUSDT", 200, 0, 0.02, 41);
    SeriesComputation demeaned =
        inputs -> {
          BarColumns c = BarColumns.of(inputs.get(0));
          double mean = java.util.Arrays.stream(c.close()).average().orElseThrow();
          double[] out = new double[c.size()];
          for (int t = 0; t < out.length; t++) {
            out[t] = c.close()[t] - mean;
          }
          return new double[][] {c.close().clone(), out};
        };
    assertThat(
            LookAheadAudit.check(List.of("close", "close_demeaned"), demeaned, List.of(coin), 3, 2))
        .containsExactly("close_demeaned");
  }

  private static long[] bits(double[] values) {
    long[] out = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Double.doubleToLongBits(values[i]);
    }
    return out;
  }

  private static int indexOf(BarSeries series, long openTime) {
    for (int i = 0; i < series.size(); i++) {
      if (series.get(i).openTimeMs() == openTime) {
        return i;
      }
    }
    throw new AssertionError("no bar at " + openTime);
  }

  private static BarSeries withoutBar(BarSeries series, int index) {
    List<Bar> bars = new ArrayList<>(series.bars());
    bars.remove(index);
    return new BarSeries(series.symbol(), series.interval(), bars);
  }

  private static BarSeries closes(double... closes) {
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < closes.length; i++) {
      double open = i == 0 ? closes[0] : closes[i - 1];
      bars.add(bar(i, open, Math.max(open, closes[i]), Math.min(open, closes[i]), closes[i]));
    }
    return new BarSeries("SOLUSDT", Interval.H1, bars);
  }

  private static Bar bar(int i, double open, double high, double low, double close) {
    return bar(i, open, high, low, close, 100);
  }

  private static Bar bar(int i, double open, double high, double low, double close, double volume) {
    return new Bar(
        SyntheticBars.START_MS + i * HOUR, open, high, low, close, volume, Double.NaN, -1);
  }

  private static BarSeries series(Bar... bars) {
    return new BarSeries("SOLUSDT", Interval.H1, List.of(bars));
  }
}
