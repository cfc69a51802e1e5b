package dev.coinengine.store.jobs;

import dev.coinengine.embedded.EmbeddedSqsServer;
import dev.coinengine.store.aws.AwsClients;
import dev.coinengine.store.aws.ServiceEndpoint;
import dev.coinengine.store.queue.MessageQueue;
import dev.coinengine.store.queue.QueueSettings;
import dev.coinengine.store.queue.SqsMessageQueue;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.sqs.SqsClient;

/** {@link TrainingQueue} on {@link SqsMessageQueue} against the embedded SQS server (ElasticMQ). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrainingQueueSqsIT extends TrainingQueueContract {
  private EmbeddedSqsServer server;
  private SqsClient sqs;

  @BeforeAll
  void start() {
    server = EmbeddedSqsServer.start(0);
    sqs = AwsClients.sqs(ServiceEndpoint.local(server.endpoint(), "access", "secret"));
  }

  @AfterAll
  void stop() {
    sqs.close();
    server.close();
  }

  @Override
  protected MessageQueue open(QueueSettings settings) {
    return SqsMessageQueue.open(sqs, settings);
  }

  @Override
  protected void elapse(Duration duration) {
    try {
      Thread.sleep(duration.toMillis() + 100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting", e);
    }
  }
}
