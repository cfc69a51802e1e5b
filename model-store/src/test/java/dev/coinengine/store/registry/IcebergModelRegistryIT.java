package dev.coinengine.store.registry;

import dev.coinengine.embedded.EmbeddedS3Server;
import dev.coinengine.store.object.ObjectStore;
import dev.coinengine.store.queue.ManualClock;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** JDBC catalog on SQLite, S3 file IO and {@code S3ObjectStore} on the embedded S3 server. */
class IcebergModelRegistryIT extends ModelRegistryContract {
  private static final String ACCESS = "brain-access";
  private static final String SECRET = "brain-secret";
  private static EmbeddedS3Server s3;

  @TempDir Path tempDir;
  private IcebergRegistryFixture fixture;
  private ManualClock runnerClock;

  @BeforeAll
  static void startS3() {
    s3 = EmbeddedS3Server.startInMemory(ACCESS, SECRET);
  }

  @AfterAll
  static void stopS3() {
    s3.close();
  }

  @AfterEach
  void closeFixture() throws IOException {
    fixture.close();
  }

  @Override
  protected ModelRegistry newRegistry(ManualClock clock) {
    runnerClock = clock;
    fixture = new IcebergRegistryFixture(s3.endpoint(), "us-east-1", ACCESS, SECRET, tempDir);
    return fixture.newRunner(clock, RegistrationProbe.NONE);
  }

  @Override
  ModelRegistry runner(RegistrationProbe probe) {
    return fixture.newRunner(runnerClock, probe);
  }

  @Override
  protected ObjectStore objectStore() {
    return fixture.store();
  }
}
