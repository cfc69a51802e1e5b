package dev.coinengine.store.iceberg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.iceberg.BaseMetastoreCatalog;
import org.apache.iceberg.CatalogProperties;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.SortOrder;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.SupportsNamespaces;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.exceptions.AlreadyExistsException;
import org.apache.iceberg.exceptions.NoSuchTableException;
import org.apache.iceberg.inmemory.InMemoryCatalog;
import org.apache.iceberg.jdbc.JdbcCatalog;

/**
 * Opens Iceberg catalogs from {@link CatalogSettings}.
 *
 * <p>Closing: the returned catalog is owned by the caller and must be closed once; that releases
 * the JDBC connection pool and the S3 client of its file IO. Tables loaded from it must not be used
 * after that. Closing an in-memory catalog drops nothing: its files stay in the JVM-wide in-memory
 * file store, which is why each test should use its own warehouse.
 */
public final class IcebergCatalogs {
  private static final String SQLITE_PREFIX = "jdbc:sqlite:";
  private static final String S3_FILE_IO = "org.apache.iceberg.aws.s3.S3FileIO";

  private IcebergCatalogs() {}

  public static BaseMetastoreCatalog open(CatalogSettings settings) {
    return CatalogSettings.MEMORY.equals(settings.type()) ? inMemory(settings) : jdbc(settings);
  }

  /** The catalog properties handed to Iceberg for {@code settings}; secrets included. */
  static Map<String, String> properties(CatalogSettings settings) {
    Map<String, String> props = new HashMap<>();
    props.put(CatalogProperties.WAREHOUSE_LOCATION, settings.warehouse());
    // Manifests are immutable; caching them makes repeated scan planning (one per read) local.
    props.put(CatalogProperties.IO_MANIFEST_CACHE_ENABLED, "true");
    if (CatalogSettings.MEMORY.equals(settings.type())) {
      return props;
    }
    props.put(CatalogProperties.URI, settings.uri());
    props.put(CatalogProperties.FILE_IO_IMPL, S3_FILE_IO);
    // V1 adds view support to the catalog schema; V0 is Iceberg's legacy default.
    props.put("jdbc.schema-version", "V1");
    props.put(CatalogProperties.CLIENT_POOL_SIZE, "2");
    props.put("client.region", settings.region());
    if (settings.s3Endpoint() != null) {
      props.put("s3.endpoint", settings.s3Endpoint().toString());
    }
    props.put("s3.path-style-access", Boolean.toString(settings.pathStyle()));
    if (settings.accessKey() != null) {
      props.put("s3.access-key-id", settings.accessKey());
      props.put("s3.secret-access-key", settings.secretKey());
    }
    return props;
  }

  private static InMemoryCatalog inMemory(CatalogSettings settings) {
    InMemoryCatalog catalog = new InMemoryCatalog();
    catalog.initialize(settings.name(), properties(settings));
    return catalog;
  }

  private static JdbcCatalog jdbc(CatalogSettings settings) {
    createSqliteFolder(settings.uri());
    JdbcCatalog catalog = new JdbcCatalog();
    catalog.initialize(settings.name(), properties(settings));
    return catalog;
  }

  private static void createSqliteFolder(String uri) {
    if (!uri.startsWith(SQLITE_PREFIX)) {
      return;
    }
    String file = uri.substring(SQLITE_PREFIX.length());
    int query = file.indexOf('?');
    if (query >= 0) {
      file = file.substring(0, query);
    }
    if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
      return;
    }
    Path parent = Path.of(file).toAbsolutePath().getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the catalog folder " + parent, e);
    }
  }

  /**
   * Loads the table {@code id}, creating its namespace and the table on first use; a concurrent
   * creator elsewhere wins quietly and its table is loaded.
   */
  public static Table loadOrCreate(
      Catalog catalog,
      TableIdentifier id,
      Schema schema,
      PartitionSpec spec,
      SortOrder sortOrder,
      Map<String, String> properties) {
    if (catalog instanceof SupportsNamespaces namespaces
        && !namespaces.namespaceExists(id.namespace())) {
      try {
        namespaces.createNamespace(id.namespace());
      } catch (AlreadyExistsException raced) {
        // Another process created it first.
      }
    }
    try {
      return catalog.loadTable(id);
    } catch (NoSuchTableException missing) {
      try {
        return catalog
            .buildTable(id, schema)
            .withPartitionSpec(spec)
            .withSortOrder(sortOrder)
            .withProperties(properties)
            .create();
      } catch (AlreadyExistsException raced) {
        return catalog.loadTable(id);
      }
    }
  }
}
