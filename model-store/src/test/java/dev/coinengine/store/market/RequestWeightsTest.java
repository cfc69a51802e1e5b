package dev.coinengine.store.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequestWeightsTest {

  @Test
  void depthWeightGrowsWithTheLimitBands() {
    assertThat(RequestWeights.depth(1)).isEqualTo(5);
    assertThat(RequestWeights.depth(100)).isEqualTo(5);
    assertThat(RequestWeights.depth(101)).isEqualTo(25);
    assertThat(RequestWeights.depth(500)).isEqualTo(25);
    assertThat(RequestWeights.depth(1000)).isEqualTo(50);
    assertThat(RequestWeights.depth(5000)).isEqualTo(250);
  }

  @Test
  void depthLimitOutsideBinanceRangeIsRejected() {
    assertThatThrownBy(() -> RequestWeights.depth(0)).hasMessageContaining("1..5000");
    assertThatThrownBy(() -> RequestWeights.depth(5001)).hasMessageContaining("1..5000");
  }
}
