package dev.coinengine.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LabelSpansTest {

  @Test
  void fixedHorizonEndsAtTheSampleHorizonAheadCappedAtTheLastSample() {
    LabelSpans spans = LabelSpans.fixedHorizon(new long[] {100, 200, 300, 400}, 2);

    assertThat(spans.size()).isEqualTo(4);
    assertThat(spans.end(0)).isEqualTo(300);
    assertThat(spans.end(1)).isEqualTo(400);
    assertThat(spans.end(3)).isEqualTo(400);
  }

  @Test
  void rejectsUnsortedStartsEndsBeforeStartsAndMismatchedLengths() {
    assertThatThrownBy(() -> LabelSpans.of(new long[] {2, 1}, new long[] {3, 3}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sorted");
    assertThatThrownBy(() -> LabelSpans.of(new long[] {1, 2}, new long[] {3, 1}))
        .hasMessageContaining("end 1 is before start 2");
    assertThatThrownBy(() -> LabelSpans.of(new long[] {1}, new long[] {3, 4}))
        .hasMessageContaining("starts has 1");
  }

  @Test
  void copiesTheCallersArrays() {
    long[] starts = {1, 2};
    long[] ends = {5, 6};
    LabelSpans spans = LabelSpans.of(starts, ends);

    ends[0] = 100;

    assertThat(spans.end(0)).isEqualTo(5);
  }

  @Test
  void splitRejectsSamplesInBothSetsAndUnsortedIndices() {
    assertThatThrownBy(() -> new Split(new int[] {1, 2}, new int[] {2}))
        .hasMessageContaining("sample 2 is in both");
    assertThatThrownBy(() -> new Split(new int[] {2, 1}, new int[] {3}))
        .hasMessageContaining("strictly increasing");
    assertThatThrownBy(() -> new Split(new int[] {1}, new int[] {}))
        .hasMessageContaining("test must not be empty");
  }
}
