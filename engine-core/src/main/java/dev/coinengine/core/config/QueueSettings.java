package dev.coinengine.core.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Section {@code queue}: the SQS training queue and its dead-letter queue. Limits follow SQS: at
 * most 1000 receives before dead-lettering, visibility timeout up to 12 hours, long poll up to 20
 * seconds.
 */
public record QueueSettings(
    Optional<URI> endpoint,
    String region,
    Optional<Credentials> credentials,
    String trainingQueue,
    String deadLetterQueue,
    int maxReceiveCount,
    Duration visibilityTimeout,
    Duration waitTime,
    EmbeddedServer embedded) {

  static final Pattern QUEUE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");

  public QueueSettings {
    Checks.present("endpoint", endpoint)
        .ifPresent(uri -> StorageSettings.requireHttp("endpoint", uri));
    Checks.matches("region", region, StorageSettings.REGION, "an AWS region such as eu-central-1");
    Checks.present("access-key", credentials);
    Checks.matches(
        "training-queue", trainingQueue, QUEUE_NAME, "an SQS queue name (1-80 of A-Z a-z 0-9 _ -)");
    Checks.matches(
        "dead-letter-queue",
        deadLetterQueue,
        QUEUE_NAME,
        "an SQS queue name (1-80 of A-Z a-z 0-9 _ -)");
    if (deadLetterQueue.equals(trainingQueue)) {
      throw Checks.invalid(
          "dead-letter-queue", "must differ from training-queue, was '" + deadLetterQueue + "'");
    }
    Checks.between("max-receive-count", maxReceiveCount, 1, 1000);
    Checks.between("visibility-timeout", visibilityTimeout, Duration.ZERO, Duration.ofHours(12));
    Checks.between("wait-time", waitTime, Duration.ZERO, Duration.ofSeconds(20));
    Checks.present("embedded", embedded);
    if (embedded.enabled() && endpoint.isEmpty()) {
      throw Checks.invalid(
          "endpoint", "must point at the embedded server when embedded.enabled is true");
    }
  }

  static QueueSettings from(ConfigNode node) {
    node.requireOnlyKeys(
        "endpoint",
        "region",
        "access-key",
        "secret-key",
        "training-queue",
        "dead-letter-queue",
        "max-receive-count",
        "visibility-timeout",
        "wait-time",
        "embedded");
    Optional<URI> endpoint = node.optionalUri("endpoint");
    String region = node.string("region");
    Optional<Credentials> credentials = Credentials.from(node);
    String training = node.string("training-queue");
    String deadLetter = node.string("dead-letter-queue");
    int maxReceives = node.integer("max-receive-count");
    Duration visibility = node.duration("visibility-timeout");
    Duration wait = node.duration("wait-time");
    EmbeddedServer embedded = EmbeddedServer.from(node.section("embedded"));
    return node.build(
        () ->
            new QueueSettings(
                endpoint,
                region,
                credentials,
                training,
                deadLetter,
                maxReceives,
                visibility,
                wait,
                embedded));
  }
}
