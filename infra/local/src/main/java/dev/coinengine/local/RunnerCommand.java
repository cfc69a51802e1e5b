package dev.coinengine.local;

import dev.coinengine.core.config.EngineConfig;
import dev.coinengine.runner.worker.RunnerMain;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./engine runner}: one more runner process on the configured training queue (for the local
 * profile, the queue, object store and catalog of a running {@code ./engine local} or {@code
 * ./engine train}); trains until SIGTERM.
 */
@Command(
    name = "runner",
    mixinStandardHelpOptions = true,
    description =
        "Join the training queue of a running engine as one more runner process and train until"
            + " stopped (SIGTERM or Ctrl-C). Starts no servers. Prometheus metrics on"
            + " observability.metrics-port at /metrics.")
final class RunnerCommand implements Callable<Integer> {
  private final EngineEnvironment environment;

  @Mixin CommonOptions common = new CommonOptions();

  @Option(
      names = "--runners",
      paramLabel = "K",
      description = "Runner threads. Default: training.runners (0 = one per core).")
  Integer runners;

  RunnerCommand(EngineEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    EngineConfig config = common.load(environment);
    if (runners != null && runners < 1) {
      throw new UserError("--runners must be >= 1, was " + runners);
    }
    int threads =
        runners != null
            ? runners
            : config.training().effectiveRunners(Runtime.getRuntime().availableProcessors());
    RunnerMain.run(config, threads);
    return 0;
  }
}
