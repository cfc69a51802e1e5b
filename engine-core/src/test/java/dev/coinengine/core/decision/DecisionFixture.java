package dev.coinengine.core.decision;

import dev.coinengine.core.config.ConfigLoader;
import dev.coinengine.core.config.ConfigSource;
import dev.coinengine.core.config.EngineConfig;
import dev.coinengine.core.config.Profile;
import dev.coinengine.core.consensus.TrackRecord;
import dev.coinengine.core.consensus.WeightedConsensus;
import dev.coinengine.core.cost.CostModel;
import dev.coinengine.core.cost.FeeSchedule;
import dev.coinengine.core.cost.SquareRootImpact;
import dev.coinengine.core.engines.RuleEngines;
import dev.coinengine.core.features.FeatureSpec;
import dev.coinengine.core.features.TechnicalFeatureCalculator;
import dev.coinengine.core.gate.RegimeGate;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.ExchangeFilters;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.csv.KlineCsvReader;
import dev.coinengine.core.regime.RegimeThresholds;
import dev.coinengine.core.regime.RuleRegimeClassifier;
import dev.coinengine.core.risk.RiskSizer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

/** The shipped configuration and the bundled sample bars, for decision tests and benchmarks. */
final class DecisionFixture {
  static final Path SAMPLE = Path.of("..", "infra", "local", "sample", "klines", "1h");
  static final ExchangeFilters FILTERS =
      new ExchangeFilters(
          new ExchangeFilters.PriceFilter(
              new BigDecimal("0.0001"), new BigDecimal("1000000"), new BigDecimal("0.0001")),
          new ExchangeFilters.LotSize(
              new BigDecimal("0.001"), new BigDecimal("900000"), new BigDecimal("0.001")),
          null,
          null,
          null);

  final EngineConfig config =
      new ConfigLoader(ConfigSource.directory(Path.of("..", "config")), Map.of())
          .load(Profile.LOCAL);

  DecisionEngine engine(ModelVoter models) {
    MarketViews views =
        new MarketViews(
            new TechnicalFeatureCalculator(FeatureSpec.v1()),
            Map.of(
                Interval.H1,
                new RuleRegimeClassifier(RegimeThresholds.forInterval(Interval.H1)),
                Interval.H4,
                new RuleRegimeClassifier(RegimeThresholds.forInterval(Interval.H4))),
            Interval.H1);
    FeeSchedule fees =
        FeeSchedule.read(Path.of("..", "config", "fees", "binance-fee-schedule.json"));
    return new DecisionEngine(
        views,
        Map.of(
            Interval.H1, RuleEngines.standard(Interval.H1),
            Interval.H4, RuleEngines.standard(Interval.H4)),
        models,
        new WeightedConsensus(
            config.consensus(), new RegimeGate(config.gates(), config.consensus())),
        TrackRecord::empty,
        new RiskSizer(),
        new CostModel(
            fees, config.cost(), new SquareRootImpact(SquareRootImpact.DEFAULT_COEFFICIENT)),
        config.cost().venue(),
        DecisionSettings.defaults());
  }

  static BarSeries read(String symbol) {
    return new KlineCsvReader().read(SAMPLE.resolve(symbol + "-1h.csv.gz")).series();
  }
}
