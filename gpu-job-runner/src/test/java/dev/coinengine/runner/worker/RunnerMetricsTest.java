package dev.coinengine.runner.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.runner.pipeline.StageTimings;
import dev.coinengine.store.jobs.TrainingQueue;
import dev.coinengine.store.queue.InMemoryMessageQueue;
import dev.coinengine.store.queue.QueueSettings;
import dev.coinengine.store.registry.VersionStatus;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunnerMetricsTest {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final RunnerStats stats = new RunnerStats(registry);

  @Test
  void jobsByStatusDurationsAndStagesArePublishedBesideThePlainCounters() {
    stats.registered(VersionStatus.CANDIDATE, new StageTimings(10, 20, 300, 40, 5, 6), 420);
    stats.registered(VersionStatus.FAILED, new StageTimings(1, 2, 0, 0, 0, 0), 3);
    stats.duplicate();
    stats.retried();
    stats.started();

    String scrape = registry.scrape();

    assertThat(scrape)
        .contains("engine_runner_jobs_total{status=\"candidate\"} 1.0")
        .contains("engine_runner_jobs_total{status=\"failed\"} 1.0")
        .contains("engine_runner_jobs_total{status=\"duplicate\"} 1.0")
        .contains("engine_runner_jobs_total{status=\"rejected\"} 0.0")
        .contains("engine_runner_retries_total 1.0")
        .contains("engine_runner_jobs_in_progress 1.0")
        .contains("engine_runner_job_duration_seconds_count{status=\"candidate\"} 1")
        .contains("engine_runner_job_duration_seconds_sum{status=\"candidate\"} 0.42")
        .containsPattern("engine_runner_job_duration_seconds_bucket\\{status=\"candidate\",le=\"")
        .contains("engine_runner_stage_duration_seconds_sum{stage=\"validate\"} 0.3")
        .contains("engine_runner_stage_duration_seconds_count{stage=\"parity\"} 2");
    assertThat(stats.snapshot().registered()).isEqualTo(2);
    assertThat(stats.snapshot().duplicates()).isEqualTo(1);
  }

  @Test
  void theQueueDepthIsReadAtEachScrape() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-25T00:00:00Z"), ZoneOffset.UTC);
    TrainingQueue queue =
        new TrainingQueue(
            new InMemoryMessageQueue(
                QueueSettings.of("metrics-queue", 3, Duration.ofSeconds(30)), clock),
            Duration.ofSeconds(30));
    stats.watch(queue);
    assertThat(registry.scrape())
        .contains("engine_runner_queue_depth{queue=\"metrics-queue\"} 0.0");

    queue.enqueue(
        new TrainingPlanFixture()
            .plan()
            .jobs(
                List.of("BTCUSDT"),
                List.of(dev.coinengine.core.market.Interval.H1),
                List.of("linear-sgd"),
                7L));

    assertThat(registry.scrape())
        .contains("engine_runner_queue_depth{queue=\"metrics-queue\"} 3.0")
        .contains("engine_runner_queue_dead_letter_depth{queue=\"metrics-queue\"} 0.0");
  }

  @Test
  void theEndpointServesTheScrapeOverHttpAndNothingElse() throws Exception {
    stats.registered(VersionStatus.REJECTED, new StageTimings(1, 1, 1, 1, 1, 1), 50);
    try (MetricsEndpoint endpoint =
        MetricsEndpoint.start(
            registry, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> metrics =
          client.send(
              HttpRequest.newBuilder(endpoint.url()).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> other =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/x"))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
      assertThat(metrics.body()).contains("engine_runner_jobs_total{status=\"rejected\"} 1.0");
      assertThat(other.statusCode()).isEqualTo(404);
    }
  }

  /** A plan as the worker tests use it. */
  private static final class TrainingPlanFixture {
    TrainingPlan plan() {
      return new TrainingPlan(
          new dev.coinengine.core.labels.LabelSpec(4, 10, 0),
          dev.coinengine.runner.pipeline.WalkForwardSettings.defaults(),
          42,
          Duration.ofDays(730));
    }
  }
}
