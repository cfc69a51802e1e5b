package dev.coinengine.store.object;

import dev.coinengine.embedded.EmbeddedS3Server;
import dev.coinengine.store.aws.AwsClients;
import dev.coinengine.store.aws.ServiceEndpoint;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/** {@link S3ObjectStore} against the embedded S3 server, in memory and on disk. */
class S3ObjectStoreIT {
  private static final String ACCESS = "access-key";
  private static final String SECRET = "secret-key";

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class InMemoryServer extends S3ObjectStoreContract {
    private EmbeddedS3Server server;
    private S3Client s3;

    @BeforeAll
    void start() {
      server = EmbeddedS3Server.startInMemory(ACCESS, SECRET);
      s3 = AwsClients.s3(ServiceEndpoint.local(server.endpoint(), ACCESS, SECRET));
    }

    @AfterAll
    void stop() {
      s3.close();
      server.close();
    }

    @Override
    protected S3Client s3() {
      return s3;
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class OnDiskServer extends S3ObjectStoreContract {
    private EmbeddedS3Server server;
    private S3Client s3;

    @BeforeAll
    void start(@TempDir Path dataDir) {
      server = EmbeddedS3Server.startOnDisk(dataDir, 0, ACCESS, SECRET);
      s3 = AwsClients.s3(ServiceEndpoint.local(server.endpoint(), ACCESS, SECRET));
    }

    @AfterAll
    void stop() {
      s3.close();
      server.close();
    }

    @Override
    protected S3Client s3() {
      return s3;
    }
  }
}
