package dev.coinengine.store.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemoryObjectStoreTest extends ObjectStoreContract {
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  @Override
  protected ObjectStore newStore() {
    return new InMemoryObjectStore("brain", Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void lastModifiedComesFromTheInjectedClock() {
    store.put("k", new byte[3]);

    assertThat(store.head("k").orElseThrow().lastModified()).isEqualTo(NOW);
  }

  @Test
  void uriUsesTheMemorySchemeAndTheStoreName() {
    assertThat(store.uri("models/x.onnx")).isEqualTo("memory://brain/models/x.onnx");
  }

  @Test
  void nameMustBeUsableInAUri() {
    Clock clock = Clock.systemUTC();
    assertThatThrownBy(() -> new InMemoryObjectStore(" ", clock))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InMemoryObjectStore("a/b", clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a/b");
  }
}
