package dev.coinengine.store.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

class ServiceEndpointTest {
  private static final URI LOCAL = URI.create("http://127.0.0.1:9000");

  @Test
  void localEndpointsUseStaticKeysAndPathStyle() {
    ServiceEndpoint endpoint = ServiceEndpoint.local(LOCAL, "access", "secret");

    assertThat(endpoint.region()).isEqualTo("us-east-1");
    assertThat(endpoint.pathStyle()).isTrue();
    assertThat(endpoint.defaultCredentials()).isFalse();
  }

  @Test
  void awsEndpointsUseTheDefaultEndpointAndCredentialsChain() {
    ServiceEndpoint endpoint = ServiceEndpoint.aws("eu-west-1");

    assertThat(endpoint.endpoint()).isNull();
    assertThat(endpoint.defaultCredentials()).isTrue();
    assertThat(endpoint.pathStyle()).isFalse();
  }

  @Test
  void invalidValuesAreRejectedWithTheField() {
    assertThatThrownBy(() -> new ServiceEndpoint(LOCAL, " ", null, null, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("region");
    assertThatThrownBy(
            () -> new ServiceEndpoint(URI.create("ftp://h/"), "us-east-1", null, null, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ftp://h/");
    assertThatThrownBy(
            () -> new ServiceEndpoint(URI.create("/relative"), "us-east-1", null, null, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("endpoint");
    assertThatThrownBy(() -> new ServiceEndpoint(LOCAL, "us-east-1", "access", null, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secretKey");
    assertThatThrownBy(() -> new ServiceEndpoint(LOCAL, "us-east-1", "", "", true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringNeverShowsTheSecret() {
    assertThat(ServiceEndpoint.local(LOCAL, "access", "s3cr3t").toString())
        .contains("access")
        .doesNotContain("s3cr3t");
  }

  @Test
  void clientsTakeEndpointRegionAndPathStyleFromTheConfiguration() {
    ServiceEndpoint endpoint = new ServiceEndpoint(LOCAL, "eu-central-1", "access", "secret", true);

    try (S3Client s3 = AwsClients.s3(endpoint);
        SqsClient sqs = AwsClients.sqs(endpoint)) {
      assertThat(s3.serviceClientConfiguration().region()).isEqualTo(Region.EU_CENTRAL_1);
      assertThat(s3.serviceClientConfiguration().endpointOverride()).contains(LOCAL);
      assertThat(sqs.serviceClientConfiguration().region()).isEqualTo(Region.EU_CENTRAL_1);
      assertThat(sqs.serviceClientConfiguration().endpointOverride()).contains(LOCAL);
    }
  }

  @Test
  void withoutAnEndpointClientsUseTheAwsDefault() {
    // Static keys: building with the default chain may probe instance metadata off loopback.
    ServiceEndpoint aws = new ServiceEndpoint(null, "us-west-2", "access", "secret", false);
    try (S3Client s3 = AwsClients.s3(aws)) {
      assertThat(s3.serviceClientConfiguration().endpointOverride()).isEmpty();
      assertThat(s3.serviceClientConfiguration().region()).isEqualTo(Region.US_WEST_2);
    }
  }
}
