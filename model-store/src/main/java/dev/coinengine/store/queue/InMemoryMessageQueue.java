package dev.coinengine.store.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A thread-safe {@link MessageQueue} in memory with SQS semantics. Visibility is measured on the
 * injected clock; a long-poll wait is real time, and re-checks the clock every few milliseconds so
 * that messages whose visibility ends during the wait are found.
 */
public final class InMemoryMessageQueue implements MessageQueue {
  private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private final String name;
  private final Duration visibilityTimeout;
  private final int maxReceiveCount;
  private final Clock clock;
  private final InMemoryMessageQueue deadLetters;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private final Map<String, Entry> messages = new LinkedHashMap<>();
  private long sequence;

  private static final class Entry {
    final String id;
    final String body;
    final Map<String, String> attributes;
    int receiveCount;
    Instant visibleAt;
    String receiptHandle;

    Entry(String id, String body, Map<String, String> attributes, int receiveCount, Instant at) {
      this.id = id;
      this.body = body;
      this.attributes = attributes;
      this.receiveCount = receiveCount;
      this.visibleAt = at;
    }
  }

  public InMemoryMessageQueue(QueueSettings settings, Clock clock) {
    this(
        settings.name(),
        settings.visibilityTimeout(),
        settings.maxReceiveCount(),
        clock,
        new InMemoryMessageQueue(
            settings.deadLetterName(), settings.visibilityTimeout(), 0, clock, null));
  }

  private InMemoryMessageQueue(
      String name,
      Duration visibilityTimeout,
      int maxReceiveCount,
      Clock clock,
      InMemoryMessageQueue deadLetters) {
    this.name = name;
    this.visibilityTimeout = visibilityTimeout;
    this.maxReceiveCount = maxReceiveCount;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.deadLetters = deadLetters;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void send(List<OutgoingMessage> batch) {
    List<OutgoingMessage> copy = List.copyOf(batch);
    List<String> refused = new ArrayList<>();
    lock.lock();
    try {
      Instant now = clock.instant();
      for (int i = 0; i < copy.size(); i++) {
        OutgoingMessage message = copy.get(i);
        // Refuse what SQS refuses, entry by entry, so tests on this queue do not pass wrongly.
        if (!sqsAllows(message.body())) {
          refused.add("#" + i + " InvalidMessageContents: body has characters SQS does not allow");
          continue;
        }
        String id = name + "-" + ++sequence;
        messages.put(id, new Entry(id, message.body(), message.attributes(), 0, now));
      }
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
    if (!refused.isEmpty()) {
      throw new MessageQueueException(
          refused.size()
              + " of "
              + copy.size()
              + " messages were not sent to "
              + name
              + ": "
              + refused);
    }
  }

  /** The SQS body alphabet: #x9 | #xA | #xD | #x20-#xD7FF | #xE000-#xFFFD | #x10000-#x10FFFF. */
  private static boolean sqsAllows(String body) {
    return body.codePoints()
        .allMatch(
            c ->
                c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000);
  }

  @Override
  public List<ReceivedMessage> receive(int max, Duration wait) {
    QueueSettings.requireMax(max);
    QueueSettings.requireWait(wait);
    long deadline = System.nanoTime() + wait.toNanos();
    lock.lock();
    try {
      while (true) {
        List<ReceivedMessage> received = takeVisible(max);
        long left = deadline - System.nanoTime();
        if (!received.isEmpty() || left <= 0) {
          return received;
        }
        arrived.awaitNanos(Math.min(left, RECHECK_NANOS));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MessageQueueException("interrupted while waiting for messages on " + name, e);
    } finally {
      lock.unlock();
    }
  }

  private List<ReceivedMessage> takeVisible(int max) {
    Instant now = clock.instant();
    List<ReceivedMessage> received = new ArrayList<>();
    Iterator<Entry> it = messages.values().iterator();
    while (it.hasNext() && received.size() < max) {
      Entry entry = it.next();
      if (entry.visibleAt.isAfter(now)) {
        continue;
      }
      // As in SQS, the move happens when a message that has used up its receives is due again.
      if (deadLetters != null && entry.receiveCount >= maxReceiveCount) {
        it.remove();
        deadLetters.accept(entry);
        continue;
      }
      entry.receiveCount++;
      entry.visibleAt = now.plus(visibilityTimeout);
      entry.receiptHandle = entry.id + "#" + entry.receiveCount;
      received.add(
          new ReceivedMessage(
              entry.id, entry.body, entry.attributes, entry.receiveCount, entry.receiptHandle));
    }
    return received;
  }

  private void accept(Entry moved) {
    lock.lock();
    try {
      // SQS keeps the receive count when it moves a message to the dead-letter queue.
      messages.put(
          moved.id,
          new Entry(moved.id, moved.body, moved.attributes, moved.receiveCount, clock.instant()));
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void ack(ReceivedMessage message) {
    lock.lock();
    try {
      Entry entry = messages.get(message.messageId());
      // A stale handle (the message was redelivered since) does not delete, as in SQS.
      if (entry != null && message.receiptHandle().equals(entry.receiptHandle)) {
        messages.remove(message.messageId());
      }
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void extendVisibility(ReceivedMessage message, Duration visibility) {
    int seconds =
        QueueSettings.wholeSeconds("visibility", visibility, QueueSettings.MAX_VISIBILITY_SECONDS);
    changeVisibility(message, Duration.ofSeconds(seconds));
  }

  @Override
  public void release(ReceivedMessage message) {
    changeVisibility(message, Duration.ZERO);
  }

  private void changeVisibility(ReceivedMessage message, Duration visibility) {
    lock.lock();
    try {
      Entry entry = messages.get(message.messageId());
      if (entry == null || !message.receiptHandle().equals(entry.receiptHandle)) {
        throw new MessageQueueException(
            "message " + message.messageId() + " is not held under this receipt on " + name);
      }
      entry.visibleAt = clock.instant().plus(visibility);
      if (visibility.isZero()) {
        arrived.signalAll();
      }
    } finally {
      lock.unlock();
    }
  }

  @Override
  public long approximateDepth() {
    lock.lock();
    try {
      Instant now = clock.instant();
      return messages.values().stream().filter(e -> !e.visibleAt.isAfter(now)).count();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public MessageQueue deadLetters() {
    if (deadLetters == null) {
      throw new IllegalStateException(name + " is a dead-letter queue and has none of its own");
    }
    return deadLetters;
  }
}
