package dev.coinengine.core.config;

import java.net.URI;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Section {@code catalog}: the Iceberg catalog. Only a JDBC catalog exists so far (SQLite on one
 * machine; a shared database such as PostgreSQL when several machines write).
 */
public record CatalogSettings(Type type, String name, String uri, URI warehouse) {

  /** Catalog implementations the engine can open. */
  public enum Type {
    JDBC
  }

  static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
  private static final Set<String> WAREHOUSE_SCHEMES = Set.of("s3", "s3a", "file");

  public CatalogSettings {
    Checks.present("type", type);
    Checks.matches("name", name, NAME, "a lower-case identifier (a-z 0-9 _)");
    Checks.present("uri", uri);
    if (!uri.startsWith("jdbc:")) {
      throw Checks.invalid("uri", "must be a JDBC URL starting with jdbc:, was '" + uri + "'");
    }
    Checks.present("warehouse", warehouse);
    if (!WAREHOUSE_SCHEMES.contains(warehouse.getScheme())) {
      throw Checks.invalid(
          "warehouse", "must be an s3://, s3a:// or file: location, was '" + warehouse + "'");
    }
  }

  static CatalogSettings from(ConfigNode node) {
    node.requireOnlyKeys("type", "name", "uri", "warehouse");
    String type = node.string("type");
    if (!type.equals("jdbc")) {
      throw node.fail(
          "type", "must be jdbc (the only catalog type supported so far), was '" + type + "'");
    }
    String name = node.string("name");
    String uri = node.string("uri");
    URI warehouse = node.uri("warehouse");
    return node.build(() -> new CatalogSettings(Type.JDBC, name, uri, warehouse));
  }
}
