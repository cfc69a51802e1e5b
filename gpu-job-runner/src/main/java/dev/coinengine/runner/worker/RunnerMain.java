package dev.coinengine.runner.worker;

import dev.coinengine.core.config.ConfigLoader;
import dev.coinengine.core.config.ConfigSource;
import dev.coinengine.core.config.Credentials;
import dev.coinengine.core.config.EngineConfig;
import dev.coinengine.core.config.Profile;
import dev.coinengine.core.config.StorageSettings;
import dev.coinengine.store.aws.AwsClients;
import dev.coinengine.store.aws.ServiceEndpoint;
import dev.coinengine.store.iceberg.CatalogSettings;
import dev.coinengine.store.iceberg.IcebergCatalogs;
import dev.coinengine.store.lake.KlineLake;
import dev.coinengine.store.object.S3ObjectStore;
import dev.coinengine.store.queue.MessageQueueException;
import dev.coinengine.store.registry.IcebergModelRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.Closeable;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.iceberg.catalog.Catalog;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A standalone runner process: joins the configured training queue and trains until SIGTERM, then
 * finishes (or releases) its jobs in progress. It starts no server: S3, SQS and the catalog are the
 * configured endpoints (for the local profile, those of a running {@code ./engine local} or {@code
 * ./engine train}). Prometheus metrics are served on {@code observability.metrics-port} at {@code
 * /metrics} (docs/metrics.md). {@code ./engine runner} starts the same from the engine jar.
 *
 * <pre>
 * java -cp gpu-job-runner/target/classes:$(cat cp.txt) dev.coinengine.runner.worker.RunnerMain \
 *     --config config --profile local --home .engine-home [--runners K]
 * </pre>
 */
public final class RunnerMain {
  private RunnerMain() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    Path configDir = Path.of(options.getOrDefault("config", "config"));
    Profile profile = Profile.parse(options.getOrDefault("profile", "local"));
    Map<String, String> env = new HashMap<>(System.getenv());
    if (options.containsKey("home")) {
      env.put(
          ConfigLoader.environmentVariable("engine.home"),
          Path.of(options.get("home")).toAbsolutePath().normalize().toString());
    }
    EngineConfig config = new ConfigLoader(ConfigSource.directory(configDir), env).load(profile);
    int threads =
        options.containsKey("runners")
            ? Integer.parseInt(options.get("runners"))
            : config.training().effectiveRunners(Runtime.getRuntime().availableProcessors());
    run(config, threads);
  }

  /**
   * Runs a runner of {@code threads} threads on the configured queue until the JVM is asked to stop
   * (SIGTERM); Prometheus metrics on {@code observability.metrics-port} (0 = a free port) at {@code
   * /metrics}.
   */
  public static void run(EngineConfig config, int threads) throws Exception {
    StorageSettings storage = config.storage();
    PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    try (S3Client s3 = AwsClients.s3(endpoint(storage));
        SqsClient sqs = AwsClients.sqs(queueEndpoint(config));
        MetricsEndpoint endpoint =
            MetricsEndpoint.start(
                metrics, new InetSocketAddress(config.observability().metricsPort()))) {
      S3ObjectStore store = new S3ObjectStore(s3, storage.bucket());
      Catalog catalog = IcebergCatalogs.open(catalogSettings(config));
      try {
        KlineLake lake = KlineLake.open(catalog);
        IcebergModelRegistry registry =
            IcebergModelRegistry.open(catalog, store, Clock.systemUTC());
        TrainingFleet fleet =
            TrainingFleet.open(
                config,
                sqs,
                lake,
                registry,
                threads,
                config.queue().waitTime(),
                Clock.systemUTC(),
                metrics);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        fleet.close();
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      } finally {
                        stopped.countDown();
                      }
                    },
                    "runner-shutdown"));
        fleet.start();
        System.out.printf(
            Locale.ROOT,
            "runner: %d threads on queue %s, metrics on port %d at %s; SIGTERM to stop%n",
            threads,
            fleet.queue().name(),
            endpoint.port(),
            MetricsEndpoint.PATH);
        while (!stopped.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
          RunnerStats.Snapshot s = fleet.stats().snapshot();
          String depth;
          try {
            depth = Long.toString(fleet.queue().depth());
          } catch (MessageQueueException e) {
            // The queue may be gone for a while; the workers retry on their own.
            depth = "unknown (" + e.getMessage() + ")";
          }
          System.out.printf(
              Locale.ROOT,
              "runner: %d done (%d candidates, %d rejected, %d failed, %d duplicates),"
                  + " %d in progress, queue depth %s%n",
              s.done(),
              s.candidates(),
              s.rejected(),
              s.failed(),
              s.duplicates(),
              s.inFlight(),
              depth);
        }
      } finally {
        if (catalog instanceof Closeable c) {
          c.close();
        }
      }
    }
  }

  private static ServiceEndpoint endpoint(StorageSettings storage) {
    return new ServiceEndpoint(
        storage.endpoint().orElse(null),
        storage.region(),
        storage.credentials().map(Credentials::accessKey).orElse(null),
        storage.credentials().map(Credentials::secretKey).orElse(null),
        storage.pathStyle());
  }

  private static ServiceEndpoint queueEndpoint(EngineConfig config) {
    var q = config.queue();
    return new ServiceEndpoint(
        q.endpoint().orElse(null),
        q.region(),
        q.credentials().map(Credentials::accessKey).orElse(null),
        q.credentials().map(Credentials::secretKey).orElse(null),
        true);
  }

  private static CatalogSettings catalogSettings(EngineConfig config) {
    StorageSettings storage = config.storage();
    return new CatalogSettings(
        config.catalog().name(),
        CatalogSettings.JDBC,
        config.catalog().uri(),
        config.catalog().warehouse().toString(),
        storage.endpoint().orElse(null),
        storage.region(),
        storage.credentials().map(Credentials::accessKey).orElse(null),
        storage.credentials().map(Credentials::secretKey).orElse(null),
        storage.pathStyle());
  }
}
