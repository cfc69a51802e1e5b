package dev.coinengine.store.lake;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;

/** Creates the warehouse bucket on an S3-compatible test server. */
public final class S3Buckets {
  private S3Buckets() {}

  public static void create(
      URI endpoint, String region, String access, String secret, String bucket) {
    try (S3Client s3 =
        S3Client.builder()
            .endpointOverride(endpoint)
            .region(Region.of(region))
            .forcePathStyle(true)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create(access, secret)))
            .httpClientBuilder(ApacheHttpClient.builder())
            .build()) {
      try {
        s3.createBucket(b -> b.bucket(bucket));
      } catch (BucketAlreadyOwnedByYouException exists) {
        // A previous test class created it.
      }
    }
  }
}
