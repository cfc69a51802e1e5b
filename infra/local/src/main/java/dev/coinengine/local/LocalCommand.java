package dev.coinengine.local;

import dev.coinengine.core.config.EngineConfig;
import dev.coinengine.core.cost.FeeSchedule;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./engine local}: starts the embedded stack, runs the daily cycle (today: import the kline
 * data and summarise the lake) and keeps serving until Ctrl-C, or exits after one cycle with {@code
 * --once}.
 */
@Command(
    name = "local",
    mixinStandardHelpOptions = true,
    description = "Run the engine on this machine with the embedded S3, SQS and Iceberg catalog.")
final class LocalCommand implements Callable<Integer> {
  private final EngineEnvironment environment;

  @Mixin CommonOptions common = new CommonOptions();

  @Option(names = "--once", description = "Run the daily cycle once and exit.")
  boolean once;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Folder of <SYMBOL>-<interval>.csv.gz kline files to import."
              + " Default: market-data.import-folder, else the bundled sample.")
  Path data;

  @Option(
      names = "--offline",
      description =
          "Never call Binance: serve market data from a loopback stub replaying recorded real"
              + " payloads (the local profile is offline already).")
  boolean offline;

  @Option(
      names = "--snapshots",
      paramLabel = "DIR",
      description =
          "Folder with full recorded Binance payloads for the offline stub"
              + " (spot-exchangeInfo-2023-09-08.json.gz, spot-ticker24hr-2024-03-10.json.gz)."
              + " Default: the slice bundled with the engine.")
  Path snapshots;

  LocalCommand(EngineEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InterruptedException {
    EngineConfig config = common.load(environment);
    FeeSchedule fees = common.fees(environment, config);
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stop.countDown();
              try {
                // Let the main thread close the servers and the catalog before the JVM exits.
                stopped.await(20, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "engine-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try (EngineContext context = EngineContext.open(config)) {
      Console console = new Console(environment.out());
      console.header(context);
      Path folder =
          data != null
              ? data
              : config.marketData().importFolder().orElse(environment.bundledSample());
      new ImportRun(context, console).run(folder);
      console.lakeSummary(context.lake().summary(OptionalLong.empty()));
      new DailyTrainingRun(context, environment.out(), Clock.systemUTC()).run();
      if (!once) {
        boolean stubbed = offline || config.marketData().binanceOffline();
        try (LocalServices services =
            LocalServices.start(
                context, fees, stubbed, Optional.ofNullable(snapshots), Clock.systemUTC())) {
          console.serving(context, services);
          stop.await();
          environment.out().println("engine: shutting down");
        }
      }
    } finally {
      stopped.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // Ctrl-C arrived: the hook is running and waits for `stopped`.
      }
    }
    return 0;
  }
}
