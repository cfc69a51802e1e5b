package dev.coinengine.store.object;

import dev.coinengine.store.aws.AwsClients;
import dev.coinengine.store.aws.MotoServerExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.s3.S3Client;

/** {@link S3ObjectStore} against moto_server; skipped when moto_server is not installed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3ObjectStoreMotoIT extends S3ObjectStoreContract {
  @RegisterExtension static final MotoServerExtension MOTO = new MotoServerExtension();

  private S3Client s3;

  @BeforeAll
  void connect() {
    s3 = AwsClients.s3(MOTO.serviceEndpoint());
  }

  @AfterAll
  void disconnect() {
    if (s3 != null) {
      s3.close();
    }
  }

  @Override
  protected S3Client s3() {
    return s3;
  }
}
