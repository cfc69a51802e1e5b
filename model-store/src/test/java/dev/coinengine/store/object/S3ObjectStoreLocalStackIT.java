package dev.coinengine.store.object;

import dev.coinengine.store.aws.AwsClients;
import dev.coinengine.store.aws.LocalStackImage;
import dev.coinengine.store.aws.ServiceEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.services.s3.S3Client;

/** {@link S3ObjectStore} against LocalStack in Docker; skipped where Docker is not available. */
@Testcontainers(disabledWithoutDocker = true)
class S3ObjectStoreLocalStackIT extends S3ObjectStoreContract {
  @Container
  static final LocalStackContainer LOCALSTACK =
      new LocalStackContainer(DockerImageName.parse(LocalStackImage.NAME)).withServices("s3");

  private static S3Client s3;

  @AfterAll
  static void closeClient() {
    if (s3 != null) {
      s3.close();
    }
  }

  @Override
  protected S3Client s3() {
    if (s3 == null) {
      s3 =
          AwsClients.s3(
              new ServiceEndpoint(
                  LOCALSTACK.getEndpoint(),
                  LOCALSTACK.getRegion(),
                  LOCALSTACK.getAccessKey(),
                  LOCALSTACK.getSecretKey(),
                  true));
    }
    return s3;
  }
}
