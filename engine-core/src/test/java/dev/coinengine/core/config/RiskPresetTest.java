package dev.coinengine.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskPresetTest {
  @TempDir Path temp;

  private static RiskPresetSettings repositoryPresets() {
    return new ConfigLoader(ConfigSource.directory(ConfigFolders.repositoryConfig()), Map.of())
        .load(Profile.LOCAL)
        .riskPresets();
  }

  @Test
  void repositoryPresetsLoadWithVersionsAndBalancedAsDefault() {
    RiskPresetSettings presets = repositoryPresets();

    assertThat(presets.defaultPreset().name()).isEqualTo("balanced");
    assertThat(presets.presets().values()).allSatisfy(p -> assertThat(p.version()).isPositive());
  }

  @Test
  void presetsLoosenFromConservativeToAggressive() {
    RiskPresetSettings presets = repositoryPresets();
    List<RiskPreset> ordered =
        List.of(
            presets.preset("conservative"),
            presets.preset("balanced"),
            presets.preset("aggressive"));

    assertThat(ordered).extracting(RiskPreset::maxPosition).isSorted();
    assertThat(ordered).extracting(RiskPreset::maxGrossExposure).isSorted();
    assertThat(ordered).extracting(RiskPreset::drawdownLimit).isSorted();
    assertThat(ordered).extracting(RiskPreset::dailyLossLimit).isSorted();
    assertThat(ordered).extracting(RiskPreset::leverage).isSorted();
  }

  @Test
  void unknownPresetNameIsAnArgumentError() {
    assertThatThrownBy(() -> repositoryPresets().preset("yolo"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown risk preset 'yolo'");
  }

  @Test
  void invalidPresetFileNamesTheFileLineAndKey() {
    Path folder = ConfigFolders.copyOfRepositoryConfig(temp.resolve("config"));
    Path balanced = folder.resolve("presets/risk/balanced.yaml");
    ConfigFolders.write(
        balanced,
        ConfigFolders.read(balanced).replace("daily-loss-limit: 0.02", "daily-loss-limit: 0.5"));
    ConfigLoader loader = new ConfigLoader(ConfigSource.directory(folder), Map.of());

    assertThatThrownBy(() -> loader.load(Profile.AWS))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            balanced
                + ":"
                + ConfigFolders.lineStarting(balanced, "daily-loss-limit:")
                + ": daily-loss-limit: must be in (0, 0.1], was 0.5");
  }

  @Test
  void defaultMustNameALoadedPreset() {
    ConfigLoader loader =
        new ConfigLoader(
            ConfigSource.directory(ConfigFolders.repositoryConfig()),
            Map.of("ENGINE_RISK_PRESETS_DEFAULT", "reckless"));

    assertThatThrownBy(() -> loader.load(Profile.LOCAL))
        .hasMessage(
            "env ENGINE_RISK_PRESETS_DEFAULT: risk-presets.default: must be one of the names"
                + " [conservative, balanced, aggressive], was 'reckless'");
  }

  @Test
  void missingPresetFileIsNamed() {
    ConfigLoader loader =
        new ConfigLoader(
            ConfigSource.directory(ConfigFolders.repositoryConfig()),
            Map.of("ENGINE_RISK_PRESETS_NAMES", "balanced,turbo"));

    assertThatThrownBy(() -> loader.load(Profile.LOCAL))
        .hasMessageEndingWith("presets/risk/turbo.yaml: risk preset 'turbo' has no file");
  }

  @Test
  void recordRejectsAPositionLargerThanThePerCoinCap() {
    assertThatThrownBy(() -> new RiskPreset("x", 1, 0.2, 1.0, 5, 0.1, 0.02, 0.1, 1, 0.2, 0.05))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max-position: must not exceed max-per-coin (0.1), was 0.2");
  }

  @Test
  void recordRejectsGrossExposureAboveLeverage() {
    assertThatThrownBy(() -> new RiskPreset("x", 1, 0.05, 3.0, 5, 0.1, 0.02, 0.1, 2, 0.2, 0.05))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max-gross-exposure: must not exceed leverage (2), was 3");
  }
}
