package dev.coinengine.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarSeriesTest {
  private static final long HOUR = Interval.H1.millis();

  @Test
  void closedByKeepsOnlyBarsClosedAtTheTimeAndAtMostTheLastN() {
    BarSeries series = hourly(0, 10); // open times 0h..9h, closes 1h..10h

    assertThat(openHours(series.closedBy(5 * HOUR, 100))).containsExactly(0L, 1L, 2L, 3L, 4L);
    assertThat(openHours(series.closedBy(5 * HOUR + HOUR / 2, 3))).containsExactly(2L, 3L, 4L);
    assertThat(series.closedBy(HOUR - 1, 5).isEmpty()).isTrue();
    assertThat(openHours(series.closedBy(99 * HOUR, 2))).containsExactly(8L, 9L);
    assertThat(series.closedBy(10 * HOUR, 0).isEmpty()).isTrue();
    assertThat(series.closedBy(10 * HOUR, 4).symbol()).isEqualTo("BTCUSDT");
  }

  @Test
  void closedByAgreesWithAFilterOnEveryCut() {
    BarSeries series = hourly(3, 40);
    for (long t = 0; t < 50 * HOUR; t += HOUR / 3) {
      List<Long> expected = new ArrayList<>();
      for (Bar bar : series.bars()) {
        if (bar.openTimeMs() + HOUR <= t) {
          expected.add(bar.openTimeMs() / HOUR);
        }
      }
      List<Long> lastSeven = expected.subList(Math.max(0, expected.size() - 7), expected.size());
      assertThat(openHours(series.closedBy(t, 7))).as("t=%d", t).isEqualTo(lastSeven);
    }
    assertThatThrownBy(() -> series.closedBy(0, -1)).hasMessageContaining("maxBars");
  }

  private static List<Long> openHours(BarSeries series) {
    return series.bars().stream().map(b -> b.openTimeMs() / HOUR).toList();
  }

  private static BarSeries hourly(int firstHour, int count) {
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double p = 100 + i;
      bars.add(new Bar((firstHour + i) * HOUR, p, p + 1, p - 1, p, 10, 1000, 5));
    }
    return new BarSeries("BTCUSDT", Interval.H1, bars);
  }
}
