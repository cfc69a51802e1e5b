package dev.coinengine.store.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.market.Interval;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.store.queue.MessageQueue;
import dev.coinengine.store.queue.OutgoingMessage;
import dev.coinengine.store.queue.QueueSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What a {@link TrainingQueue} does on any {@link MessageQueue}. An implementation's test extends
 * this class: {@link #open} gives a new, empty queue for a new name and {@link #elapse} lets leases
 * run out (a manual clock in memory, real time on a server).
 */
public abstract class TrainingQueueContract {
  private static final AtomicInteger QUEUES = new AtomicInteger();
  private static final Duration WAIT = Duration.ofSeconds(3);
  private static final Duration SHORT_LEASE = Duration.ofSeconds(2);

  private final String run = Long.toString(System.currentTimeMillis(), 36);

  protected abstract MessageQueue open(QueueSettings settings);

  protected abstract void elapse(Duration duration);

  /** A training queue on a fresh message queue. */
  protected TrainingQueue newQueue(int maxReceiveCount, Duration lease) {
    String name = "jobs-" + run + "-" + QUEUES.incrementAndGet();
    return new TrainingQueue(open(QueueSettings.of(name, maxReceiveCount, lease)), lease);
  }

  static JobSpec job(String symbol, Regime regime) {
    return new JobSpec(symbol, regime, Interval.H1, "linear-sgd", 7L, "train-v1");
  }

  static List<JobSpec> jobs(int n) {
    List<JobSpec> jobs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      jobs.add(job("COIN" + i + "USDT", Regime.values()[i % Regime.values().length]));
    }
    return jobs;
  }

  private static List<LeasedJob> drain(TrainingQueue queue, int atLeast) {
    List<LeasedJob> out = new ArrayList<>();
    for (int empty = 0; out.size() < atLeast && empty < 1; ) {
      Optional<LeasedJob> job = queue.poll(WAIT);
      if (job.isPresent()) {
        out.add(job.get());
      } else {
        empty++;
      }
    }
    return out;
  }

  @Test
  public void everyJobIsDeliveredOnceWithItsSpecAndId() {
    TrainingQueue queue = newQueue(3, Duration.ofSeconds(30));
    List<JobSpec> sent = jobs(23);

    int count = queue.enqueue(sent);
    List<LeasedJob> received = drain(queue, 23);

    assertThat(count).isEqualTo(23);
    assertThat(received).extracting(LeasedJob::spec).containsExactlyInAnyOrderElementsOf(sent);
    assertThat(received)
        .allSatisfy(
            j -> {
              assertThat(j.jobId()).isEqualTo(j.spec().jobId());
              assertThat(j.receiveCount()).isEqualTo(1);
            });
    assertThat(queue.poll(Duration.ZERO)).isEmpty();
  }

  @Test
  public void duplicatesInOneBatchAreSentOnce() {
    TrainingQueue queue = newQueue(3, Duration.ofSeconds(30));
    JobSpec one = job("BTCUSDT", Regime.TREND);

    int count = queue.enqueue(List.of(one, one, job("BTCUSDT", Regime.TREND)));

    assertThat(count).isEqualTo(1);
    assertThat(drain(queue, 2)).extracting(LeasedJob::spec).containsExactly(one);
  }

  @Test
  public void aCompletedJobIsNotDeliveredAgain() {
    TrainingQueue queue = newQueue(3, SHORT_LEASE);
    queue.enqueue(List.of(job("ETHUSDT", Regime.RANGE)));

    queue.complete(queue.poll(WAIT).orElseThrow());
    elapse(SHORT_LEASE.plusSeconds(1));

    assertThat(queue.poll(Duration.ofSeconds(1))).isEmpty();
    assertThat(queue.depth()).isZero();
  }

  @Test
  public void anAbandonedJobComesBackAfterItsLease() {
    TrainingQueue queue = newQueue(3, SHORT_LEASE);
    JobSpec spec = job("SOLUSDT", Regime.PANIC);
    queue.enqueue(List.of(spec));
    queue.poll(WAIT).orElseThrow();

    assertThat(queue.poll(Duration.ZERO)).isEmpty();
    elapse(SHORT_LEASE);
    LeasedJob again = queue.poll(WAIT).orElseThrow();

    assertThat(again.spec()).isEqualTo(spec);
    assertThat(again.receiveCount()).isEqualTo(2);
  }

  @Test
  public void aHeartbeatKeepsTheJobHiddenBeyondItsFirstLease() {
    TrainingQueue queue = newQueue(3, SHORT_LEASE);
    queue.enqueue(List.of(job("XRPUSDT", Regime.TREND)));
    LeasedJob held = queue.poll(WAIT).orElseThrow();

    elapse(Duration.ofSeconds(1));
    queue.heartbeat(held);
    elapse(Duration.ofMillis(1_500));

    assertThat(queue.poll(Duration.ZERO)).isEmpty();
    queue.complete(held);
    assertThat(queue.depth()).isZero();
  }

  @Test
  public void aReleasedJobIsAvailableAtOnce() {
    TrainingQueue queue = newQueue(3, Duration.ofSeconds(60));
    queue.enqueue(List.of(job("ADAUSDT", Regime.RANGE)));

    queue.release(queue.poll(WAIT).orElseThrow());
    Optional<LeasedJob> again = queue.poll(WAIT);

    assertThat(again).isPresent();
    assertThat(again.get().receiveCount()).isEqualTo(2);
  }

  @Test
  public void aMalformedMessageReachesTheDeadLetterQueueAndTheGoodJobBehindItIsDelivered() {
    String name = "jobs-" + run + "-" + QUEUES.incrementAndGet();
    MessageQueue raw = open(QueueSettings.of(name, 3, Duration.ofSeconds(30)));
    TrainingQueue queue = new TrainingQueue(raw, Duration.ofSeconds(30));
    raw.send(OutgoingMessage.of("{\"format\":1,\"symbol\":\"BTCUSDT\"}"));
    raw.send(OutgoingMessage.of("not json at all"));
    JobSpec good = job("BNBUSDT", Regime.TREND);
    queue.enqueue(List.of(good));

    List<LeasedJob> delivered = drain(queue, 2);

    assertThat(delivered).extracting(LeasedJob::spec).containsExactly(good);
    assertThat(queue.malformedCount()).isEqualTo(6);
    assertThat(
            raw.deadLetters().receive(10, WAIT).size()
                + raw.deadLetters().receive(10, Duration.ofSeconds(1)).size())
        .isEqualTo(2);
  }

  @Test
  public void aJobWhoseIdDoesNotMatchItsFieldsIsMalformed() {
    String name = "jobs-" + run + "-" + QUEUES.incrementAndGet();
    MessageQueue raw = open(QueueSettings.of(name, 1, Duration.ofSeconds(30)));
    TrainingQueue queue = new TrainingQueue(raw, Duration.ofSeconds(30));
    String body = JobMessages.toJson(job("BTCUSDT", Regime.TREND)).replace("BTCUSDT", "ETHUSDT");
    raw.send(OutgoingMessage.of(body));

    assertThat(queue.poll(Duration.ofSeconds(1))).isEmpty();
    assertThat(queue.malformedCount()).isPositive();
  }
}
