package dev.coinengine.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResamplerTest {
  private static final long DAY = 1625097600000L; // 2021-07-01 00:00 UTC
  private static final long H = 3_600_000L;

  /** Hour i has open 100+i, high 101+i, low 99+i, close 100.5+i, volume i+1, quote 10*(i+1). */
  private static Bar hour(int i) {
    return new Bar(DAY + i * H, 100 + i, 101 + i, 99 + i, 100.5 + i, i + 1, 10.0 * (i + 1), i);
  }

  private static BarSeries hours(int... indexes) {
    List<Bar> bars = new ArrayList<>();
    for (int i : indexes) {
      bars.add(hour(i));
    }
    return new BarSeries("BTCUSDT", Interval.H1, bars);
  }

  private static int[] range(int from, int to) {
    int[] r = new int[to - from];
    for (int i = 0; i < r.length; i++) {
      r[i] = from + i;
    }
    return r;
  }

  @Test
  void aggregatesHoursIntoFourHourBars() {
    BarSeries fourHours = Resampler.resample(hours(range(0, 8)), Interval.H4);

    assertThat(fourHours.interval()).isEqualTo(Interval.H4);
    // Hours 0..3: open 100, high 104, low 99, close 103.5, volume 1+2+3+4, quote 100, trades 6.
    // Hours 4..7: open 104, high 108, low 103, close 107.5, volume 5+6+7+8, quote 260, trades 22.
    assertThat(fourHours.bars())
        .containsExactly(
            new Bar(DAY, 100, 104, 99, 103.5, 10, 100, 6),
            new Bar(DAY + 4 * H, 104, 108, 103, 107.5, 26, 260, 22));
  }

  @Test
  void aggregatesHoursIntoADay() {
    BarSeries days = Resampler.resample(hours(range(0, 24)), Interval.D1);

    // open 100, high 124, low 99, close 123.5, volume 1+..+24 = 300, quote 3000, trades 0+..+23.
    assertThat(days.bars()).containsExactly(new Bar(DAY, 100, 124, 99, 123.5, 300, 3000, 276));
  }

  @Test
  void bucketWithAMissingHourIsBuiltFromTheHoursItHas() {
    BarSeries fourHours = Resampler.resample(hours(0, 1, 3, 4, 5, 6, 7), Interval.H4);

    assertThat(fourHours.get(0)).isEqualTo(new Bar(DAY, 100, 104, 99, 103.5, 1 + 2 + 4, 70, 4));
    assertThat(fourHours.size()).isEqualTo(2);
  }

  @Test
  void dropsTheTrailingIncompleteBucket() {
    BarSeries fourHours = Resampler.resample(hours(range(0, 10)), Interval.H4);

    assertThat(fourHours.bars()).extracting(Bar::openTimeMs).containsExactly(DAY, DAY + 4 * H);
  }

  @Test
  void absentQuoteVolumeInAnyHourMakesTheBucketsQuoteVolumeAbsent() {
    List<Bar> bars = new ArrayList<>(hours(range(0, 4)).bars());
    Bar b = bars.get(2);
    bars.set(
        2,
        new Bar(
            b.openTimeMs(), b.open(), b.high(), b.low(), b.close(), b.volume(), Double.NaN, -1));

    Bar bucket = Resampler.resample(new BarSeries("X", Interval.H1, bars), Interval.H4).first();

    assertThat(bucket.quoteVolume()).isNaN();
    assertThat(bucket.trades()).isEqualTo(-1);
  }

  @Test
  void refusesToResampleToAShorterInterval() {
    BarSeries day = new BarSeries("X", Interval.D1, List.of());
    assertThatThrownBy(() -> Resampler.resample(day, Interval.H4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1d to 4h");
  }
}
