package dev.coinengine.functions.training;

import dev.coinengine.core.labels.LabelSpec;
import dev.coinengine.core.market.Interval;
import dev.coinengine.embedded.EmbeddedSqsServer;
import dev.coinengine.runner.launch.DailyTrainingLauncher;
import dev.coinengine.runner.pipeline.WalkForwardSettings;
import dev.coinengine.runner.worker.TrainingPlan;
import dev.coinengine.store.aws.AwsClients;
import dev.coinengine.store.aws.ServiceEndpoint;
import dev.coinengine.store.jobs.TrainingQueue;
import dev.coinengine.store.queue.QueueSettings;
import dev.coinengine.store.queue.SqsMessageQueue;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;

/** An embedded SQS server (ElasticMQ) with a training queue, and a backend over it. */
public final class SqsTraining implements AutoCloseable {
  public static final TrainingPlan PLAN =
      new TrainingPlan(
          new LabelSpec(4, 10, 0), WalkForwardSettings.defaults(), 42, Duration.ofDays(730));

  private final EmbeddedSqsServer server;
  private final SqsClient sqs;
  private final TrainingQueue queue;

  public SqsTraining(String queueName) {
    server = EmbeddedSqsServer.start(0);
    sqs = AwsClients.sqs(ServiceEndpoint.local(server.endpoint(), "access", "secret"));
    queue =
        new TrainingQueue(
            SqsMessageQueue.open(sqs, QueueSettings.of(queueName, 3, Duration.ofMinutes(15))),
            Duration.ofMinutes(15));
  }

  public TrainingQueue queue() {
    return queue;
  }

  /** 1h and 4h, linear-sgd by default, over {@link ListedCoins}. */
  public TrainingBackend backend() {
    return new TrainingBackend(
        new DailyTrainingLauncher(
            new ListedCoins(), PLAN, List.of(Interval.H1, Interval.H4), List.of("linear-sgd")),
        queue);
  }

  @Override
  public void close() {
    sqs.close();
    server.close();
  }
}
