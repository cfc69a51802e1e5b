package dev.coinengine.core.config;

import dev.coinengine.core.selection.SelectionSettings;
import java.util.function.Function;

/** The whole validated configuration, one accessor per section of {@code scalable_engine.yaml}. */
public record EngineConfig(
    EngineSettings engine,
    StorageSettings storage,
    QueueSettings queue,
    CatalogSettings catalog,
    MarketDataSettings marketData,
    HttpSettings http,
    ObservabilitySettings observability,
    SelectionSettings coinSelection,
    TrainingSettings training,
    ConsensusSettings consensus,
    GateSettings gates,
    ValidationGateSettings validationGates,
    CostSettings cost,
    RiskPresetSettings riskPresets,
    ServingSettings serving) {

  public EngineConfig {
    Checks.present("engine", engine);
    Checks.present("storage", storage);
    Checks.present("queue", queue);
    Checks.present("catalog", catalog);
    Checks.present("market-data", marketData);
    Checks.present("http", http);
    Checks.present("observability", observability);
    Checks.present("coin-selection", coinSelection);
    Checks.present("training", training);
    Checks.present("consensus", consensus);
    Checks.present("gates", gates);
    Checks.present("validation-gates", validationGates);
    Checks.present("cost", cost);
    Checks.present("risk-presets", riskPresets);
    Checks.present("serving", serving);
  }

  /**
   * Binds a resolved tree; {@code riskPresetFiles} gives the parsed file of a preset by name.
   *
   * @throws ConfigException naming the file, key and reason of the first invalid value
   */
  public static EngineConfig from(ConfigNode root, Function<String, ConfigNode> riskPresetFiles) {
    root.requireOnlyKeys(
        "engine",
        "storage",
        "queue",
        "catalog",
        "market-data",
        "http",
        "observability",
        "coin-selection",
        "training",
        "consensus",
        "gates",
        "validation-gates",
        "cost",
        "risk-presets",
        "serving");
    return new EngineConfig(
        EngineSettings.from(root.section("engine")),
        StorageSettings.from(root.section("storage")),
        QueueSettings.from(root.section("queue")),
        CatalogSettings.from(root.section("catalog")),
        MarketDataSettings.from(root.section("market-data")),
        HttpSettings.from(root.section("http")),
        ObservabilitySettings.from(root.section("observability")),
        CoinSelectionBinding.from(root.section("coin-selection")),
        TrainingSettings.from(root.section("training")),
        ConsensusSettings.from(root.section("consensus")),
        GateSettings.from(root.section("gates")),
        ValidationGateSettings.from(root.section("validation-gates")),
        CostSettings.from(root.section("cost")),
        RiskPresetSettings.from(root.section("risk-presets"), riskPresetFiles),
        ServingSettings.from(root.section("serving")));
  }
}
