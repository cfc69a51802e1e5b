package dev.coinengine.store.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryMessageQueueTest extends MessageQueueContract {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T00:00:00Z"));

  @Override
  protected MessageQueue open(QueueSettings settings) {
    return new InMemoryMessageQueue(settings, clock);
  }

  @Override
  protected void elapse(Duration duration) {
    clock.advance(duration);
  }

  @Test
  void visibilityEndsExactlyAtTheTimeoutOnTheInjectedClock() {
    MessageQueue queue = newQueue(5, Duration.ofSeconds(10));
    queue.send(OutgoingMessage.of("m"));
    receiveOne(queue);

    clock.advance(Duration.ofMillis(9_999));
    assertThat(queue.receive(10, Duration.ZERO)).isEmpty();

    clock.advance(Duration.ofMillis(1));
    assertThat(queue.receive(10, Duration.ZERO)).hasSize(1);
  }

  @Test
  void deadLettersKeepTheirReceiveCountAsInSqs() {
    MessageQueue queue = newQueue(1, Duration.ofSeconds(10));
    queue.send(OutgoingMessage.of("poison"));
    queue.release(receiveOne(queue));

    assertThat(queue.receive(10, Duration.ZERO)).isEmpty();

    assertThat(queue.deadLetters().receive(10, Duration.ZERO))
        .singleElement()
        .satisfies(m -> assertThat(m.receiveCount()).isEqualTo(2));
  }

  @Test
  void aStaleReceiptHandleNeitherAcksNorReleases() {
    MessageQueue queue = newQueue(5, Duration.ofSeconds(10));
    queue.send(OutgoingMessage.of("m"));
    ReceivedMessage first = receiveOne(queue);
    clock.advance(Duration.ofSeconds(10));
    ReceivedMessage second = receiveOne(queue);

    queue.ack(first);

    assertThatThrownBy(() -> queue.release(first)).isInstanceOf(MessageQueueException.class);
    queue.release(second);
    assertThat(receiveOne(queue).receiveCount()).isEqualTo(3);
  }

  @Test
  void concurrentConsumersNeverHoldTheSameMessage() throws Exception {
    MessageQueue queue = newQueue(5, Duration.ofMinutes(5));
    List<OutgoingMessage> batch = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      batch.add(OutgoingMessage.of("m" + i));
    }
    queue.send(batch);
    Set<String> seen = ConcurrentHashMap.newKeySet();
    ExecutorService consumers = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> counts = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        counts.add(
            consumers.submit(
                () -> {
                  int mine = 0;
                  List<ReceivedMessage> got;
                  while (!(got = queue.receive(7, Duration.ZERO)).isEmpty()) {
                    for (ReceivedMessage m : got) {
                      assertThat(seen.add(m.messageId())).isTrue();
                      queue.ack(m);
                      mine++;
                    }
                  }
                  return mine;
                }));
      }
      int total = 0;
      for (Future<Integer> count : counts) {
        total += count.get(30, TimeUnit.SECONDS);
      }

      assertThat(total).isEqualTo(500);
      assertThat(seen).hasSize(500);
    } finally {
      consumers.shutdownNow();
    }
  }
}
