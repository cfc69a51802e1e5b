package dev.coinengine.store.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.market.Interval;
import dev.coinengine.core.regime.Regime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JobSpecTest {
  private static final JobSpec BASE =
      new JobSpec("BTCUSDT", Regime.TREND, Interval.H1, "linear-sgd", 42L, "train-v1");

  @Test
  void theJobIdIsTheSameForTheSameFieldsAndDiffersWhenAnyFieldDiffers() {
    List<JobSpec> variants =
        List.of(
            new JobSpec("ETHUSDT", Regime.TREND, Interval.H1, "linear-sgd", 42L, "train-v1"),
            new JobSpec("BTCUSDT", Regime.RANGE, Interval.H1, "linear-sgd", 42L, "train-v1"),
            new JobSpec("BTCUSDT", Regime.TREND, Interval.H4, "linear-sgd", 42L, "train-v1"),
            new JobSpec("BTCUSDT", Regime.TREND, Interval.H1, "fm", 42L, "train-v1"),
            new JobSpec("BTCUSDT", Regime.TREND, Interval.H1, "linear-sgd", 43L, "train-v1"),
            new JobSpec("BTCUSDT", Regime.TREND, Interval.H1, "linear-sgd", 42L, "train-v2"));
    Set<String> ids = new HashSet<>();
    variants.forEach(v -> ids.add(v.jobId()));

    assertThat(BASE.jobId())
        .isEqualTo(
            new JobSpec("BTCUSDT", Regime.TREND, Interval.H1, "linear-sgd", 42L, "train-v1")
                .jobId())
        .matches("[0-9a-f]{64}");
    assertThat(ids).hasSize(variants.size()).doesNotContain(BASE.jobId());
  }

  @Test
  void aMessageRoundTripsAndCarriesItsId() {
    String json = JobMessages.toJson(BASE);

    assertThat(JobMessages.fromJson(json)).isEqualTo(BASE);
    assertThat(json).contains("\"jobId\":\"" + BASE.jobId() + "\"");
  }

  @Test
  void badFieldsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> new JobSpec("btc", Regime.TREND, Interval.H1, "linear-sgd", 1L, "v1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("symbol")
        .hasMessageContaining("btc");
    assertThatThrownBy(() -> JobMessages.fromJson("{\"format\":2}"))
        .isInstanceOf(MalformedJobException.class)
        .hasMessageContaining("format 1");
    assertThatThrownBy(
            () -> JobMessages.fromJson(JobMessages.toJson(BASE).replace("\"1h\"", "\"7m\"")))
        .isInstanceOf(MalformedJobException.class);
  }
}
