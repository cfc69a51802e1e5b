package dev.coinengine.store.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueValuesTest {
  private static final Duration THIRTY = Duration.ofSeconds(30);

  @Test
  void settingsNameTheDeadLetterQueueAfterTheQueue() {
    QueueSettings settings = QueueSettings.of("training-jobs", 5, THIRTY);

    assertThat(settings.deadLetterName()).isEqualTo("training-jobs-dlq");
  }

  @Test
  void settingsRejectWhatSqsRejects() {
    assertThatThrownBy(() -> new QueueSettings("bad name", "dlq", 5, THIRTY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad name");
    assertThatThrownBy(() -> new QueueSettings("q", "q", 5, THIRTY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deadLetterName");
    assertThatThrownBy(() -> QueueSettings.of("q", 0, THIRTY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxReceiveCount");
    assertThatThrownBy(() -> QueueSettings.of("q", 3, Duration.ofMillis(1500)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("visibilityTimeout");
    assertThatThrownBy(() -> QueueSettings.of("q", 3, Duration.ofHours(13)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("visibilityTimeout");
  }

  @Test
  void outgoingMessagesCopyTheirAttributes() {
    Map<String, String> attributes = new HashMap<>(Map.of("k", "v"));
    OutgoingMessage message = new OutgoingMessage("body", attributes);

    attributes.put("k", "changed");

    assertThat(message.attributes()).containsExactly(Map.entry("k", "v"));
  }

  @Test
  void outgoingMessagesRejectEmptyBodiesAndAttributes() {
    assertThatThrownBy(() -> OutgoingMessage.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("body");
    assertThatThrownBy(() -> new OutgoingMessage("b", Map.of("k", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("k");
    Map<String, String> eleven = new HashMap<>();
    for (int i = 0; i < 11; i++) {
      eleven.put("a" + i, "v");
    }
    assertThatThrownBy(() -> new OutgoingMessage("b", eleven))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("11");
  }

  @Test
  void receivedMessagesNeedAReceiptAndAPositiveCount() {
    assertThatThrownBy(() -> new ReceivedMessage("id", "b", Map.of(), 0, "r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("receiveCount");
    assertThatThrownBy(() -> new ReceivedMessage("id", "b", Map.of(), 1, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("receiptHandle");
  }
}
