package dev.coinengine.store.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueNameExistsException;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/** A {@link MessageQueue} on an SQS queue (AWS, ElasticMQ, LocalStack, moto). */
public final class SqsMessageQueue implements MessageQueue {
  private static final int BATCH = 10;
  // Dead letters keep their original enqueue time, so give them the longest retention SQS allows.
  private static final String DEAD_LETTER_RETENTION_SECONDS = String.valueOf(14 * 24 * 60 * 60);

  private final SqsClient sqs;
  private final String name;
  private final String url;
  private final SqsMessageQueue deadLetters;

  private SqsMessageQueue(SqsClient sqs, String name, String url, SqsMessageQueue deadLetters) {
    this.sqs = sqs;
    this.name = name;
    this.url = url;
    this.deadLetters = deadLetters;
  }

  /**
   * Creates the queue and its dead-letter queue if missing, or brings their attributes in line with
   * {@code settings}, and returns the queue.
   */
  public static SqsMessageQueue open(SqsClient sqs, QueueSettings settings) {
    Objects.requireNonNull(sqs, "sqs");
    String visibility = String.valueOf(settings.visibilityTimeout().toSeconds());
    try {
      String deadUrl =
          createOrUpdate(
              sqs,
              settings.deadLetterName(),
              Map.of(
                  QueueAttributeName.VISIBILITY_TIMEOUT, visibility,
                  QueueAttributeName.MESSAGE_RETENTION_PERIOD, DEAD_LETTER_RETENTION_SECONDS));
      String deadArn =
          sqs.getQueueAttributes(
                  b -> b.queueUrl(deadUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
              .attributes()
              .get(QueueAttributeName.QUEUE_ARN);
      if (deadArn == null || deadArn.isBlank()) {
        throw new MessageQueueException("SQS returned no ARN for " + settings.deadLetterName());
      }
      String redrive =
          "{\"maxReceiveCount\":\""
              + settings.maxReceiveCount()
              + "\",\"deadLetterTargetArn\":\""
              + deadArn
              + "\"}";
      String url =
          createOrUpdate(
              sqs,
              settings.name(),
              Map.of(
                  QueueAttributeName.VISIBILITY_TIMEOUT, visibility,
                  QueueAttributeName.REDRIVE_POLICY, redrive));
      SqsMessageQueue dead = new SqsMessageQueue(sqs, settings.deadLetterName(), deadUrl, null);
      return new SqsMessageQueue(sqs, settings.name(), url, dead);
    } catch (SdkException e) {
      throw new MessageQueueException(
          "cannot open SQS queue " + settings.name() + ": " + e.getMessage(), e);
    }
  }

  private static String createOrUpdate(
      SqsClient sqs, String name, Map<QueueAttributeName, String> attributes) {
    try {
      return sqs.createQueue(b -> b.queueName(name).attributes(attributes)).queueUrl();
    } catch (QueueNameExistsException e) {
      // It exists with other attributes (settings changed since it was created).
      String url = sqs.getQueueUrl(b -> b.queueName(name)).queueUrl();
      sqs.setQueueAttributes(b -> b.queueUrl(url).attributes(attributes));
      return url;
    }
  }

  @Override
  public String name() {
    return name;
  }

  /** The queue's URL, for tools such as {@code aws sqs receive-message --queue-url}. */
  public String url() {
    return url;
  }

  @Override
  public void send(List<OutgoingMessage> messages) {
    List<OutgoingMessage> all = List.copyOf(messages);
    List<String> refused = new ArrayList<>();
    for (int from = 0; from < all.size(); from += BATCH) {
      List<OutgoingMessage> chunk = all.subList(from, Math.min(from + BATCH, all.size()));
      List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
      for (int i = 0; i < chunk.size(); i++) {
        OutgoingMessage message = chunk.get(i);
        entries.add(
            SendMessageBatchRequestEntry.builder()
                .id(String.valueOf(from + i))
                .messageBody(message.body())
                .messageAttributes(toSqs(message.attributes()))
                .build());
      }
      SendMessageBatchResponse response;
      try {
        response = sqs.sendMessageBatch(b -> b.queueUrl(url).entries(entries));
      } catch (SdkException e) {
        throw failure("send " + all.size() + " messages (from #" + from + ")", e);
      }
      for (BatchResultErrorEntry failed : response.failed()) {
        refused.add("#" + failed.id() + " " + failed.code() + ": " + failed.message());
      }
    }
    if (!refused.isEmpty()) {
      throw new MessageQueueException(
          refused.size()
              + " of "
              + all.size()
              + " messages were not sent to "
              + name
              + ": "
              + refused);
    }
  }

  private static Map<String, MessageAttributeValue> toSqs(Map<String, String> attributes) {
    return attributes.entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey,
                e ->
                    MessageAttributeValue.builder()
                        .dataType("String")
                        .stringValue(e.getValue())
                        .build()));
  }

  @Override
  public List<ReceivedMessage> receive(int max, Duration wait) {
    QueueSettings.requireMax(max);
    // SQS waits in whole seconds; round up so the caller never waits less than asked.
    long waitMillis = QueueSettings.requireWait(wait).toMillis();
    int waitSeconds = (int) ((waitMillis + 999) / 1000);
    try {
      return sqs
          .receiveMessage(
              b ->
                  b.queueUrl(url)
                      .maxNumberOfMessages(max)
                      .waitTimeSeconds(waitSeconds)
                      .messageSystemAttributeNames(
                          MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)
                      .messageAttributeNames("All"))
          .messages()
          .stream()
          .map(this::fromSqs)
          .toList();
    } catch (SdkException e) {
      throw failure("receive", e);
    }
  }

  private ReceivedMessage fromSqs(Message message) {
    String count = message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT);
    if (count == null) {
      throw new MessageQueueException(
          "SQS returned message "
              + message.messageId()
              + " on "
              + name
              + " without a receive count");
    }
    Map<String, String> attributes = new HashMap<>();
    message
        .messageAttributes()
        .forEach(
            (key, value) -> {
              if (value.stringValue() != null) {
                attributes.put(key, value.stringValue());
              }
            });
    return new ReceivedMessage(
        message.messageId(),
        message.body(),
        attributes,
        Integer.parseInt(count),
        message.receiptHandle());
  }

  @Override
  public void ack(ReceivedMessage message) {
    try {
      sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(message.receiptHandle()));
    } catch (SdkException e) {
      throw failure("ack " + message.messageId(), e);
    }
  }

  @Override
  public void extendVisibility(ReceivedMessage message, Duration visibility) {
    int seconds =
        QueueSettings.wholeSeconds("visibility", visibility, QueueSettings.MAX_VISIBILITY_SECONDS);
    changeVisibility(message, seconds);
  }

  @Override
  public void release(ReceivedMessage message) {
    changeVisibility(message, 0);
  }

  private void changeVisibility(ReceivedMessage message, int seconds) {
    try {
      sqs.changeMessageVisibility(
          b -> b.queueUrl(url).receiptHandle(message.receiptHandle()).visibilityTimeout(seconds));
    } catch (SdkException e) {
      throw failure("change visibility of " + message.messageId(), e);
    }
  }

  @Override
  public long approximateDepth() {
    try {
      String depth =
          sqs.getQueueAttributes(
                  b ->
                      b.queueUrl(url)
                          .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
              .attributes()
              .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
      if (depth == null) {
        throw new MessageQueueException("SQS returned no message count for " + name);
      }
      return Long.parseLong(depth);
    } catch (SdkException e) {
      throw failure("read the depth", e);
    }
  }

  @Override
  public MessageQueue deadLetters() {
    if (deadLetters == null) {
      throw new IllegalStateException(name + " is a dead-letter queue and has none of its own");
    }
    return deadLetters;
  }

  private MessageQueueException failure(String operation, SdkException e) {
    return new MessageQueueException(
        "SQS " + operation + " failed on " + name + ": " + e.getMessage(), e);
  }
}
