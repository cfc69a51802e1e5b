package dev.coinengine.local;

import dev.coinengine.core.config.EngineConfig;
import dev.coinengine.core.market.Interval;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./engine train}: enqueue the training jobs of the selected coins, train them with K runner
 * threads in this process, wait with progress, print the summary and set the champions.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description =
        "Train models for the lake's coins (coins x regimes x timeframes x families) through the"
            + " training queue, then mark each key's best candidate as champion.")
final class TrainCommand implements Callable<Integer> {
  private final EngineEnvironment environment;

  @Mixin CommonOptions common = new CommonOptions();

  @Option(
      names = "--coins",
      paramLabel = "N",
      description = "Train the N coins with the most history. Default: every eligible coin.")
  Integer coins;

  @Option(
      names = "--timeframes",
      paramLabel = "TF",
      split = ",",
      description = "Timeframes, e.g. 1h,4h. Default: training.timeframes.")
  List<String> timeframes;

  @Option(
      names = "--families",
      paramLabel = "F",
      split = ",",
      description = "Model families, e.g. linear-sgd. Default: training.families.")
  List<String> families;

  @Option(
      names = "--runners",
      paramLabel = "K",
      description = "Runner threads in this process. Default: training.runners (0 = one per core).")
  Integer runners;

  TrainCommand(EngineEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InterruptedException {
    EngineConfig config = common.load(environment);
    if (coins != null && coins < 1) {
      throw new UserError("--coins must be >= 1, was " + coins);
    }
    if (runners != null && runners < 1) {
      throw new UserError("--runners must be >= 1, was " + runners);
    }
    List<Interval> tfs = new ArrayList<>();
    if (timeframes == null) {
      tfs.addAll(config.training().timeframes());
    } else {
      for (String code : timeframes) {
        try {
          tfs.add(Interval.parse(code));
        } catch (IllegalArgumentException e) {
          throw new UserError("--timeframes: " + e.getMessage());
        }
      }
    }
    int threads =
        runners != null
            ? runners
            : config.training().effectiveRunners(Runtime.getRuntime().availableProcessors());
    try (EngineContext context = EngineContext.open(config);
        TrainingServices services = TrainingServices.open(context)) {
      new Console(environment.out()).header(context);
      TrainingRun.Result result =
          new TrainingRun(context, services, environment.out())
              .run(
                  new TrainingRun.Request(
                      coins == null ? OptionalLong.empty() : OptionalLong.of(coins),
                      tfs,
                      families == null ? config.training().families() : families,
                      threads));
      DailyTrainingRun.promote(
          services.registry(), result.versions(), environment.out(), Clock.systemUTC());
    }
    return 0;
  }
}
