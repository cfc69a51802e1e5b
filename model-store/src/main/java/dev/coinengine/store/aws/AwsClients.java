package dev.coinengine.store.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

/**
 * Builds SDK clients from a {@link ServiceEndpoint}, so the same code talks to AWS or to an
 * emulator by configuration alone. The Apache HTTP client is named explicitly: with more than one
 * SDK HTTP client on the classpath the SDK refuses to pick one. Callers own and close the clients.
 */
public final class AwsClients {
  private AwsClients() {}

  public static S3Client s3(ServiceEndpoint endpoint) {
    S3ClientBuilder builder =
        S3Client.builder()
            .httpClientBuilder(ApacheHttpClient.builder())
            .region(Region.of(endpoint.region()))
            .credentialsProvider(credentials(endpoint))
            .forcePathStyle(endpoint.pathStyle());
    if (endpoint.endpoint() != null) {
      builder.endpointOverride(endpoint.endpoint());
    }
    return builder.build();
  }

  public static SqsClient sqs(ServiceEndpoint endpoint) {
    SqsClientBuilder builder =
        SqsClient.builder()
            .httpClientBuilder(ApacheHttpClient.builder())
            .region(Region.of(endpoint.region()))
            .credentialsProvider(credentials(endpoint));
    if (endpoint.endpoint() != null) {
      builder.endpointOverride(endpoint.endpoint());
    }
    return builder.build();
  }

  private static AwsCredentialsProvider credentials(ServiceEndpoint endpoint) {
    if (endpoint.defaultCredentials()) {
      return DefaultCredentialsProvider.builder().build();
    }
    return StaticCredentialsProvider.create(
        AwsBasicCredentials.create(endpoint.accessKey(), endpoint.secretKey()));
  }
}
