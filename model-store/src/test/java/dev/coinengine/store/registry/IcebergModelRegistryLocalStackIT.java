package dev.coinengine.store.registry;

import dev.coinengine.store.aws.LocalStackImage;
import dev.coinengine.store.object.ObjectStore;
import dev.coinengine.store.queue.ManualClock;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/** JDBC catalog on SQLite with S3 on LocalStack; skipped where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
class IcebergModelRegistryLocalStackIT extends ModelRegistryContract {

  @Container
  static final LocalStackContainer LOCALSTACK =
      new LocalStackContainer(DockerImageName.parse(LocalStackImage.NAME)).withServices("s3");

  @TempDir Path tempDir;
  private IcebergRegistryFixture fixture;
  private ManualClock runnerClock;

  @AfterEach
  void closeFixture() throws IOException {
    fixture.close();
  }

  @Override
  protected ModelRegistry newRegistry(ManualClock clock) {
    runnerClock = clock;
    fixture =
        new IcebergRegistryFixture(
            LOCALSTACK.getEndpoint(),
            LOCALSTACK.getRegion(),
            LOCALSTACK.getAccessKey(),
            LOCALSTACK.getSecretKey(),
            tempDir);
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
