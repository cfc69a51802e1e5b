package dev.coinengine.local;

import dev.coinengine.core.config.Credentials;
import dev.coinengine.core.config.QueueSettings;
import dev.coinengine.store.aws.AwsClients;
import dev.coinengine.store.aws.ServiceEndpoint;
import dev.coinengine.store.registry.IcebergModelRegistry;
import dev.coinengine.store.registry.ModelRegistry;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The model registry and the SQS client of a command, beside its {@link EngineContext}. */
final class TrainingServices implements AutoCloseable {
  private final SqsClient sqs;
  private final ModelRegistry registry;

  private TrainingServices(SqsClient sqs, ModelRegistry registry) {
    this.sqs = sqs;
    this.registry = registry;
  }

  static TrainingServices open(EngineContext context) {
    ModelRegistry registry =
        IcebergModelRegistry.open(context.catalog(), context.objectStore(), Clock.systemUTC());
    QueueSettings queue = context.config().queue();
    // The embedded server's real address wins, so port 0 (any free port) works too.
    Optional<URI> endpoint = context.sqsEndpoint().or(queue::endpoint);
    SqsClient sqs =
        AwsClients.sqs(
            new ServiceEndpoint(
                endpoint.orElse(null),
                queue.region(),
                queue.credentials().map(Credentials::accessKey).orElse(null),
                queue.credentials().map(Credentials::secretKey).orElse(null),
                true));
    return new TrainingServices(sqs, registry);
  }

  static ModelRegistry registry(EngineContext context) {
    return IcebergModelRegistry.open(context.catalog(), context.objectStore(), Clock.systemUTC());
  }

  SqsClient sqs() {
    return sqs;
  }

  ModelRegistry registry() {
    return registry;
  }

  @Override
  public void close() {
    sqs.close();
  }
}
