package dev.coinengine.store.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MessageQueue} must do. An implementation's test extends this class; {@link
 * #open} must give a new, empty queue for a new name, and {@link #elapse} lets visibility timeouts
 * run out (a manual clock for in-memory queues, real sleeping for servers).
 */
public abstract class MessageQueueContract {
  private static final AtomicInteger QUEUES = new AtomicInteger();
  private static final Duration ONE_SECOND = Duration.ofSeconds(1);
  private static final Duration LONG = Duration.ofSeconds(30);
  // Long enough for a server to notice a message that just became visible again.
  private static final Duration PATIENT_WAIT = Duration.ofSeconds(3);

  private final String run = Long.toString(System.currentTimeMillis(), 36);

  protected abstract MessageQueue open(QueueSettings settings);

  /** Lets {@code duration} pass for the queue's visibility timeouts. */
  protected abstract void elapse(Duration duration);

  /** A queue with a fresh name. */
  protected MessageQueue newQueue(int maxReceiveCount, Duration visibilityTimeout) {
    String name = "contract-" + run + "-" + QUEUES.incrementAndGet();
    return open(QueueSettings.of(name, maxReceiveCount, visibilityTimeout));
  }

  @Test
  public void aBatchOf25IsDeliveredOnceEachWithBodiesAndAttributes() {
    MessageQueue queue = newQueue(3, LONG);
    List<OutgoingMessage> batch = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      batch.add(new OutgoingMessage("job-" + i, Map.of("n", String.valueOf(i), "kind", "train")));
    }

    queue.send(batch);
    List<ReceivedMessage> received = receiveAtLeast(queue, 25);

    assertThat(received)
        .extracting(ReceivedMessage::body)
        .containsExactlyInAnyOrderElementsOf(batch.stream().map(OutgoingMessage::body).toList());
    assertThat(received)
        .allSatisfy(
            m -> {
              assertThat(m.receiveCount()).isEqualTo(1);
              assertThat(m.attributes())
                  .containsEntry("kind", "train")
                  .containsEntry("n", m.body().substring("job-".length()));
            });
    assertThat(received).extracting(ReceivedMessage::messageId).doesNotHaveDuplicates();
    assertThat(queue.receive(10, Duration.ZERO)).isEmpty();
  }

  @Test
  public void aHeldMessageIsInvisibleToOtherReceivers() {
    MessageQueue queue = newQueue(3, LONG);
    queue.send(OutgoingMessage.of("only"));

    List<ReceivedMessage> first = queue.receive(10, PATIENT_WAIT);

    assertThat(first).extracting(ReceivedMessage::body).containsExactly("only");
    assertThat(queue.receive(10, Duration.ZERO)).isEmpty();
    assertThat(queue.approximateDepth()).isZero();
  }

  @Test
  public void anUnackedMessageIsRedeliveredAfterTheVisibilityTimeout() {
    MessageQueue queue = newQueue(5, ONE_SECOND);
    queue.send(OutgoingMessage.of("retry me"));
    ReceivedMessage first = receiveOne(queue);

    elapse(ONE_SECOND);
    ReceivedMessage second = receiveOne(queue);

    assertThat(second.messageId()).isEqualTo(first.messageId());
    assertThat(second.body()).isEqualTo("retry me");
    assertThat(first.receiveCount()).isEqualTo(1);
    assertThat(second.receiveCount()).isEqualTo(2);
    assertThat(second.receiptHandle()).isNotEqualTo(first.receiptHandle());
  }

  @Test
  public void extendingTheVisibilityKeepsTheMessageHidden() {
    MessageQueue queue = newQueue(5, ONE_SECOND);
    queue.send(OutgoingMessage.of("long job"));
    ReceivedMessage held = receiveOne(queue);

    queue.extendVisibility(held, LONG);
    elapse(ONE_SECOND);

    assertThat(queue.receive(10, Duration.ZERO)).isEmpty();
    queue.release(held);
    assertThat(receiveOne(queue).receiveCount()).isEqualTo(2);
  }

  @Test
  public void aReleasedMessageIsVisibleAgainAtOnce() {
    MessageQueue queue = newQueue(5, LONG);
    queue.send(OutgoingMessage.of("give back"));
    ReceivedMessage held = receiveOne(queue);

    queue.release(held);
    ReceivedMessage again = receiveOne(queue);

    assertThat(again.messageId()).isEqualTo(held.messageId());
    assertThat(again.receiveCount()).isEqualTo(2);
  }

  @Test
  public void anAckedMessageIsNotDeliveredAgain() {
    MessageQueue queue = newQueue(5, ONE_SECOND);
    queue.send(List.of(OutgoingMessage.of("done"), OutgoingMessage.of("pending")));
    List<ReceivedMessage> both = receiveAtLeast(queue, 2);

    both.stream().filter(m -> m.body().equals("done")).forEach(queue::ack);
    elapse(ONE_SECOND);

    // Only the unacked one comes back once both visibility timeouts are over.
    List<ReceivedMessage> back = receiveAtLeast(queue, 1);
    assertThat(back).extracting(ReceivedMessage::body).containsExactly("pending");
    assertThat(back.get(0).receiveCount()).isEqualTo(2);
  }

  @Test
  public void aMessageMovesToTheDeadLetterQueueAfterMaxReceiveCountReceives() {
    MessageQueue queue = newQueue(2, LONG);
    queue.send(new OutgoingMessage("poison", Map.of("symbol", "BTCUSDT")));
    queue.send(OutgoingMessage.of("healthy"));

    for (int attempt = 1; attempt <= 2; attempt++) {
      ReceivedMessage poison = receiveBody(queue, "poison");
      assertThat(poison.receiveCount()).isEqualTo(attempt);
      queue.release(poison);
    }

    // The third receive moves the poison message instead of delivering it.
    assertThat(queue.receive(10, Duration.ZERO))
        .extracting(ReceivedMessage::body)
        .doesNotContain("poison");
    MessageQueue dead = queue.deadLetters();
    List<ReceivedMessage> deadLetters = dead.receive(10, PATIENT_WAIT);
    assertThat(deadLetters).hasSize(1);
    ReceivedMessage deadLetter = deadLetters.get(0);
    assertThat(deadLetter.body()).isEqualTo("poison");
    assertThat(deadLetter.attributes()).containsEntry("symbol", "BTCUSDT");
    // ElasticMQ 1.7.1, moto 5.2 and the in-memory queue keep counting (3 here), as SQS does; only
    // a positive count is required so that a server which restarts the count still passes.
    assertThat(deadLetter.receiveCount()).isPositive();
    dead.ack(deadLetter);
    assertThat(dead.receive(10, Duration.ZERO)).isEmpty();
  }

  @Test
  public void theDeadLetterQueueHasNoDeadLetterQueueOfItsOwn() {
    MessageQueue dead = newQueue(1, LONG).deadLetters();

    assertThatThrownBy(dead::deadLetters).isInstanceOf(IllegalStateException.class);
  }

  @Test
  public void depthCountsMessagesWaitingToBeReceived() {
    MessageQueue queue = newQueue(5, LONG);
    assertThat(queue.approximateDepth()).isZero();

    queue.send(List.of(OutgoingMessage.of("a"), OutgoingMessage.of("b"), OutgoingMessage.of("c")));
    assertThat(queue.approximateDepth()).isEqualTo(3);

    ReceivedMessage held = receiveOne(queue);
    assertThat(queue.approximateDepth()).isEqualTo(2);

    queue.release(held);
    assertThat(queue.approximateDepth()).isEqualTo(3);
  }

  @Test
  public void aLongPollOnAnEmptyQueueReturnsEmptyAfterTheWait() {
    MessageQueue queue = newQueue(5, LONG);

    long start = System.nanoTime();
    List<ReceivedMessage> none = queue.receive(10, ONE_SECOND);
    long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(none).isEmpty();
    assertThat(waitedMillis).isGreaterThanOrEqualTo(900);
  }

  @Test
  public void aLongPollReturnsAsSoonAsAMessageArrives() throws Exception {
    MessageQueue queue = newQueue(5, LONG);
    long start = System.nanoTime();
    CompletableFuture<List<ReceivedMessage>> poll =
        CompletableFuture.supplyAsync(() -> queue.receive(10, Duration.ofSeconds(15)));

    Thread.sleep(300);
    queue.send(OutgoingMessage.of("wake up"));
    List<ReceivedMessage> received = poll.get(20, TimeUnit.SECONDS);
    long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(received).extracting(ReceivedMessage::body).containsExactly("wake up");
    assertThat(waitedMillis).isLessThan(10_000);
  }

  /** False for servers that accept bodies with characters SQS refuses. */
  protected boolean refusesInvalidCharacters() {
    return true;
  }

  @Test
  public void refusedEntriesRaiseNameTheirPositionAndDoNotStopTheOthers() {
    Assumptions.assumeTrue(
        refusesInvalidCharacters(), "this server accepts bodies with characters SQS refuses");
    MessageQueue queue = newQueue(3, LONG);
    // Control characters other than tab, LF and CR are not allowed in an SQS body.
    OutgoingMessage invalid = OutgoingMessage.of("bad \u0001 body");

    assertThatThrownBy(() -> queue.send(List.of(OutgoingMessage.of("fine"), invalid)))
        .isInstanceOf(MessageQueueException.class)
        .hasMessageContaining("#1");
    assertThat(receiveOne(queue).body()).isEqualTo("fine");
  }

  @Test
  public void invalidArgumentsAreRejected() {
    MessageQueue queue = newQueue(5, LONG);

    assertThatThrownBy(() -> queue.receive(0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> queue.receive(11, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> queue.receive(1, Duration.ofSeconds(21)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> queue.receive(1, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    queue.send(OutgoingMessage.of("x"));
    ReceivedMessage held = receiveOne(queue);
    assertThatThrownBy(() -> queue.extendVisibility(held, Duration.ofMillis(1500)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Receives until {@code count} messages arrived or a few long polls came back empty. */
  protected static List<ReceivedMessage> receiveAtLeast(MessageQueue queue, int count) {
    List<ReceivedMessage> received = new ArrayList<>();
    int emptyPolls = 0;
    while (received.size() < count && emptyPolls < 3) {
      List<ReceivedMessage> batch = queue.receive(10, PATIENT_WAIT);
      if (batch.isEmpty()) {
        emptyPolls++;
      }
      received.addAll(batch);
    }
    assertThat(received)
        .as("messages received from %s", queue.name())
        .hasSizeGreaterThanOrEqualTo(count);
    return received;
  }

  /** Receives exactly one message (asking for at most one), with a few long polls. */
  protected static ReceivedMessage receiveOne(MessageQueue queue) {
    for (int poll = 0; poll < 3; poll++) {
      List<ReceivedMessage> received = queue.receive(1, PATIENT_WAIT);
      if (!received.isEmpty()) {
        assertThat(received).hasSize(1);
        return received.get(0);
      }
    }
    throw new AssertionError("no message received from " + queue.name());
  }

  private static ReceivedMessage receiveBody(MessageQueue queue, String body) {
    for (int poll = 0; poll < 5; poll++) {
      for (ReceivedMessage message : queue.receive(10, PATIENT_WAIT)) {
        if (message.body().equals(body)) {
          return message;
        }
      }
    }
    throw new AssertionError("no message with body " + body + " on " + queue.name());
  }
}
