package dev.coinengine.store.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WeightBudgetTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2024-03-10T00:00:00Z"));

  @Test
  void requestsWithinTheMinuteBudgetGoOutWithoutWaiting() {
    WeightBudget budget = new WeightBudget(6000, clock);

    for (int i = 0; i < 75; i++) { // 75 x 80 = the whole minute
      assertThat(budget.reserve(RequestWeights.TICKER_24H_ALL)).isZero();
    }
    assertThat(budget.available()).isZero();
  }

  @Test
  void anExhaustedBudgetMakesTheCallerWaitForTheRefillOfItsWeight() {
    WeightBudget budget = new WeightBudget(6000, clock);
    budget.reserve(6000);

    // 6000 per minute = 0.1 weight per ms, so 20 weight take 200 ms to come back.
    assertThat(budget.reserve(RequestWeights.EXCHANGE_INFO)).isEqualTo(Duration.ofMillis(200));
    // the next caller queues behind the first one
    assertThat(budget.reserve(RequestWeights.EXCHANGE_INFO)).isEqualTo(Duration.ofMillis(400));
  }

  @Test
  void weightComesBackWithTimeButNeverAboveCapacity() {
    WeightBudget budget = new WeightBudget(1200, clock);
    budget.reserve(1200);

    clock.advance(Duration.ofSeconds(30));
    assertThat(budget.available()).isEqualTo(600.0);
    clock.advance(Duration.ofMinutes(10));
    assertThat(budget.available()).isEqualTo(1200.0);
  }

  @Test
  void aPauseHoldsEveryRequestUntilItEnds() {
    WeightBudget budget = new WeightBudget(6000, clock);

    budget.pauseUntil(clock.instant().plusSeconds(7));

    assertThat(budget.reserve(2)).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
    clock.advance(Duration.ofSeconds(8));
    assertThat(budget.reserve(2)).isZero();
  }

  @Test
  void rejectsWeightsAboveCapacityOrBelowOne() {
    WeightBudget budget = new WeightBudget(100, clock);

    assertThatThrownBy(() -> budget.reserve(101)).hasMessageContaining("weight");
    assertThatThrownBy(() -> budget.reserve(0)).hasMessageContaining("weight");
    assertThatThrownBy(() -> new WeightBudget(0, clock)).hasMessageContaining("weightPerMinute");
  }
}
