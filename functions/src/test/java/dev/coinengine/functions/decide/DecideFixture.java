package dev.coinengine.functions.decide;

import dev.coinengine.core.config.ConfigLoader;
import dev.coinengine.core.config.ConfigSource;
import dev.coinengine.core.config.EngineConfig;
import dev.coinengine.core.config.Profile;
import dev.coinengine.core.consensus.TrackRecord;
import dev.coinengine.core.cost.FeeSchedule;
import dev.coinengine.core.features.FeatureSpec;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.SymbolInfo;
import dev.coinengine.core.market.csv.KlineCsvReader;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.store.market.StubPayloads;
import dev.coinengine.store.object.InMemoryObjectStore;
import dev.coinengine.store.onnx.ModelMetadataKeys;
import dev.coinengine.store.onnx.SoftmaxModels;
import dev.coinengine.store.registry.AliasChange;
import dev.coinengine.store.registry.InMemoryModelRegistry;
import dev.coinengine.store.registry.ModelKey;
import dev.coinengine.store.registry.ModelVersion;
import dev.coinengine.store.registry.Registration;
import dev.coinengine.store.serving.ChampionModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A decision service over the bundled sample bars (in memory), the bundled exchange listing, the
 * shipped configuration and hand-built champion models for every sample coin, regime, timeframe and
 * three families (six model engines per decision plus eighteen rules).
 */
final class DecideFixture {
  static final Path SAMPLE = Path.of("..", "infra", "local", "sample", "klines", "1h");
  static final Path CONFIG = Path.of("..", "config");
  static final List<String> FAMILIES = List.of("linear_sgd", "factorization_machine", "ensemble");

  final EngineConfig config =
      new ConfigLoader(ConfigSource.directory(CONFIG), Map.of()).load(Profile.LOCAL);
  final FeeSchedule fees = FeeSchedule.load(ConfigSource.directory(CONFIG), config.cost());
  final Map<String, BarSeries> bars = readSample();
  final List<SymbolInfo> listing = listing();
  final InMemoryObjectStore store = new InMemoryObjectStore();

  /** Sample coins that are listed (with filters), sorted. */
  List<String> coins() {
    return listing.stream().map(SymbolInfo::symbol).filter(bars::containsKey).sorted().toList();
  }

  BarSource barSource() {
    return (symbol, t, max) -> {
      BarSeries series = bars.get(symbol);
      return series == null ? BarSeries.empty(symbol, Interval.H1) : series.closedBy(t, max);
    };
  }

  /** Champions for every coin × regime × timeframe × family, random weights (seeded). */
  InMemoryModelRegistry registry(Clock clock, List<String> coins) {
    InMemoryModelRegistry registry = new InMemoryModelRegistry(store, clock);
    SplittableRandom random = new SplittableRandom(7);
    int features = FeatureSpec.v1().columns();
    List<AliasChange> changes = new ArrayList<>();
    for (String coin : coins) {
      for (Regime regime : Regime.values()) {
        for (Interval tf : List.of(Interval.H1, Interval.H4)) {
          for (String family : FAMILIES) {
            ModelKey key = new ModelKey(coin, regime, tf, family);
            ModelVersion v =
                registry.register(
                    Registration.of(
                        key,
                        "job-" + key.semanticId(1),
                        model(random, features),
                        FeatureSpec.v1().hash()));
            changes.add(new AliasChange(key, v.version(), "fixture"));
          }
        }
      }
    }
    registry.setAliases(ChampionModels.CHAMPION, changes);
    return registry;
  }

  DecisionService service(Clock clock, boolean withModels) {
    List<String> coins = coins();
    return DecisionService.create(
        config,
        fees,
        store,
        barSource(),
        SymbolDirectory.of(listing),
        withModels ? Optional.of(registry(clock, coins)) : Optional.empty(),
        TrackRecord::empty,
        clock);
  }

  private static byte[] model(SplittableRandom random, int features) {
    float[][] w = new float[features][3];
    for (float[] row : w) {
      for (int j = 0; j < 3; j++) {
        row[j] = (float) (random.nextGaussian() * 0.002); // raw features reach ~100
      }
    }
    // Lean LONG so that replays exercise the buy path, not only holds.
    float[] b = {-3f, 0f, 3f};
    return SoftmaxModels.linearSoftmax(
        w, b, Map.of(ModelMetadataKeys.LABEL_ORDER, "SHORT,FLAT,LONG"));
  }

  private static Map<String, BarSeries> readSample() {
    Map<String, BarSeries> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(SAMPLE)) {
      for (Path f : files.sorted().toList()) {
        BarSeries s = new KlineCsvReader().read(f).series();
        out.put(s.symbol(), s);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  private static List<SymbolInfo> listing() {
    try {
      return new dev.coinengine.store.market.ExchangeInfoMapper()
          .map(
              new com.fasterxml.jackson.databind.ObjectMapper()
                  .readTree(StubPayloads.bundled().exchangeInfo()))
          .mapped();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
