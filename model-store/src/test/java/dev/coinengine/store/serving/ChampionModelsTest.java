package dev.coinengine.store.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.coinengine.core.market.Interval;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.store.object.InMemoryObjectStore;
import dev.coinengine.store.onnx.Device;
import dev.coinengine.store.onnx.ModelMetadataKeys;
import dev.coinengine.store.onnx.SoftmaxModels;
import dev.coinengine.store.queue.ManualClock;
import dev.coinengine.store.registry.AliasChange;
import dev.coinengine.store.registry.InMemoryModelRegistry;
import dev.coinengine.store.registry.ModelKey;
import dev.coinengine.store.registry.ModelVersion;
import dev.coinengine.store.registry.Registration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChampionModelsTest {
  private static final String SPEC = "spec-hash";
  private final ManualClock clock = new ManualClock(Instant.parse("2026-11-25T00:00:00Z"));
  private final InMemoryModelRegistry registry =
      new InMemoryModelRegistry(new InMemoryObjectStore("bucket", clock), clock);

  @Test
  void scoresTheChampionAndSharesOneSessionPerArtifact() {
    byte[] model = model(1f);
    ModelKey btcTrend = new ModelKey("BTCUSDT", Regime.TREND, Interval.H1, "lsgd");
    ModelKey btcRange = new ModelKey("BTCUSDT", Regime.RANGE, Interval.H1, "lsgd");
    ModelVersion a = registry.register(Registration.of(btcTrend, "job-a", model, SPEC));
    ModelVersion b = registry.register(Registration.of(btcRange, "job-b", model, SPEC));
    registry.setAliases(
        ChampionModels.CHAMPION,
        List.of(new AliasChange(btcTrend, a.version(), "best"), new AliasChange(btcRange, 1, "x")));

    try (ChampionModels champions = new ChampionModels(registry, Device.cpu(), clock)) {
      assertThat(champion(champions, btcTrend)).isEmpty();
      assertThat(champions.refresh()).isEqualTo(2);
      ChampionModel trend = champion(champions, btcTrend).orElseThrow();
      ChampionModel range = champion(champions, btcRange).orElseThrow();

      assertThat(trend.version()).isEqualTo(a);
      assertThat(range.version()).isEqualTo(b);
      assertThat(trend.scorer()).isSameAs(range.scorer());
      assertThat(champions.loads()).isEqualTo(1);
      float[] row = {0.5f, -1f};
      double[] expected = SoftmaxModels.expected(weights(1f), bias(), row);
      assertThat(trend.scorer().probabilities(row)).containsExactly(expected, within(1e-6));
      assertThat(champions.versions("BTCUSDT", "TREND", Interval.H1)).containsOnlyKeys("lsgd");
      assertThat(champions.refreshedAt()).isEqualTo(clock.instant());
    }
  }

  @Test
  void aNewChampionIsServedAfterRefreshAndTheOldSessionIsRetired() {
    ModelKey key = new ModelKey("ETHUSDT", Regime.RANGE, Interval.H4, "fm");
    registry.register(Registration.of(key, "job-1", model(1f), SPEC));
    registry.setAlias(ChampionModels.CHAMPION, key, 1, "first");
    try (ChampionModels champions = new ChampionModels(registry, Device.cpu(), clock)) {
      champions.refresh();
      float[] row = {1f, 1f};
      double before = champion(champions, key).orElseThrow().scorer().probabilities(row)[0];

      registry.register(Registration.of(key, "job-2", model(-3f), SPEC));
      registry.setAlias(ChampionModels.CHAMPION, key, 2, "better");
      assertThat(champion(champions, key).orElseThrow().version().version()).isEqualTo(1);
      champions.refresh();
      ChampionModel now = champion(champions, key).orElseThrow();

      assertThat(now.version().version()).isEqualTo(2);
      assertThat(now.scorer().probabilities(row)[0]).isNotCloseTo(before, within(1e-3));
      assertThat(champions.openSessions()).isEqualTo(1);
      assertThat(champions.loads()).isEqualTo(2);
    }
  }

  /** What a decision does: the view's versions by family, then the session of one. */
  private static Optional<ChampionModel> champion(ChampionModels champions, ModelKey key) {
    return Optional.ofNullable(
            champions.versions(key.symbol(), key.regime(), key.timeframe()).get(key.family()))
        .map(champions::load);
  }

  private static byte[] model(float scale) {
    return SoftmaxModels.linearSoftmax(
        weights(scale), bias(), Map.of(ModelMetadataKeys.LABEL_ORDER, "SHORT,FLAT,LONG"));
  }

  private static float[][] weights(float scale) {
    return new float[][] {{scale, 0f, -scale}, {0.5f * scale, 0.1f, 0.2f}};
  }

  private static float[] bias() {
    return new float[] {0.1f, 0f, -0.1f};
  }
}
