package dev.coinengine.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.coinengine.core.config.EngineConfig;
import dev.coinengine.core.config.Profile;
import dev.coinengine.core.market.Interval;
import dev.coinengine.runner.worker.TrainingFleet;
import dev.coinengine.runner.worker.TrainingPlan;
import dev.coinengine.store.jobs.JobSpec;
import dev.coinengine.store.jobs.TrainingQueue;
import dev.coinengine.store.registry.ModelVersion;
import dev.coinengine.store.registry.VersionFilter;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real runner process ({@code ./engine runner}, its own JVM) with SIGKILL while it trains a
 * job; a second runner process gets the job after the visibility timeout and registers it once.
 */
class RunnerKillIT {
  private static final Path ROOT = EngineRoot.find();
  private static final Duration VISIBILITY = Duration.ofSeconds(8);
  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path home;

  @Test
  void aRunnerKilledMidJobLeavesExactlyOneVersionAfterAnotherRunnerRetakesTheJob()
      throws Exception {
    Path jar = ROOT.resolve("infra/local/target/engine.jar");
    assumeTrue(Files.isRegularFile(jar), "the engine jar is built in the package phase: " + jar);
    Map<String, String> env = new HashMap<>();
    env.put("ENGINE_STORAGE_EMBEDDED_PORT", Integer.toString(freePort()));
    env.put("ENGINE_QUEUE_EMBEDDED_PORT", Integer.toString(freePort()));
    env.put("ENGINE_QUEUE_VISIBILITY_TIMEOUT", VISIBILITY.toSeconds() + "s");
    env.put("ENGINE_QUEUE_WAIT_TIME", "1s");
    Path data = Files.createDirectories(home.resolve("data"));
    for (String symbol : new String[] {"BTCUSDT", "ETHUSDT"}) {
      Path sample = ROOT.resolve("infra/local/sample/klines/1h/" + symbol + "-1h.csv.gz");
      Files.copy(sample, data.resolve(symbol + "-1h.csv.gz"));
    }
    EngineCliIT.Run imported =
        EngineCliIT.run(
            env, "lake", "import", "--data", data.toString(), "--home", home.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();

    EngineConfig config =
        EngineContext.loadConfig(
            ROOT.resolve("config"), Profile.LOCAL, ROOT, Optional.of(home), env);
    // This JVM holds the embedded S3 and SQS servers; the runner processes only connect to them.
    try (EngineContext context = EngineContext.open(config);
        TrainingServices services = TrainingServices.open(context)) {
      TrainingQueue queue = TrainingFleet.queue(config, services.sqs());
      long snapshot = context.lake().currentSnapshotId().orElseThrow();
      // The ensemble family trains two models per window: the slowest job, so the kill lands in it.
      JobSpec job =
          TrainingPlan.from(config.training())
              .jobs(
                  List.of("BTCUSDT"), List.of(Interval.H1), List.of("linear-fm-ensemble"), snapshot)
              .get(0);
      queue.enqueue(List.of(job));

      int victimPort = freePort();
      Process victim = runner(jar, env, victimPort);
      long killedAt;
      try {
        awaitMetric(victim, victimPort, "engine_runner_jobs_in_progress 1.0");
      } finally {
        victim.destroyForcibly(); // SIGKILL: no shutdown hook, no release, no heartbeat
        assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
        killedAt = System.nanoTime();
      }
      assertThat(services.registry().findByJob(job.jobId()))
          .as("the kill must land before the job is registered")
          .isEmpty();

      int rescuerPort = freePort();
      Process rescuer = runner(jar, env, rescuerPort);
      Optional<ModelVersion> registered = Optional.empty();
      try {
        awaitMetric(rescuer, rescuerPort, "engine_runner_jobs_total{status=\"");
        long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        while (registered.isEmpty() && System.nanoTime() < deadline) {
          Thread.sleep(250);
          registered = services.registry().findByJob(job.jobId());
        }
      } finally {
        rescuer.destroy(); // SIGTERM: finishes or releases, then exits
        assertThat(rescuer.waitFor(60, TimeUnit.SECONDS)).isTrue();
      }
      Duration redelivered = Duration.ofNanos(System.nanoTime() - killedAt);

      assertThat(registered).as("the second runner registers the redelivered job").isPresent();
      // The message stayed invisible for what was left of its lease.
      assertThat(redelivered).isGreaterThanOrEqualTo(VISIBILITY.dividedBy(2));
      List<ModelVersion> versions =
          services.registry().list(VersionFilter.all()).stream()
              .filter(v -> v.jobId().equals(job.jobId()))
              .toList();
      assertThat(versions).hasSize(1);
      assertThat(versions.get(0).version()).isEqualTo(1);
      // Every listed version has its artifact, with the recorded checksum.
      for (ModelVersion v : services.registry().list(VersionFilter.all())) {
        byte[] artifact = services.registry().readArtifact(v);
        assertThat(sha256(artifact)).as(v.semanticId()).isEqualTo(v.sha256());
      }
      assertThat(queue.depth()).isZero();
      assertThat(queue.deadLetterDepth()).isZero();
    }
  }

  private Process runner(Path jar, Map<String, String> env, int metricsPort) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dengine.root=" + ROOT,
                "-jar",
                jar.toString(),
                "runner",
                "--runners",
                "1",
                "--home",
                home.toString())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("runner-" + metricsPort + ".log").toFile());
    builder.environment().putAll(env);
    builder.environment().put("ENGINE_OBSERVABILITY_METRICS_PORT", Integer.toString(metricsPort));
    return builder.start();
  }

  /** Scrapes the runner's metrics until {@code text} appears (the runner may still be starting). */
  private void awaitMetric(Process runner, int port, String text) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + port + "/metrics");
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(runner.isAlive()).as("runner exited early; log:\n" + log(port)).isTrue();
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.body().contains(text)) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(20);
    }
    throw new AssertionError("no '" + text + "' on " + uri + "; log:\n" + log(port));
  }

  private String log(int port) throws IOException {
    Path file = home.resolve("runner-" + port + ".log");
    return Files.exists(file) ? Files.readString(file) : "(none)";
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
