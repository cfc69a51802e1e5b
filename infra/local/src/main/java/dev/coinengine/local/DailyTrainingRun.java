package dev.coinengine.local;

import dev.coinengine.core.config.EngineConfig;
import dev.coinengine.store.registry.Alias;
import dev.coinengine.store.registry.AliasChange;
import dev.coinengine.store.registry.ModelKey;
import dev.coinengine.store.registry.ModelRegistry;
import dev.coinengine.store.registry.ModelVersion;
import dev.coinengine.store.registry.VersionStatus;
import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * The training step of the daily cycle: train every eligible coin (configured timeframes and
 * families, {@code training.runners} threads), then point {@code champion} of every key at its best
 * validated version and tag the day's fleet.
 */
final class DailyTrainingRun {
  static final String METRIC = "wf_sharpe_annualised";
  static final String REASON = "best walk-forward sharpe of the day";

  private final EngineContext context;
  private final PrintStream out;
  private final Clock clock;

  DailyTrainingRun(EngineContext context, PrintStream out, Clock clock) {
    this.context = context;
    this.out = out;
    this.clock = clock;
  }

  void run() throws InterruptedException {
    EngineConfig config = context.config();
    try (TrainingServices services = TrainingServices.open(context)) {
      TrainingRun.Result result =
          new TrainingRun(context, services, out)
              .run(
                  new TrainingRun.Request(
                      OptionalLong.empty(),
                      config.training().timeframes(),
                      config.training().families(),
                      config
                          .training()
                          .effectiveRunners(Runtime.getRuntime().availableProcessors())));
      promote(services.registry(), result.versions(), out, clock);
    }
  }

  /** Sets {@code champion} of each trained key to its best candidate; returns the changes. */
  static List<AliasChange> promote(
      ModelRegistry registry, List<ModelVersion> trained, PrintStream out, Clock clock) {
    TreeSet<ModelKey> keys = new TreeSet<>();
    trained.stream()
        .filter(v -> v.status() == VersionStatus.CANDIDATE)
        .forEach(v -> keys.add(v.key()));
    Map<ModelKey, ModelVersion> current = registry.aliases(Alias.CHAMPION);
    List<AliasChange> changes = new ArrayList<>();
    for (ModelKey key : keys) {
      Optional<ModelVersion> best = registry.best(key, METRIC, true);
      ModelVersion now = current.get(key);
      if (best.isPresent() && (now == null || now.version() != best.get().version())) {
        changes.add(new AliasChange(key, best.get().version(), REASON));
      }
    }
    if (!changes.isEmpty()) {
      registry.setAliases(Alias.CHAMPION, changes);
    }
    if (!registry.aliases(Alias.CHAMPION).isEmpty()) {
      registry.tagDaily(LocalDate.now(clock));
    }
    out.printf(
        "champions: %d keys with a candidate, %d champion changes (%s), %d champions in all%n",
        keys.size(), changes.size(), REASON, registry.aliases(Alias.CHAMPION).size());
    return changes;
  }
}
