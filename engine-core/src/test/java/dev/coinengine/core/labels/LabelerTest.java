package dev.coinengine.core.labels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelerTest {
  private static final long HOUR = Interval.H1.millis();
  private static final long START = 1_640_995_200_000L;

  @Test
  void labelsTheForwardReturnNetOfTheRoundTripCost() {
    // one-bar returns: +0.995%, -2.0%, +1.005%, +0.499%
    BarSeries bars = closes(new int[] {0, 1, 2, 3, 4}, 100, 101, 99, 100, 100.5);
    Labels cheap = Labeler.label(bars, new LabelSpec(1, 20, 0));
    assertThat(labels(cheap, 4)).containsExactly(Label.LONG, Label.SHORT, Label.LONG, Label.LONG);
    assertThat(cheap.forwardReturn(0)).isEqualTo(StrictMath.log(101 / 100.0));

    // 60 bps round trip: the +0.499% move no longer pays for it
    Labels costly = Labeler.label(bars, new LabelSpec(1, 60, 0));
    assertThat(costly.label(3)).isEqualTo(Label.FLAT);
    // 50 bps cost + 50 bps margin: only the -2.0% and +1.005% moves clear 1%
    Labels margin = Labeler.label(bars, new LabelSpec(1, 50, 50));
    assertThat(labels(margin, 4)).containsExactly(Label.FLAT, Label.SHORT, Label.LONG, Label.FLAT);
  }

  @Test
  void rowsWithoutAFullHorizonAreUnlabelledNotFlat() {
    BarSeries bars = closes(new int[] {0, 1, 2, 3, 4}, 100, 100, 100, 100, 100);
    Labels labels = Labeler.label(bars, new LabelSpec(2, 10, 0));
    assertThat(labels.labelledRows()).isEqualTo(3);
    assertThat(labels.count(Label.FLAT)).isEqualTo(3);
    assertThat(labels.isLabelled(3)).isFalse();
    assertThat(labels.forwardReturn(4)).isNaN();
    assertThat(labels.labelEndMs(4)).isEqualTo(-1);
    assertThatThrownBy(() -> labels.label(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no full horizon of 2 bars");
  }

  @Test
  void labelSpansRunFromTheDecisionBarsCloseToTheHorizonBarsClose() {
    // bars at hours 0, 1, 2, 5, 6: a three-hour gap after hour 2
    BarSeries bars = closes(new int[] {0, 1, 2, 5, 6}, 100, 101, 102, 103, 104);
    Labels labels = Labeler.label(bars, new LabelSpec(2, 10, 0));
    assertThat(labels.labelStartMs(0)).isEqualTo(START + HOUR);
    assertThat(labels.labelEndMs(0)).isEqualTo(START + 3 * HOUR);
    // across the gap the span covers the bars that exist, so purging sees the true end
    assertThat(labels.labelStartMs(1)).isEqualTo(START + 2 * HOUR);
    assertThat(labels.labelEndMs(1)).isEqualTo(START + 6 * HOUR);
    assertThat(labels.labelEndMs(2)).isEqualTo(START + 7 * HOUR);
  }

  @Test
  void specRejectsNonsense() {
    assertThatThrownBy(() -> new LabelSpec(0, 10, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("horizonBars");
    assertThatThrownBy(() -> new LabelSpec(4, -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("costBps");
    assertThat(new LabelSpec(4, 20, 5).threshold()).isEqualTo(0.0025);
  }

  private static List<Label> labels(Labels labels, int rows) {
    List<Label> out = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      out.add(labels.label(i));
    }
    return out;
  }

  private static BarSeries closes(int[] hours, double... closes) {
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < closes.length; i++) {
      double c = closes[i];
      bars.add(new Bar(START + hours[i] * HOUR, c, c, c, c, 1, Double.NaN, -1));
    }
    return new BarSeries("SOLUSDT", Interval.H1, bars);
  }
}
