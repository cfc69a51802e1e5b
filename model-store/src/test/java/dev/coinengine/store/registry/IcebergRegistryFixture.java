package dev.coinengine.store.registry;

import dev.coinengine.store.aws.AwsClients;
import dev.coinengine.store.aws.ServiceEndpoint;
import dev.coinengine.store.iceberg.CatalogSettings;
import dev.coinengine.store.iceberg.IcebergCatalogs;
import dev.coinengine.store.object.S3ObjectStore;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.iceberg.BaseMetastoreCatalog;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One registry's storage on an S3-compatible server: a fresh bucket for artifacts and the
 * warehouse, and a SQLite catalog file. Every runner opens its own catalog on that file, as
 * separate processes would.
 */
final class IcebergRegistryFixture implements Closeable {
  private static final AtomicInteger BUCKETS = new AtomicInteger();

  private final URI endpoint;
  private final String region;
  private final String access;
  private final String secret;
  private final String bucket;
  private final Path catalogFile;
  private final S3Client s3;
  private final S3ObjectStore store;
  private final List<BaseMetastoreCatalog> catalogs = new ArrayList<>();

  IcebergRegistryFixture(URI endpoint, String region, String access, String secret, Path dir) {
    this.endpoint = endpoint;
    this.region = region;
    this.access = access;
    this.secret = secret;
    this.bucket = "brain-" + ProcessHandle.current().pid() + "-" + BUCKETS.incrementAndGet();
    this.catalogFile = dir.resolve(bucket + "/catalog.db");
    this.s3 = AwsClients.s3(new ServiceEndpoint(endpoint, region, access, secret, true));
    this.store = new S3ObjectStore(s3, bucket);
    store.ensureBucket();
  }

  S3ObjectStore store() {
    return store;
  }

  synchronized BaseMetastoreCatalog newCatalog() {
    BaseMetastoreCatalog catalog =
        IcebergCatalogs.open(
            new CatalogSettings(
                "brain",
                CatalogSettings.JDBC,
                "jdbc:sqlite:" + catalogFile,
                "s3://" + bucket + "/warehouse",
                endpoint,
                region,
                access,
                secret,
                true));
    catalogs.add(catalog);
    return catalog;
  }

  IcebergModelRegistry newRunner(Clock clock, RegistrationProbe probe) {
    return IcebergModelRegistry.open(newCatalog(), store, clock, probe);
  }

  @Override
  public synchronized void close() throws IOException {
    for (BaseMetastoreCatalog catalog : catalogs) {
      catalog.close();
    }
    s3.close();
  }
}
