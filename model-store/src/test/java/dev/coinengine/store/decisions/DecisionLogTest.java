package dev.coinengine.store.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.store.object.InMemoryObjectStore;
import dev.coinengine.store.object.ObjectInfo;
import dev.coinengine.store.object.ObjectStore;
import dev.coinengine.store.object.ObjectStoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionLogTest {
  private static final Instant DAY_ONE = Instant.parse("2026-11-24T23:59:59Z");
  private static final Instant DAY_TWO = Instant.parse("2026-11-25T00:00:01Z");
  private final Clock clock = Clock.fixed(DAY_TWO, ZoneOffset.UTC);

  @Test
  void writesEveryDecisionFromConcurrentCallersExactlyOnceByDay(@TempDir Path local)
      throws Exception {
    InMemoryObjectStore store = new InMemoryObjectStore();
    DecisionLogSettings settings =
        new DecisionLogSettings(
            1_000,
            250,
            Duration.ofMillis(50),
            Duration.ofSeconds(5),
            "decisions/",
            Optional.of(local));
    int threads = 4;
    int perThread = 2_500;
    try (DecisionLog log = new DecisionLog(store, settings, clock, "test-1")) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      for (int t = 0; t < threads; t++) {
        int thread = t;
        pool.submit(
            () -> {
              for (int i = 0; i < perThread; i++) {
                String id = thread + "-" + i;
                log.append(decision(id, i % 2 == 0 ? DAY_ONE : DAY_TWO));
              }
            });
      }
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    DecisionLogReader reader = new DecisionLogReader(store);
    List<String> all = reader.lines("decisions/");
    assertThat(all).hasSize(threads * perThread);
    assertThat(new HashSet<>(all)).hasSize(threads * perThread);
    assertThat(reader.lines("decisions/date=2026-11-24/")).hasSize(threads * perThread / 2);
    assertThat(reader.lines("decisions/date=2026-11-25/")).hasSize(threads * perThread / 2);
    assertThat(Files.readAllLines(local.resolve("decisions-2026-11-24.jsonl")))
        .hasSize(threads * perThread / 2);
    assertThat(store.list("decisions/")).allMatch(o -> o.key().endsWith(".jsonl.gz"));
  }

  @Test
  void statsCountAcceptedAndWrittenAndNothingDropped() {
    InMemoryObjectStore store = new InMemoryObjectStore();
    DecisionLog log = new DecisionLog(store, small(100, 10), clock, "w");
    for (int i = 0; i < 35; i++) {
      assertThat(log.append(decision("d" + i, DAY_TWO))).isTrue();
    }
    assertThat(log.flush(Duration.ofSeconds(10))).isTrue();
    DecisionLogStats stats = log.stats();
    assertThat(stats.accepted()).isEqualTo(35);
    assertThat(stats.written()).isEqualTo(35);
    assertThat(stats.dropped()).isZero();
    assertThat(stats.queued()).isZero();
    assertThat(stats.parts()).isGreaterThanOrEqualTo(4);
    log.close();
    assertThat(log.append(decision("late", DAY_TWO))).isFalse();
    assertThat(log.stats().dropped()).isEqualTo(1);
  }

  @Test
  void aFailingStoreLosesAndDuplicatesNothing() {
    FlakyStore store = new FlakyStore(3);
    try (DecisionLog log = new DecisionLog(store, small(1_000, 7), clock, "w")) {
      for (int i = 0; i < 50; i++) {
        log.append(decision("d" + i, i < 25 ? DAY_ONE : DAY_TWO));
      }
    }
    List<String> lines = new DecisionLogReader(store).lines("decisions/");
    assertThat(lines).hasSize(50).doesNotHaveDuplicates();
    assertThat(store.failures.get()).isEqualTo(3);
  }

  @Test
  void aFullQueuePushesBackThenDropsAndCounts() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    BlockingStore store = new BlockingStore(release);
    DecisionLogSettings settings =
        new DecisionLogSettings(
            2, 1, Duration.ofMillis(10), Duration.ofMillis(100), "decisions/", Optional.empty());
    DecisionLog log = new DecisionLog(store, settings, clock, "w");
    assertThat(log.append(decision("d0", DAY_TWO))).isTrue();
    // Wait until the writer holds d0 in its stalled upload, so the queue's two places are free.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (log.stats().queued() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    int accepted = 1;
    long start = System.nanoTime();
    for (int i = 1; i < 6; i++) {
      if (log.append(decision("d" + i, DAY_TWO))) {
        accepted++;
      }
    }
    long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    // One decision is in the blocked write, two in the queue; the others waited, then dropped.
    assertThat(accepted).isEqualTo(3);
    assertThat(log.stats().dropped()).isEqualTo(3);
    assertThat(waitedMs).isGreaterThanOrEqualTo(300);
    release.countDown();
    log.close();
    assertThat(new DecisionLogReader(store).lines("decisions/")).hasSize(3);
  }

  @Test
  void rejectsMultiLineJsonAndBadSettings() {
    assertThatThrownBy(() -> new LoggedDecision("d", DAY_ONE, "{\n}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one line");
    assertThatThrownBy(() -> small(10, 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batchSize");
    InMemoryObjectStore store = new InMemoryObjectStore();
    assertThatThrownBy(() -> new DecisionLog(store, small(10, 1), clock, "a b"))
        .hasMessageContaining("writerId");
  }

  private static DecisionLogSettings small(int capacity, int batch) {
    return new DecisionLogSettings(
        capacity,
        batch,
        Duration.ofMillis(20),
        Duration.ofSeconds(5),
        "decisions/",
        Optional.empty());
  }

  private static LoggedDecision decision(String id, Instant at) {
    return new LoggedDecision(id, at, "{\"decisionId\":\"" + id + "\",\"at\":\"" + at + "\"}");
  }

  /** Fails the first {@code n} puts, like an object store that is briefly unreachable. */
  private static final class FlakyStore extends DelegatingStore {
    final AtomicInteger failures = new AtomicInteger();
    private final int failFirst;

    FlakyStore(int failFirst) {
      this.failFirst = failFirst;
    }

    @Override
    public void put(String key, byte[] bytes) {
      if (failures.get() < failFirst) {
        failures.incrementAndGet();
        throw new ObjectStoreException("simulated outage");
      }
      super.put(key, bytes);
    }
  }

  /** Holds every put until released, like a stalled upload. */
  private static final class BlockingStore extends DelegatingStore {
    private final CountDownLatch release;

    BlockingStore(CountDownLatch release) {
      this.release = release;
    }

    @Override
    public void put(String key, byte[] bytes) {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      super.put(key, bytes);
    }
  }

  private static class DelegatingStore implements ObjectStore {
    private final InMemoryObjectStore inner = new InMemoryObjectStore();

    @Override
    public void put(String key, byte[] bytes) {
      inner.put(key, bytes);
    }

    @Override
    public void put(String key, Path file) {
      inner.put(key, file);
    }

    @Override
    public boolean putIfAbsent(String key, byte[] bytes) {
      return inner.putIfAbsent(key, bytes);
    }

    @Override
    public Optional<byte[]> get(String key) {
      return inner.get(key);
    }

    @Override
    public Optional<ObjectInfo> head(String key) {
      return inner.head(key);
    }

    @Override
    public List<ObjectInfo> list(String prefix) {
      return inner.list(prefix);
    }

    @Override
    public void delete(String key) {
      inner.delete(key);
    }

    @Override
    public String uri(String key) {
      return inner.uri(key);
    }
  }
}
