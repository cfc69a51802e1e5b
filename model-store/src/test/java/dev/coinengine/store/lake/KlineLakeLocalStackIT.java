package dev.coinengine.store.lake;

import dev.coinengine.store.iceberg.CatalogSettings;
import dev.coinengine.store.iceberg.IcebergCatalogs;
import java.util.UUID;
import org.apache.iceberg.catalog.Catalog;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;

/** JDBC catalog on SQLite plus S3 file IO on LocalStack; skipped where Docker is absent. */
@Testcontainers(disabledWithoutDocker = true)
class KlineLakeLocalStackIT extends KlineLakeContract {

  @Container
  static final LocalStackContainer LOCALSTACK =
      new LocalStackContainer(DockerImageName.parse("localstack/localstack:4.4"))
          .withServices("s3");

  @BeforeAll
  static void createBucket() {
    S3Buckets.create(
        LOCALSTACK.getEndpoint(),
        LOCALSTACK.getRegion(),
        LOCALSTACK.getAccessKey(),
        LOCALSTACK.getSecretKey(),
        "lake");
  }

  @Override
  protected Catalog newCatalog() {
    String run = UUID.randomUUID().toString();
    return IcebergCatalogs.open(
        new CatalogSettings(
            "lake",
            CatalogSettings.JDBC,
            "jdbc:sqlite:" + tempDir.resolve(run + ".db"),
            "s3://lake/warehouse-" + run,
            LOCALSTACK.getEndpoint(),
            LOCALSTACK.getRegion(),
            LOCALSTACK.getAccessKey(),
            LOCALSTACK.getSecretKey(),
            true));
  }
}
