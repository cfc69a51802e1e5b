package dev.coinengine.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.regime.Regime;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsensusAndGateSettingsTest {
  @TempDir Path temp;

  private EngineConfig load(String overlay, Map<String, String> environment) {
    Path folder = ConfigFolders.copyOfRepositoryConfig(temp.resolve("config"));
    ConfigFolders.write(folder.resolve(ConfigLoader.overlayFile(Profile.LOCAL)), overlay);
    return new ConfigLoader(ConfigSource.directory(folder), environment).load(Profile.LOCAL);
  }

  private String overlayFile() {
    return temp.resolve("config").resolve(ConfigLoader.overlayFile(Profile.LOCAL)).toString();
  }

  @Test
  void blankRegimeOverridesFallBackToMinAgreement() {
    ConsensusSettings consensus =
        load(
                "consensus:\n  min-agreement: 0.65\n  min-agreement-by-regime:\n    panic: 0.8\n",
                Map.of())
            .consensus();

    assertThat(consensus.minAgreement(Regime.TREND)).isEqualTo(0.65);
    assertThat(consensus.minAgreement(Regime.RANGE)).isEqualTo(0.65);
    assertThat(consensus.minAgreement(Regime.PANIC)).isEqualTo(0.8);
  }

  @Test
  void regimeOverridesAndAllowedEnginesFollowTheEnvironment() {
    EngineConfig config =
        load(
            "",
            Map.of(
                "ENGINE_CONSENSUS_MIN_AGREEMENT_BY_REGIME_RANGE", "0.7",
                "ENGINE_GATES_ALLOWED_ENGINES_PANIC", "rule_*_4h,ml_*"));

    assertThat(config.consensus().minAgreement(Regime.RANGE)).isEqualTo(0.7);
    assertThat(config.gates().allowedEngines(Regime.PANIC)).containsExactly("rule_*_4h", "ml_*");
    assertThat(config.gates().allowedEngines(Regime.TREND)).containsExactly("*");
  }

  @Test
  void theExistingConsensusAndGateKeysKeepTheirMeaning() {
    EngineConfig config =
        load(
            "consensus:\n  min-engines: 3\n  min-agreement: 0.7\n  reliability-half-life: 10d\n"
                + "gates:\n  max-daily-volatility: 0.05\n  min-shadow-days: 7\n",
            Map.of());

    assertThat(config.consensus().minEngines()).isEqualTo(3);
    assertThat(config.consensus().minAgreement()).isEqualTo(0.7);
    assertThat(config.consensus().reliabilityHalfLife()).hasDays(10);
    assertThat(config.gates().maxDailyVolatility()).isEqualTo(0.05);
    assertThat(config.gates().minShadowDays()).isEqualTo(7);
  }

  @Test
  void hysteresisBoundsMustLeaveAGap() {
    assertThatThrownBy(
            () ->
                load(
                    "gates:\n  disable-below-hit-rate: 0.5\n  enable-above-hit-rate: 0.5\n",
                    Map.of()))
        .hasMessage(
            overlayFile()
                + ":3: gates.enable-above-hit-rate: must exceed disable-below-hit-rate (0.5), was"
                + " 0.5");
  }

  @Test
  void badRegimeValuesNameTheirKey() {
    assertThatThrownBy(
            () -> load("consensus:\n  min-agreement-by-regime:\n    panic: 0.4\n", Map.of()))
        .hasMessage(
            overlayFile()
                + ":3: consensus.min-agreement-by-regime.panic: must be in [0.5, 1], was 0.4");
    assertThatThrownBy(
            () -> load("consensus:\n  min-agreement-by-regime:\n    crash: 0.9\n", Map.of()))
        .hasMessageStartingWith(
            overlayFile() + ":3: consensus.min-agreement-by-regime.crash: unknown key");
    assertThatThrownBy(() -> load("gates:\n  allowed-engines:\n    panic: ['Rule X']\n", Map.of()))
        .hasMessageContaining(
            "gates.allowed-engines.panic: must be engine ids or patterns with *, was 'Rule X'");
  }

  @Test
  void priorHitRateMustBeAboveAHalf() {
    assertThatThrownBy(
            () -> new ConsensusSettings(2, 0.6, java.time.Duration.ofDays(30), Map.of(), 30, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("prior-hit-rate: must be in (0.5, 0.99], was 0.5");
    assertThat(
            new GateSettings(
                    0.08,
                    0.95,
                    14,
                    Map.of(
                        Regime.TREND,
                        List.of("*"),
                        Regime.RANGE,
                        List.of(),
                        Regime.PANIC,
                        List.of()),
                    30,
                    0.47,
                    0.51,
                    0.005)
                .allowedEngines(Regime.RANGE))
        .isEmpty();
  }
}
