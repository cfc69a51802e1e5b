package dev.coinengine.local;

import dev.coinengine.embedded.EmbeddedS3Server;
import dev.coinengine.embedded.EmbeddedSqsServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The in-process cloud of the local deployment: an S3-compatible server storing objects under the
 * engine home and an SQS-compatible server, both on loopback. Either may be disabled in the
 * configuration, in which case the engine talks to the configured endpoints instead.
 */
final class EmbeddedStack implements AutoCloseable {
  private final EmbeddedS3Server s3;
  private final EmbeddedSqsServer sqs;

  private EmbeddedStack(EmbeddedS3Server s3, EmbeddedSqsServer sqs) {
    this.s3 = s3;
    this.sqs = sqs;
  }

  static EmbeddedStack start(Optional<S3Spec> s3Spec, Optional<Integer> sqsPort) {
    EmbeddedS3Server s3 =
        s3Spec
            .map(
                spec ->
                    EmbeddedS3Server.startOnDisk(
                        spec.dataDir(), spec.port(), spec.accessKey(), spec.secretKey()))
            .orElse(null);
    try {
      EmbeddedSqsServer sqs = sqsPort.map(EmbeddedSqsServer::start).orElse(null);
      return new EmbeddedStack(s3, sqs);
    } catch (RuntimeException e) {
      if (s3 != null) {
        s3.close();
      }
      throw e;
    }
  }

  Optional<URI> s3Endpoint() {
    return Optional.ofNullable(s3).map(EmbeddedS3Server::endpoint);
  }

  Optional<URI> sqsEndpoint() {
    return Optional.ofNullable(sqs).map(EmbeddedSqsServer::endpoint);
  }

  @Override
  public void close() {
    try {
      if (sqs != null) {
        sqs.close();
      }
    } finally {
      if (s3 != null) {
        s3.close();
      }
    }
  }

  record S3Spec(Path dataDir, int port, String accessKey, String secretKey) {}
}
