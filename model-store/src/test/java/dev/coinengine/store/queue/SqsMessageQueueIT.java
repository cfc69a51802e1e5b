package dev.coinengine.store.queue;

import dev.coinengine.embedded.EmbeddedSqsServer;
import dev.coinengine.store.aws.AwsClients;
import dev.coinengine.store.aws.ServiceEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.sqs.SqsClient;

/** {@link SqsMessageQueue} against the embedded SQS server (ElasticMQ). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqsMessageQueueIT extends SqsMessageQueueContract {
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
  protected SqsClient sqs() {
    return sqs;
  }
}
