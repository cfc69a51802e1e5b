package dev.coinengine.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coinengine.core.config.ConfigSource;
import dev.coinengine.core.config.EngineConfig;
import dev.coinengine.core.config.Profile;
import dev.coinengine.core.cost.FeeSchedule;
import dev.coinengine.core.market.Interval;
import dev.coinengine.runner.worker.TrainingFleet;
import dev.coinengine.runner.worker.TrainingPlan;
import dev.coinengine.store.jobs.JobSpec;
import dev.coinengine.store.jobs.LeasedJob;
import dev.coinengine.store.jobs.TrainingQueue;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dailyTraining} as {@code ./engine local} serves it: the real lake and the embedded SQS.
 */
class LocalDailyTrainingIT {
  private static final Path ROOT = EngineRoot.find();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path home;

  @Test
  void aPostSelectsTheLakesCoinsPointInTimeAndEnqueuesTheirJobs() throws Exception {
    Map<String, String> env = new HashMap<>(EngineRoot.freePortsEnv());
    env.put("ENGINE_HTTP_PORT", "0");
    Path data = Files.createDirectories(home.resolve("data"));
    for (String symbol : new String[] {"BTCUSDT", "ETHUSDT", "SOLUSDT", "USDCUSDT"}) {
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

    try (EngineContext context = EngineContext.open(config);
        LocalServices services =
            LocalServices.start(
                context,
                FeeSchedule.load(ConfigSource.directory(ROOT.resolve("config")), config.cost()),
                true,
                Optional.empty(),
                Clock.systemUTC());
        TrainingServices training = TrainingServices.open(context)) {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(services.functionsUrl().resolve("/dailyTraining"))
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"timeframes\":[\"1h\"],\"families\":[\"linear-sgd\"]}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      JsonNode body = JSON.readTree(response.body());
      long snapshot = context.lake().currentSnapshotId().orElseThrow();
      assertThat(body.path("date").asText()).isEqualTo("2023-10-01");
      assertThat(body.path("lakeSnapshotId").asLong()).isEqualTo(snapshot);
      assertThat(body.path("excluded").path("STABLECOIN").asInt()).isEqualTo(1);
      List<String> symbols = new java.util.ArrayList<>();
      body.path("symbols").forEach(s -> symbols.add(s.asText()));
      assertThat(symbols).containsExactlyInAnyOrder("BTCUSDT", "ETHUSDT", "SOLUSDT");
      assertThat(body.path("jobs").asInt()).isEqualTo(3 * 3);
      assertThat(body.path("enqueued").asInt()).isEqualTo(9);

      // The queue holds exactly the jobs ./engine train would plan for these coins.
      Set<String> expected = new HashSet<>();
      for (JobSpec job :
          TrainingPlan.from(config.training())
              .jobs(symbols, List.of(Interval.H1), List.of("linear-sgd"), snapshot)) {
        expected.add(job.jobId());
      }
      TrainingQueue queue = TrainingFleet.queue(config, training.sqs());
      Set<String> queued = new HashSet<>();
      Optional<LeasedJob> job;
      while ((job = queue.poll(Duration.ofSeconds(1))).isPresent()) {
        queued.add(job.get().jobId());
        queue.complete(job.get());
      }
      assertThat(queued).isEqualTo(expected);
    }
  }
}
