package dev.coinengine.store.lake;

import dev.coinengine.embedded.EmbeddedS3Server;
import dev.coinengine.store.iceberg.CatalogSettings;
import dev.coinengine.store.iceberg.IcebergCatalogs;
import java.util.UUID;
import org.apache.iceberg.catalog.Catalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** JDBC catalog on SQLite plus S3 file IO on the embedded S3 server. */
class KlineLakeEmbeddedS3IT extends KlineLakeContract {
  private static final String ACCESS = "lake-access";
  private static final String SECRET = "lake-secret";
  private static EmbeddedS3Server s3;

  @BeforeAll
  static void startS3() {
    s3 = EmbeddedS3Server.startInMemory(ACCESS, SECRET);
    S3Buckets.create(s3.endpoint(), "us-east-1", ACCESS, SECRET, "lake");
  }

  @AfterAll
  static void stopS3() {
    s3.close();
  }

  @Override
  protected Catalog newCatalog() {
    String run = UUID.randomUUID().toString();
    return IcebergCatalogs.open(
        new CatalogSettings(
            "lake",
            CatalogSettings.JDBC,
            // A nested folder checks that the catalog creates the database's parent folder.
            "jdbc:sqlite:" + tempDir.resolve("catalog/" + run + "/iceberg.db"),
            "s3://lake/warehouse-" + run,
            s3.endpoint(),
            "us-east-1",
            ACCESS,
            SECRET,
            true));
  }
}
