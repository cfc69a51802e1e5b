package dev.coinengine.store.jobs;

import dev.coinengine.store.queue.InMemoryMessageQueue;
import dev.coinengine.store.queue.ManualClock;
import dev.coinengine.store.queue.MessageQueue;
import dev.coinengine.store.queue.QueueSettings;
import java.time.Duration;
import java.time.Instant;

class TrainingQueueInMemoryTest extends TrainingQueueContract {
  private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T00:00:00Z"));

  @Override
  protected MessageQueue open(QueueSettings settings) {
    return new InMemoryMessageQueue(settings, clock);
  }

  @Override
  protected void elapse(Duration duration) {
    clock.advance(duration);
  }
}
