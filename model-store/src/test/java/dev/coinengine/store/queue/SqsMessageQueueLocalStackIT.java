package dev.coinengine.store.queue;

import dev.coinengine.store.aws.AwsClients;
import dev.coinengine.store.aws.LocalStackImage;
import dev.coinengine.store.aws.ServiceEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.services.sqs.SqsClient;

/** {@link SqsMessageQueue} against LocalStack in Docker; skipped where Docker is not available. */
@Testcontainers(disabledWithoutDocker = true)
class SqsMessageQueueLocalStackIT extends SqsMessageQueueContract {
  @Container
  static final LocalStackContainer LOCALSTACK =
      new LocalStackContainer(DockerImageName.parse(LocalStackImage.NAME)).withServices("sqs");

  private static SqsClient sqs;

  @AfterAll
  static void closeClient() {
    if (sqs != null) {
      sqs.close();
    }
  }

  @Override
  protected SqsClient sqs() {
    if (sqs == null) {
      sqs =
          AwsClients.sqs(
              new ServiceEndpoint(
                  LOCALSTACK.getEndpoint(),
                  LOCALSTACK.getRegion(),
                  LOCALSTACK.getAccessKey(),
                  LOCALSTACK.getSecretKey(),
                  false));
    }
    return sqs;
  }
}
