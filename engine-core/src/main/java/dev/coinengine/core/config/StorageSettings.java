package dev.coinengine.core.config;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Section {@code storage}: the S3 bucket for models, the Iceberg warehouse and decision logs. An
 * empty {@code endpoint} means AWS S3 itself; empty credentials mean the AWS default chain.
 */
public record StorageSettings(
    String bucket,
    Optional<URI> endpoint,
    String region,
    boolean pathStyle,
    Optional<Credentials> credentials,
    EmbeddedServer embedded) {

  // S3 bucket naming rules: 3 to 63 lower-case letters, digits, dots and hyphens.
  static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
  static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

  public StorageSettings {
    Checks.matches("bucket", bucket, BUCKET, "an S3 bucket name (3-63 of a-z 0-9 . -)");
    Checks.present("endpoint", endpoint).ifPresent(uri -> requireHttp("endpoint", uri));
    Checks.matches("region", region, REGION, "an AWS region such as eu-central-1");
    Checks.present("access-key", credentials);
    Checks.present("embedded", embedded);
    if (embedded.enabled() && endpoint.isEmpty()) {
      throw Checks.invalid(
          "endpoint", "must point at the embedded server when embedded.enabled is true");
    }
    if (embedded.enabled() && credentials.isEmpty()) {
      throw Checks.invalid(
          "access-key", "must be set (with secret-key) when embedded.enabled is true");
    }
  }

  static StorageSettings from(ConfigNode node) {
    node.requireOnlyKeys(
        "bucket", "endpoint", "region", "path-style", "access-key", "secret-key", "embedded");
    String bucket = node.string("bucket");
    Optional<URI> endpoint = node.optionalUri("endpoint");
    String region = node.string("region");
    boolean pathStyle = node.bool("path-style");
    Optional<Credentials> credentials = Credentials.from(node);
    EmbeddedServer embedded = EmbeddedServer.from(node.section("embedded"));
    return node.build(
        () -> new StorageSettings(bucket, endpoint, region, pathStyle, credentials, embedded));
  }

  static void requireHttp(String key, URI uri) {
    String scheme = uri.getScheme();
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw Checks.invalid(key, "must be an http:// or https:// URI, was '" + uri + "'");
    }
  }
}
