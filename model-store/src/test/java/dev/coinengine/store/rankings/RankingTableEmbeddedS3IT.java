package dev.coinengine.store.rankings;

import dev.coinengine.embedded.EmbeddedS3Server;
import dev.coinengine.store.iceberg.CatalogSettings;
import dev.coinengine.store.iceberg.IcebergCatalogs;
import dev.coinengine.store.lake.S3Buckets;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.iceberg.catalog.Catalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** JDBC catalog on SQLite plus S3 file IO on the embedded S3 server. */
class RankingTableEmbeddedS3IT extends RankingTableContract {
  private static final String ACCESS = "rank-access";
  private static final String SECRET = "rank-secret";
  private static EmbeddedS3Server s3;

  @TempDir Path tempDir;

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
            "jdbc:sqlite:" + tempDir.resolve("catalog/" + run + "/iceberg.db"),
            "s3://lake/rankings-" + run,
            s3.endpoint(),
            "us-east-1",
            ACCESS,
            SECRET,
            true));
  }
}
