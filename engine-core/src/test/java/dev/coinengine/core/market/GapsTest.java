package dev.coinengine.core.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GapsTest {
  private static final long H = 3_600_000L;

  @Test
  void findsEachStretchOfMissingBarsWithItsLength() {
    long[] times = {0, H, 4 * H, 5 * H, 7 * H};

    List<Gap> gaps = Gaps.find("BTCUSDT", Interval.H1, times);

    assertThat(gaps)
        .containsExactly(
            new Gap("BTCUSDT", Interval.H1, H, 4 * H),
            new Gap("BTCUSDT", Interval.H1, 5 * H, 7 * H));
    assertThat(gaps).extracting(Gap::missingBars).containsExactly(2L, 1L);
  }

  @Test
  void contiguousSeriesHasNoGaps() {
    assertThat(Gaps.find("X", Interval.H4, new long[] {0, 4 * H, 8 * H})).isEmpty();
  }
}
