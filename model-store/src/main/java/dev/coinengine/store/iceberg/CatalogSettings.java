package dev.coinengine.store.iceberg;

import java.net.URI;

/**
 * Where an Iceberg catalog lives.
 *
 * @param name catalog name, recorded in the catalog database
 * @param type {@code jdbc} (SQLite catalog database, S3 file IO) or {@code memory} (everything in
 *     the JVM, for tests)
 * @param uri JDBC URL of the catalog database, e.g. {@code jdbc:sqlite:/data/catalog.db}; ignored
 *     for {@code memory}
 * @param warehouse root of table data, e.g. {@code s3://bucket/warehouse}
 * @param s3Endpoint S3-compatible endpoint; {@code null} means AWS itself
 * @param region S3 region, e.g. {@code us-east-1}
 * @param accessKey S3 access key; {@code null} uses the default AWS credential chain
 * @param secretKey S3 secret key; {@code null} together with {@code accessKey}
 * @param pathStyle path-style S3 addressing (needed by most S3-compatible servers)
 */
public record CatalogSettings(
    String name,
    String type,
    String uri,
    String warehouse,
    URI s3Endpoint,
    String region,
    String accessKey,
    String secretKey,
    boolean pathStyle) {
  public static final String JDBC = "jdbc";
  public static final String MEMORY = "memory";

  public CatalogSettings {
    requireText("name", name);
    if (!JDBC.equals(type) && !MEMORY.equals(type)) {
      throw new IllegalArgumentException("type must be 'jdbc' or 'memory', was '" + type + "'");
    }
    requireText("warehouse", warehouse);
    if (JDBC.equals(type)) {
      requireText("uri", uri);
      if (!uri.startsWith("jdbc:")) {
        throw new IllegalArgumentException("uri must be a JDBC URL, was '" + uri + "'");
      }
      requireText("region", region);
    }
    if ((accessKey == null) != (secretKey == null)) {
      throw new IllegalArgumentException("accessKey and secretKey must be given together");
    }
  }

  /** An in-memory catalog; {@code warehouse} should be unique per test (files live per JVM). */
  public static CatalogSettings inMemory(String name, String warehouse) {
    return new CatalogSettings(name, MEMORY, null, warehouse, null, null, null, null, false);
  }

  private static void requireText(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, was '" + value + "'");
    }
  }

  @Override
  public String toString() {
    // Keeps the secret out of logs.
    return "CatalogSettings[name="
        + name
        + ", type="
        + type
        + ", uri="
        + uri
        + ", warehouse="
        + warehouse
        + ", s3Endpoint="
        + s3Endpoint
        + ", region="
        + region
        + ", pathStyle="
        + pathStyle
        + "]";
  }
}
