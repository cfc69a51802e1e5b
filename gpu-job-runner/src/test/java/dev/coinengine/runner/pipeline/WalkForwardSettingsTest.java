package dev.coinengine.runner.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.validation.LabelSpans;
import dev.coinengine.core.validation.OverlapCheck;
import dev.coinengine.core.validation.Split;
import dev.coinengine.core.validation.WalkForward;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalkForwardSettingsTest {

  @Test
  void cutsTheNewestShareIntoEqualTestBlocksWithPurgingAndEmbargo() {
    WalkForwardSettings settings = new WalkForwardSettings(WalkForward.Mode.ROLLING, 5, 0.3, 24);
    int n = 2_000;
    WalkForward wf = settings.forSamples(n);
    assertThat(wf.testBars()).isEqualTo((int) Math.floor(n * 0.3 / 5));
    assertThat(wf.trainBars()).isEqualTo(n - 5 * wf.testBars());

    long[] times = new long[n];
    for (int i = 0; i < n; i++) {
      times[i] = i * 3_600_000L;
    }
    LabelSpans spans = LabelSpans.fixedHorizon(times, 4);
    List<Split> splits = wf.splits(spans);
    assertThat(splits).hasSize(5);
    Split last = splits.get(4);
    assertThat(last.testSample(last.testSize() - 1)).isEqualTo(n - 1);
    for (Split split : splits) {
      assertThat(OverlapCheck.violations(split, spans)).isEmpty();
      int lastTrain = split.trainSample(split.trainSize() - 1);
      // Purge (4-bar labels) plus the 24-sample embargo before the test block.
      assertThat(split.testSample(0) - lastTrain).isGreaterThan(24);
    }
  }

  @Test
  void rejectsSettingsThatLeaveNoTrainingRows() {
    assertThatThrownBy(
            () -> new WalkForwardSettings(WalkForward.Mode.ANCHORED, 10, 0.99, 0).forSamples(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("5 samples leave no training rows for 10 test windows");
    assertThatThrownBy(() -> new WalkForwardSettings(WalkForward.Mode.ROLLING, 5, 1.0, 0))
        .hasMessage("testShare must be in (0, 1), was 1.0");
  }
}
