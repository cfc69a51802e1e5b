package dev.coinengine.store.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The {@link MessageQueueContract} for {@link SqsMessageQueue} on some SQS server, plus what is
 * specific to SQS: idempotent creation, the redrive policy, batching and partial failures.
 */
public abstract class SqsMessageQueueContract extends MessageQueueContract {

  /** A client for the server under test. */
  protected abstract SqsClient sqs();

  @Override
  protected MessageQueue open(QueueSettings settings) {
    return SqsMessageQueue.open(sqs(), settings);
  }

  @Override
  protected void elapse(Duration duration) {
    try {
      // A little extra: servers compare visibility times at millisecond or second granularity.
      Thread.sleep(duration.toMillis() + 100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting", e);
    }
  }

  @Test
  public void openingAgainReusesTheQueueAndAppliesChangedSettings() {
    SqsMessageQueue first = (SqsMessageQueue) newQueue(2, Duration.ofSeconds(30));
    first.send(OutgoingMessage.of("survives"));
    QueueSettings changed = QueueSettings.of(first.name(), 4, Duration.ofSeconds(45));

    SqsMessageQueue again = SqsMessageQueue.open(sqs(), changed);

    assertThat(again.url()).isEqualTo(first.url());
    assertThat(again.approximateDepth()).isEqualTo(1);
    Map<QueueAttributeName, String> attributes = attributes(again.url());
    assertThat(attributes.get(QueueAttributeName.VISIBILITY_TIMEOUT)).isEqualTo("45");
    assertThat(attributes.get(QueueAttributeName.REDRIVE_POLICY))
        .contains("maxReceiveCount")
        .contains("4")
        .contains(first.name() + "-dlq");
  }

  @Test
  public void theRedrivePolicyNamesTheDeadLetterQueueArn() {
    SqsMessageQueue queue = (SqsMessageQueue) newQueue(3, Duration.ofSeconds(30));
    String deadUrl = ((SqsMessageQueue) queue.deadLetters()).url();

    String deadArn = attributes(deadUrl).get(QueueAttributeName.QUEUE_ARN);

    assertThat(deadArn).startsWith("arn:aws:sqs:").endsWith(":" + queue.name() + "-dlq");
    assertThat(attributes(queue.url()).get(QueueAttributeName.REDRIVE_POLICY)).contains(deadArn);
  }

  @Test
  public void sendingMoreThanTenMessagesUsesSeveralBatches() {
    MessageQueue queue = newQueue(3, Duration.ofSeconds(30));
    List<OutgoingMessage> messages = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      messages.add(OutgoingMessage.of("m" + i));
    }

    queue.send(messages);

    assertThat(queue.approximateDepth()).isEqualTo(21);
  }

  private Map<QueueAttributeName, String> attributes(String url) {
    return sqs()
        .getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.ALL))
        .attributes();
  }
}
