package dev.coinengine.store.track;

import dev.coinengine.embedded.EmbeddedS3Server;
import dev.coinengine.store.aws.AwsClients;
import dev.coinengine.store.aws.ServiceEndpoint;
import dev.coinengine.store.object.S3ObjectStore;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.s3.S3Client;

/** The {@link TrackRecordStoreContract} on S3: the embedded server, a bucket per test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObjectTrackRecordStoreEmbeddedS3IT extends TrackRecordStoreContract {
  private static final String ACCESS = "access-key";
  private static final String SECRET = "secret-key";
  private static final AtomicInteger BUCKETS = new AtomicInteger();

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
  protected TrackRecordStore newStore() {
    S3ObjectStore objects = new S3ObjectStore(s3, "track-" + BUCKETS.incrementAndGet());
    objects.ensureBucket();
    return new ObjectTrackRecordStore(objects, "engine/", Clock.systemUTC(), "it");
  }
}
