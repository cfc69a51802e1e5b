package dev.coinengine.store.aws;

import java.net.URI;

/**
 * Where and how to reach an AWS-compatible service. A null {@code endpoint} means the AWS default
 * for the region; null keys mean the SDK's default credentials chain (environment, profile,
 * instance role). {@code pathStyle} addresses S3 buckets as {@code host/bucket}, which MinIO,
 * LocalStack, moto and the embedded servers need.
 */
public record ServiceEndpoint(
    URI endpoint, String region, String accessKey, String secretKey, boolean pathStyle) {

  public ServiceEndpoint {
    if (endpoint != null) {
      String scheme = endpoint.getScheme();
      if (!"http".equals(scheme) && !"https".equals(scheme) || endpoint.getHost() == null) {
        throw new IllegalArgumentException(
            "endpoint must be an absolute http(s) URI with a host, was " + endpoint);
      }
    }
    if (region == null || region.isBlank()) {
      throw new IllegalArgumentException("region must not be blank, was '" + region + "'");
    }
    if ((accessKey == null) != (secretKey == null)) {
      throw new IllegalArgumentException(
          "accessKey and secretKey must both be set or both be null, accessKey was "
              + (accessKey == null ? "null" : "set"));
    }
    if (accessKey != null && (accessKey.isBlank() || secretKey.isBlank())) {
      throw new IllegalArgumentException("accessKey and secretKey must not be blank");
    }
  }

  /** Real AWS in {@code region} with the default credentials chain. */
  public static ServiceEndpoint aws(String region) {
    return new ServiceEndpoint(null, region, null, null, false);
  }

  /** An emulator or self-hosted service on {@code endpoint} with static keys and path-style. */
  public static ServiceEndpoint local(URI endpoint, String accessKey, String secretKey) {
    return new ServiceEndpoint(endpoint, "us-east-1", accessKey, secretKey, true);
  }

  /** True when requests use the SDK's default credentials chain. */
  public boolean defaultCredentials() {
    return accessKey == null;
  }

  @Override
  public String toString() {
    // Never print the secret.
    return "ServiceEndpoint[endpoint="
        + (endpoint == null ? "aws-default" : endpoint)
        + ", region="
        + region
        + ", credentials="
        + (defaultCredentials() ? "default-chain" : "static:" + accessKey)
        + ", pathStyle="
        + pathStyle
        + "]";
  }
}
