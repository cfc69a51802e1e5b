package dev.coinengine.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.selection.RankingMethod;
import dev.coinengine.core.selection.SelectionSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineConfigTest {
  @TempDir Path temp;

  private ConfigLoader withOverlay(String overlay) {
    Path folder = ConfigFolders.copyOfRepositoryConfig(temp.resolve("config"));
    ConfigFolders.write(folder.resolve(ConfigLoader.overlayFile(Profile.LOCAL)), overlay);
    return new ConfigLoader(ConfigSource.directory(folder), Map.of());
  }

  private String overlayFile() {
    return temp.resolve("config").resolve(ConfigLoader.overlayFile(Profile.LOCAL)).toString();
  }

  @Test
  void baseDefaultsBindIntoTheRecords() {
    EngineConfig config =
        new ConfigLoader(ConfigSource.directory(ConfigFolders.repositoryConfig()), Map.of())
            .load(Profile.AWS);

    assertThat(config.queue().waitTime()).isBetween(Duration.ZERO, Duration.ofSeconds(20));
    assertThat(config.queue().deadLetterQueue()).isNotEqualTo(config.queue().trainingQueue());
    assertThat(config.catalog().type()).isEqualTo(CatalogSettings.Type.JDBC);
    assertThat(config.coinSelection().stablecoins()).contains("USDC", "FDUSD");
    assertThat(config.coinSelection().maxRangeChange()).isInfinite();
    assertThat(config.coinSelection().ranking()).isEqualTo(RankingMethod.QUOTE_VOLUME);
    assertThat(config.training().effectiveRunners(6))
        .isEqualTo(config.training().runners() == 0 ? 6 : config.training().runners());
    assertThat(config.cost().venue()).isEqualTo(CostSettings.Venue.SPOT);
    assertThat(config.cost().feeSchedule()).isEqualTo("config/fees/binance-fee-schedule.json");
  }

  @Test
  void otherCatalogTypesGetAClearError() {
    assertThatThrownBy(() -> withOverlay("catalog:\n  type: rest\n").load(Profile.LOCAL))
        .hasMessage(
            overlayFile()
                + ":2: catalog.type: must be jdbc (the only catalog type supported so far), was"
                + " 'rest'");
  }

  @Test
  void embeddedStorageNeedsAnEndpoint() {
    assertThatThrownBy(
            () -> withOverlay("storage:\n  embedded:\n    enabled: true\n").load(Profile.LOCAL))
        .hasMessageContaining(
            "storage.endpoint: must point at the embedded server when embedded.enabled is true");
  }

  @Test
  void halfSetCredentialsNameTheMissingKey() {
    assertThatThrownBy(() -> withOverlay("queue:\n  access-key: abc\n").load(Profile.LOCAL))
        .hasMessageContaining("queue.secret-key: must be set when access-key is set");
  }

  @Test
  void nestedKeysAreNamedInFull() {
    assertThatThrownBy(
            () ->
                withOverlay("market-data:\n  binance:\n    base-url: ftp://example.org\n")
                    .load(Profile.LOCAL))
        .hasMessage(
            overlayFile()
                + ":3: market-data.binance.base-url: must be an http:// or https:// URI, was"
                + " 'ftp://example.org'");
    assertThatThrownBy(
            () -> withOverlay("coin-selection:\n  min-volatility: 0.9\n").load(Profile.LOCAL))
        .hasMessage(
            overlayFile()
                + ":2: coin-selection.min-volatility: must not exceed max-volatility (0.5), was"
                + " 0.9");
  }

  @Test
  void validationGatesBindAndAreValidated() {
    ValidationGateSettings gates =
        new ConfigLoader(ConfigSource.directory(ConfigFolders.repositoryConfig()), Map.of())
            .load(Profile.AWS)
            .validationGates();
    assertThat(gates).isEqualTo(new ValidationGateSettings(100, 0.5, 0.0, 2, 1, 0.99));
    assertThatThrownBy(
            () ->
                withOverlay("validation-gates:\n  min-deflated-sharpe: 1.5\n").load(Profile.LOCAL))
        .hasMessageStartingWith(overlayFile() + ":2: validation-gates.min-deflated-sharpe: ");
  }

  @Test
  void laterSectionsAreValidatedToo() {
    assertThatThrownBy(() -> withOverlay("training:\n  device: gpu\n").load(Profile.LOCAL))
        .hasMessage(overlayFile() + ":2: training.device: must be auto, cpu or cuda:N, was 'gpu'");
    assertThatThrownBy(() -> withOverlay("training:\n  timeframes: [1h, 2h]\n").load(Profile.LOCAL))
        .hasMessage(overlayFile() + ":2: training.timeframes: must be one of 1h, 4h, 1d, was '2h'");
    assertThatThrownBy(() -> withOverlay("cost:\n  vip-tier: 12\n").load(Profile.LOCAL))
        .hasMessage(overlayFile() + ":2: cost.vip-tier: must be between 0 and 9, was 12");
    assertThatThrownBy(
            () -> withOverlay("coin-selection:\n  blacklist: ['(BTC']\n").load(Profile.LOCAL))
        .hasMessageStartingWith(
            overlayFile() + ":2: coin-selection.blacklist: holds an invalid regular expression");
  }

  @Test
  void coinSelectionKeysAreTheSelectorsOwnSettings() {
    ConfigNode section =
        YamlParser.parse(
                ConfigFolders.read(
                    ConfigFolders.repositoryConfig().resolve(ConfigLoader.BASE_FILE)),
                "base")
            .section("coin-selection");
    Map<String, Object> raw = new LinkedHashMap<>();
    section
        .leaves()
        .forEach((key, value) -> raw.put(key.substring(key.indexOf('.') + 1), value.raw()));

    assertThat(raw.keySet()).containsExactlyElementsOf(CoinSelectionBinding.KEYS);
    assertThat(CoinSelectionBinding.from(section)).isEqualTo(SelectionSettings.fromMap(raw));
  }

  @Test
  void badCoinSelectionValuesNameFileAndKey() {
    assertThatThrownBy(
            () -> withOverlay("coin-selection:\n  ranking: momentum\n").load(Profile.LOCAL))
        .hasMessage(
            overlayFile()
                + ":2: coin-selection.ranking: must be one of quote-volume, liquidity-score,"
                + " volatility, was 'momentum'");
    assertThatThrownBy(
            () -> withOverlay("coin-selection:\n  max-spread-bps: -1\n").load(Profile.LOCAL))
        .hasMessage(
            overlayFile()
                + ":2: coin-selection.max-spread-bps: must be >= 0, or none for no bound, was -1");
    assertThatThrownBy(() -> withOverlay("coin-selection:\n  max-coins: 400\n").load(Profile.LOCAL))
        .hasMessageStartingWith(
            overlayFile()
                + ":2: coin-selection.max-coins: unknown key (allowed here: quote-asset,");
  }

  @Test
  void unknownSectionIsRejected() {
    assertThatThrownBy(() -> withOverlay("metrics:\n  port: 1\n").load(Profile.LOCAL))
        .hasMessageStartingWith(overlayFile() + ":1: metrics: unknown key (allowed here: engine,");
  }

  @Test
  void recordsValidateWhenBuiltInCode() {
    assertThatThrownBy(
            () ->
                new QueueSettings(
                    java.util.Optional.empty(),
                    "eu-central-1",
                    java.util.Optional.empty(),
                    "jobs",
                    "jobs",
                    5,
                    Duration.ofMinutes(5),
                    Duration.ofSeconds(20),
                    new EmbeddedServer(false, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dead-letter-queue: must differ from training-queue, was 'jobs'");
  }
}
