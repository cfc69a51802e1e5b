package dev.coinengine.store.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.coinengine.core.market.Interval;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.store.object.ObjectInfo;
import dev.coinengine.store.object.ObjectStore;
import dev.coinengine.store.queue.ManualClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ModelRegistry} must give: run against the in-memory registry and the Iceberg
 * registry (JDBC catalog on SQLite with S3 on the embedded server, and on LocalStack).
 */
public abstract class ModelRegistryContract {
  protected static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
  protected static final ModelKey BTC = new ModelKey("BTCUSDT", Regime.TREND, Interval.H1, "lsgd");
  protected static final ModelKey ETH = new ModelKey("ETHUSDT", Regime.RANGE, Interval.H4, "lsgd");
  protected static final ModelKey SOL = new ModelKey("SOLUSDT", Regime.PANIC, Interval.D1, "fm");

  protected ManualClock clock;
  protected ModelRegistry registry;

  /** A registry on fresh, empty storage that later {@link #runner} calls share. */
  protected abstract ModelRegistry newRegistry(ManualClock clock);

  /** Another writer (a second runner process) on the storage of the last {@link #newRegistry}. */
  abstract ModelRegistry runner(RegistrationProbe probe);

  /** The object store that registry writes artifacts to. */
  protected abstract ObjectStore objectStore();

  @BeforeEach
  void openRegistry() {
    clock = new ManualClock(T0);
    registry = newRegistry(clock);
  }

  @Test
  void versionsAreNumberedFromOnePerKeyWithArtifactAndCardBeside() {
    ModelVersion b1 = registry.register(reg(BTC, "job-b1", "btc one"));
    ModelVersion b2 = registry.register(reg(BTC, "job-b2", "btc two"));
    ModelVersion e1 = registry.register(reg(ETH, "job-e1", "eth one"));
    ModelVersion b3 = registry.register(reg(BTC, "job-b3", "btc three"));

    assertThat(List.of(b1.version(), b2.version(), b3.version(), e1.version()))
        .containsExactly(1, 2, 3, 1);
    assertThat(b2.semanticId()).isEqualTo("BTCUSDT-TREND-1h-lsgd-v2");
    assertThat(e1.semanticId()).isEqualTo("ETHUSDT-RANGE-4h-lsgd-v1");
    String model = "models/BTCUSDT/TREND/1h/lsgd/v2/model.onnx";
    assertThat(b2.artifactUri()).isEqualTo(objectStore().uri(model));
    assertThat(objectStore().get(model))
        .hasValueSatisfying(bytes -> assertThat(text(bytes)).isEqualTo("btc two"));
    ModelVersion card =
        ModelCard.fromJson(objectStore().get("models/BTCUSDT/TREND/1h/lsgd/v2/card.json").get());
    assertThat(card).isEqualTo(b2);
    assertThat(text(registry.readArtifact(b3))).isEqualTo("btc three");
    assertThat(registry.find("BTCUSDT-TREND-1h-lsgd-v3")).contains(b3);
    assertThat(registry.findByJob("job-e1")).contains(e1);
    assertThat(registry.find("BTCUSDT-TREND-1h-lsgd-v4")).isEmpty();
  }

  @Test
  void registeredVersionKeepsEverythingTheJobReported() {
    Registration r =
        reg(SOL, "job-s1", "sol")
            .withLakeSnapshot(8_812_345_678L)
            .withMetrics(Map.of("auc", 0.61, "sharpe", 1.25))
            .withProvenance(Map.of("trainer", "tribuo-4.3.2", "seed", "42", "git-commit", "ab12"));
    ModelVersion v = registry.register(r);

    ModelVersion read = registry.find(v.semanticId()).orElseThrow();
    assertThat(read).isEqualTo(v);
    assertThat(read.metrics()).containsEntry("auc", 0.61).containsEntry("sharpe", 1.25);
    assertThat(read.provenance()).containsEntry("seed", "42");
    assertThat(read.lakeSnapshotId()).hasValue(8_812_345_678L);
    assertThat(read.featureSpecHash()).isEqualTo("spec-v1");
    assertThat(read.sha256()).isEqualTo(ArtifactLayout.sha256(utf8("sol")));
    assertThat(read.sizeBytes()).isEqualTo(3);
    assertThat(read.createdAt()).isEqualTo(T0);
    assertThat(read.status()).isEqualTo(VersionStatus.CANDIDATE);
  }

  @Test
  void theSameJobTwiceGivesOneVersionAndWritesNothingNew() {
    ModelVersion first = registry.register(reg(BTC, "job-1", "first attempt"));
    List<ObjectInfo> objectsAfterFirst = objectStore().list("models/");
    clock.advance(Duration.ofMinutes(5));

    ModelVersion second = registry.register(reg(BTC, "job-1", "second attempt"));

    assertThat(second).isEqualTo(first);
    assertThat(registry.list(VersionFilter.all())).containsExactly(first);
    assertThat(objectStore().list("models/")).isEqualTo(objectsAfterFirst);
    assertThat(text(registry.readArtifact(second))).isEqualTo("first attempt");
  }

  @Test
  void aJobIdAlreadyRegisteredUnderAnotherKeyIsAConflict() {
    registry.register(reg(BTC, "job-1", "a"));

    assertThatThrownBy(() -> registry.register(reg(ETH, "job-1", "b")))
        .isInstanceOf(RegistryConflictException.class)
        .hasMessageContaining("BTCUSDT-TREND-1h-lsgd-v1");
  }

  @Test
  void aRunnerKilledBetweenUploadAndCommitLeavesNoListedOrphanAndItsRetryRegistersOnce() {
    ModelRegistry doomed = runner(killAfterUpload());
    assertThatThrownBy(() -> doomed.register(reg(BTC, "job-k", "uploaded then killed")))
        .isInstanceOf(SimulatedKill.class);

    // The artifact is in the bucket, but nothing lists it: listings come from committed rows.
    assertThat(objectStore().head("models/BTCUSDT/TREND/1h/lsgd/v1/model.onnx")).isPresent();
    assertThat(registry.list(VersionFilter.all())).isEmpty();
    assertThat(registry.findByJob("job-k")).isEmpty();

    clock.advance(Duration.ofMinutes(10));
    ModelVersion retried = runner(RegistrationProbe.NONE).register(reg(BTC, "job-k", "retry"));
    ModelVersion again = registry.register(reg(BTC, "job-k", "third delivery"));

    assertThat(retried.version()).isEqualTo(1);
    assertThat(again).isEqualTo(retried);
    assertThat(registry.list(VersionFilter.all())).containsExactly(retried);
    // The first complete upload of the job was adopted.
    assertThat(text(registry.readArtifact(retried))).isEqualTo("uploaded then killed");
    assertThat(retried.createdAt()).isEqualTo(T0);
    assertThat(registry.register(reg(BTC, "job-next", "next")).version()).isEqualTo(2);
  }

  @Test
  void otherJobsSkipTheSlotOfAKilledRunnerAndItsRetryStillAdoptsIt() {
    assertThatThrownBy(() -> runner(killAfterUpload()).register(reg(BTC, "job-dead", "dead")))
        .isInstanceOf(SimulatedKill.class);

    ModelVersion other = registry.register(reg(BTC, "job-alive", "alive"));
    ModelVersion retried = registry.register(reg(BTC, "job-dead", "dead retry"));

    assertThat(other.version()).isEqualTo(2);
    assertThat(retried.version()).isEqualTo(1);
    assertThat(registry.list(VersionFilter.all()))
        .extracting(ModelVersion::jobId)
        .containsExactly("job-dead", "job-alive");
    assertThat(text(registry.readArtifact(retried))).isEqualTo("dead");
  }

  @Test
  void fourConcurrentWritersLoseAndDuplicateNothingAndVersionsAreGapFree() throws Exception {
    int writers = 4;
    int perWriter = 25;
    List<ModelKey> keys = List.of(BTC, ETH, SOL);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      List<Future<List<ModelVersion>>> results = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        ModelRegistry mine = runner(RegistrationProbe.NONE);
        Callable<List<ModelVersion>> work =
            () -> {
              start.await();
              List<ModelVersion> out = new ArrayList<>();
              for (int i = 0; i < perWriter; i++) {
                ModelKey key = keys.get((writer + i) % keys.size());
                out.add(mine.register(reg(key, "w" + writer + "-" + i, "w" + writer + "-" + i)));
              }
              return out;
            };
        results.add(pool.submit(work));
      }
      start.countDown();
      List<ModelVersion> returned = new ArrayList<>();
      for (Future<List<ModelVersion>> f : results) {
        returned.addAll(f.get(5, TimeUnit.MINUTES));
      }

      List<ModelVersion> listed = registry.list(VersionFilter.all());
      assertThat(listed).hasSize(writers * perWriter);
      assertThat(listed).containsExactlyInAnyOrderElementsOf(returned);
      assertThat(listed.stream().map(ModelVersion::jobId).collect(Collectors.toSet()))
          .hasSize(writers * perWriter);
      Map<ModelKey, List<Integer>> versionsPerKey =
          listed.stream()
              .collect(
                  Collectors.groupingBy(
                      ModelVersion::key,
                      Collectors.mapping(ModelVersion::version, Collectors.toList())));
      versionsPerKey.forEach(
          (key, versions) ->
              assertThat(versions)
                  .as("versions of %s", key)
                  .containsExactlyElementsOf(
                      IntStream.rangeClosed(1, versions.size()).boxed().toList()));
      for (ModelVersion v : listed) {
        assertThat(text(registry.readArtifact(v))).isEqualTo(v.jobId());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void compareShowsMetricDeltasAndWhatChanged() {
    registry.register(
        reg(BTC, "j1", "a")
            .withMetrics(Map.of("auc", 0.55, "sharpe", 1.0, "brier", 0.2))
            .withProvenance(Map.of("seed", "1", "trainer", "lsgd")));
    registry.register(
        new Registration(
            BTC,
            "j2",
            utf8("b"),
            "spec-v2",
            java.util.OptionalLong.empty(),
            Map.of("seed", "2", "trainer", "lsgd", "git-commit", "ff"),
            Map.of("auc", 0.60, "sharpe", 1.5, "hit_rate", 0.52),
            VersionStatus.CANDIDATE,
            List.of()));

    VersionComparison c = registry.compare("BTCUSDT-TREND-1h-lsgd-v1", "BTCUSDT-TREND-1h-lsgd-v2");

    assertThat(c.a().version()).isEqualTo(1);
    assertThat(c.b().version()).isEqualTo(2);
    assertThat(c.metricDeltas()).containsOnlyKeys("auc", "sharpe");
    assertThat(c.metricDeltas().get("auc")).isCloseTo(0.05, within(1e-12));
    assertThat(c.metricDeltas().get("sharpe")).isCloseTo(0.5, within(1e-12));
    assertThat(c.metricsOnlyInA()).containsExactly("brier");
    assertThat(c.metricsOnlyInB()).containsExactly("hit_rate");
    assertThat(c.sameFeatureSpec()).isFalse();
    assertThat(c.sameLakeSnapshot()).isTrue();
    assertThat(c.provenanceDifferences()).containsExactly("git-commit", "seed");
    assertThatThrownBy(() -> registry.compare("BTCUSDT-TREND-1h-lsgd-v1", "nope-v9"))
        .isInstanceOf(ModelNotFoundException.class);
  }

  @Test
  void bestByMetricSkipsRejectedVersionsAndVersionsWithoutTheMetric() {
    registry.register(reg(BTC, "j1", "1").withMetrics(Map.of("sharpe", 1.1, "max_dd", 0.30)));
    registry.register(reg(BTC, "j2", "2").withMetrics(Map.of("sharpe", 1.4, "max_dd", 0.25)));
    registry.register(
        reg(BTC, "j3", "3")
            .withMetrics(Map.of("sharpe", 9.9, "max_dd", 0.01))
            .withStatus(VersionStatus.REJECTED, List.of("PSR below 0.95")));
    registry.register(reg(BTC, "j4", "4").withMetrics(Map.of("max_dd", 0.28)));
    registry.register(reg(ETH, "j5", "5").withMetrics(Map.of("sharpe", 5.0)));

    assertThat(registry.best(BTC, "sharpe", true)).map(ModelVersion::version).hasValue(2);
    assertThat(registry.best(BTC, "sharpe", false)).map(ModelVersion::version).hasValue(1);
    assertThat(registry.best(BTC, "max_dd", false)).map(ModelVersion::version).hasValue(2);
    assertThat(registry.best(BTC, "calmar", true)).isEmpty();
    assertThat(registry.best(SOL, "sharpe", true)).isEmpty();
  }

  @Test
  void rejectedAndFailedVersionsAreKeptForAuditButCannotBePromoted() {
    registry.register(reg(BTC, "ok", "ok"));
    ModelVersion rejected =
        registry.register(
            reg(BTC, "bad", "bad")
                .withStatus(VersionStatus.REJECTED, List.of("DSR 0.41 < 0.95", "parity failed")));
    registry.register(
        reg(ETH, "failed", "f").withStatus(VersionStatus.FAILED, List.of("ONNX export failed")));

    assertThat(registry.list(VersionFilter.all().withStatus(VersionStatus.REJECTED)))
        .containsExactly(rejected);
    assertThat(rejected.reasons()).containsExactly("DSR 0.41 < 0.95", "parity failed");
    assertThat(registry.list(VersionFilter.all().withSymbol("BTCUSDT"))).hasSize(2);
    assertThat(registry.list(VersionFilter.all().withSymbol("ETHUSDT")))
        .extracting(ModelVersion::status)
        .containsExactly(VersionStatus.FAILED);
    assertThatThrownBy(() -> registry.setAlias(Alias.CHAMPION, BTC, 2, "try"))
        .isInstanceOf(RegistryConflictException.class)
        .hasMessageContaining("REJECTED");
    assertThatThrownBy(() -> registry.setAlias(Alias.CHAMPION, BTC, 7, "missing"))
        .isInstanceOf(ModelNotFoundException.class);
    assertThat(registry.aliases(Alias.CHAMPION)).isEmpty();
  }

  @Test
  void aliasesKeepTheirFullHistoryAndAnswerAsOfAPastInstant() {
    ModelVersion b1 = registry.register(reg(BTC, "b1", "b1"));
    ModelVersion b2 = registry.register(reg(BTC, "b2", "b2"));
    ModelVersion e1 = registry.register(reg(ETH, "e1", "e1"));
    Instant t1 = T0.plus(Duration.ofHours(1));
    Instant t2 = T0.plus(Duration.ofHours(2));

    clock.advance(Duration.ofHours(1));
    registry.setAlias(Alias.CHAMPION, BTC, 1, "first champion");
    registry.setAlias(Alias.CHALLENGER, BTC, 2, "shadow it");
    clock.advance(Duration.ofHours(1));
    registry.setAlias(Alias.CHAMPION, BTC, 2, "challenger won");
    registry.setAlias(Alias.CHAMPION, ETH, 1, "first champion");

    assertThat(registry.aliases(Alias.CHAMPION)).isEqualTo(Map.of(BTC, b2, ETH, e1));
    assertThat(registry.aliases(Alias.CHALLENGER)).isEqualTo(Map.of(BTC, b2));
    assertThat(registry.aliasesAsOf(Alias.CHAMPION, t1.plusSeconds(60))).isEqualTo(Map.of(BTC, b1));
    assertThat(registry.aliasesAsOf(Alias.CHAMPION, t2)).isEqualTo(Map.of(BTC, b2, ETH, e1));
    assertThat(registry.aliasesAsOf(Alias.CHAMPION, T0)).isEmpty();
    assertThat(registry.aliasHistory(Alias.CHAMPION, BTC))
        .extracting(Alias::version, Alias::revision, Alias::setAt, Alias::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 1L, t1, "first champion"),
            org.assertj.core.groups.Tuple.tuple(2, 2L, t2, "challenger won"));
    assertThat(registry.aliases("nobody")).isEmpty();
  }

  @Test
  void aDailyPushSetsManyKeysAtOnceAndItsTagReadsThatDayBack() {
    ModelVersion b1 = registry.register(reg(BTC, "b1", "b1"));
    ModelVersion e1 = registry.register(reg(ETH, "e1", "e1"));
    ModelVersion s1 = registry.register(reg(SOL, "s1", "s1"));
    ModelVersion b2 = registry.register(reg(BTC, "b2", "b2"));
    LocalDate day1 = LocalDate.of(2026, 11, 20);
    LocalDate day2 = day1.plusDays(1);

    registry.setAliases(
        Alias.CHAMPION,
        List.of(
            new AliasChange(BTC, 1, "daily push"),
            new AliasChange(ETH, 1, "daily push"),
            new AliasChange(SOL, 1, "daily push")));
    assertThat(registry.tagDaily(day1)).isEqualTo("champions-2026-11-20");
    clock.advance(Duration.ofDays(1));
    registry.setAliases(Alias.CHAMPION, List.of(new AliasChange(BTC, 2, "daily push")));
    registry.tagDaily(day2);

    assertThat(registry.aliasesOnDay(Alias.CHAMPION, day1))
        .isEqualTo(Map.of(BTC, b1, ETH, e1, SOL, s1));
    assertThat(registry.aliasesOnDay(Alias.CHAMPION, day2))
        .isEqualTo(Map.of(BTC, b2, ETH, e1, SOL, s1));
    assertThatThrownBy(() -> registry.aliasesOnDay(Alias.CHAMPION, day1.minusDays(1)))
        .isInstanceOf(ModelNotFoundException.class);

    // A second push on day 2 moves that day's tag.
    registry.setAliases(Alias.CHAMPION, List.of(new AliasChange(ETH, 1, "re-push")));
    registry.setAliases(Alias.CHAMPION, List.of(new AliasChange(BTC, 1, "rollback")));
    registry.tagDaily(day2);
    assertThat(registry.aliasesOnDay(Alias.CHAMPION, day2)).containsEntry(BTC, b1);
    assertThat(registry.aliasesOnDay(Alias.CHAMPION, day1)).containsEntry(BTC, b1);
  }

  @Test
  void aBatchNamingAKeyTwiceOrAnUnknownVersionChangesNothing() {
    registry.register(reg(BTC, "b1", "b1"));

    assertThatThrownBy(
            () ->
                registry.setAliases(
                    Alias.CHAMPION,
                    List.of(new AliasChange(BTC, 1, "x"), new AliasChange(BTC, 1, "y"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                registry.setAliases(
                    Alias.CHAMPION,
                    List.of(new AliasChange(BTC, 1, "x"), new AliasChange(ETH, 1, "y"))))
        .isInstanceOf(ModelNotFoundException.class);
    assertThat(registry.aliases(Alias.CHAMPION)).isEmpty();
    assertThatThrownBy(() -> registry.tagDaily(LocalDate.of(2026, 1, 1)))
        .isInstanceOf(RegistryConflictException.class);
  }

  @Test
  void aTamperedOrMissingArtifactFailsOnRead() {
    ModelVersion v = registry.register(reg(BTC, "j", "genuine"));
    String key = "models/BTCUSDT/TREND/1h/lsgd/v1/model.onnx";

    objectStore().put(key, utf8("tampered"));
    assertThatThrownBy(() -> registry.readArtifact(v))
        .isInstanceOf(ArtifactIntegrityException.class)
        .hasMessageContaining("sha256");

    objectStore().delete(key);
    assertThatThrownBy(() -> registry.readArtifact(v))
        .isInstanceOf(ArtifactIntegrityException.class)
        .hasMessageContaining("missing");
  }

  @Test
  void aSecondRunnerSeesWhatTheFirstCommitted() {
    ModelVersion v = registry.register(reg(BTC, "j", "x"));
    registry.setAlias(Alias.CHAMPION, BTC, 1, "go");

    ModelRegistry other = runner(RegistrationProbe.NONE);
    assertThat(other.aliases(Alias.CHAMPION)).isEqualTo(Map.of(BTC, v));
    assertThat(other.register(reg(BTC, "j2", "y")).version()).isEqualTo(2);
    assertThat(registry.find("BTCUSDT-TREND-1h-lsgd-v2")).isPresent();
  }

  protected static Registration reg(ModelKey key, String jobId, String artifact) {
    return Registration.of(key, jobId, utf8(artifact), "spec-v1");
  }

  protected static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  protected static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static RegistrationProbe killAfterUpload() {
    return version -> {
      throw new SimulatedKill(version.semanticId());
    };
  }

  /** Stands for SIGKILL between the upload and the commit: nothing after it runs. */
  static final class SimulatedKill extends Error {
    SimulatedKill(String what) {
      super("killed after uploading " + what);
    }
  }
}
