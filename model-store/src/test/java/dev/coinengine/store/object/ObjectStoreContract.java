package dev.coinengine.store.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link ObjectStore} must do. An implementation's test extends this class and returns a
 * fresh, empty store from {@link #newStore()}.
 */
public abstract class ObjectStoreContract {
  private static final int PAGINATED_KEYS = 1_100;

  protected ObjectStore store;

  /** A new, empty store; called before every test. */
  protected abstract ObjectStore newStore();

  /** Size of the file in {@link #putOfAFileStoresItsWholeContent}; large enough for multipart. */
  protected long bigFileSize() {
    return 12L * 1024 * 1024 + 123;
  }

  @BeforeEach
  public void openStore() {
    store = newStore();
  }

  @Test
  public void putThenGetReturnsTheSameBytes() {
    byte[] bytes = new byte[256];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) i;
    }
    store.put("models/BTCUSDT/card.json", bytes);

    assertThat(store.get("models/BTCUSDT/card.json"))
        .hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
  }

  @Test
  public void emptyObjectsAreStored() {
    store.put("empty", new byte[0]);

    assertThat(store.get("empty")).hasValueSatisfying(b -> assertThat(b).isEmpty());
    assertThat(store.head("empty")).hasValueSatisfying(i -> assertThat(i.size()).isZero());
  }

  @Test
  public void missingKeyIsEmptyForGetAndHead() {
    store.put("present", utf8("x"));

    assertThat(store.get("absent")).isEmpty();
    assertThat(store.head("absent")).isEmpty();
  }

  @Test
  public void headReportsKeySizeAndLastModified() {
    store.put("a/b.bin", new byte[42]);

    ObjectInfo info = store.head("a/b.bin").orElseThrow();

    assertThat(info.key()).isEqualTo("a/b.bin");
    assertThat(info.size()).isEqualTo(42);
    assertThat(info.lastModified()).isNotNull();
  }

  @Test
  public void putOverwritesAnExistingObject() {
    store.put("k", utf8("first version"));
    store.put("k", utf8("second"));

    assertThat(store.get("k")).hasValueSatisfying(b -> assertThat(text(b)).isEqualTo("second"));
    assertThat(store.head("k").orElseThrow().size()).isEqualTo(6);
  }

  @Test
  public void storedBytesDoNotChangeWhenTheCallerReusesItsArray() {
    byte[] bytes = utf8("original");
    store.put("k", bytes);
    bytes[0] = 'X';

    byte[] read = store.get("k").orElseThrow();
    read[1] = 'Y';

    assertThat(store.get("k")).hasValueSatisfying(b -> assertThat(text(b)).isEqualTo("original"));
  }

  @Test
  public void deleteRemovesTheObjectAndToleratesMissingKeys() {
    store.put("gone", utf8("x"));
    store.put("kept", utf8("y"));

    store.delete("gone");
    store.delete("never-existed");

    assertThat(store.get("gone")).isEmpty();
    assertThat(store.head("gone")).isEmpty();
    assertThat(store.list("")).extracting(ObjectInfo::key).containsExactly("kept");
  }

  @Test
  public void listReturnsTheKeysUnderThePrefixInKeyOrder() {
    store.put("b/1", utf8("b1"));
    store.put("a/2", utf8("a2-long"));
    store.put("ab/3", utf8("ab3"));
    store.put("a/1", utf8("a1"));

    assertThat(store.list("a/")).extracting(ObjectInfo::key).containsExactly("a/1", "a/2");
    assertThat(store.list("a")).extracting(ObjectInfo::key).containsExactly("a/1", "a/2", "ab/3");
    assertThat(store.list(""))
        .extracting(ObjectInfo::key)
        .containsExactly("a/1", "a/2", "ab/3", "b/1");
    assertThat(store.list("c/")).isEmpty();
    assertThat(store.list("a/")).extracting(ObjectInfo::size).containsExactly(2L, 7L);
  }

  @Test
  public void listReturnsEveryPageBeyondAThousandKeys() throws Exception {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < PAGINATED_KEYS; i++) {
      keys.add(String.format("many/%05d", i));
    }
    store.put("other/0", utf8("not listed"));
    // Parallel puts keep this test fast against a server.
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> puts = new ArrayList<>();
      for (String key : keys) {
        puts.add(pool.submit(() -> store.put(key, utf8(key))));
      }
      for (Future<?> put : puts) {
        put.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(store.list("many/")).extracting(ObjectInfo::key).containsExactlyElementsOf(keys);
  }

  @Test
  public void putIfAbsentCreatesOnceThenRefusesAndKeepsTheFirstContent() {
    assertThat(store.putIfAbsent("job/42", utf8("first"))).isTrue();
    assertThat(store.putIfAbsent("job/42", utf8("second"))).isFalse();

    assertThat(store.get("job/42")).hasValueSatisfying(b -> assertThat(text(b)).isEqualTo("first"));
  }

  @Test
  public void putIfAbsentRefusesWhenAPlainPutCameFirst() {
    store.put("k", utf8("plain"));

    assertThat(store.putIfAbsent("k", utf8("conditional"))).isFalse();
    assertThat(store.get("k")).hasValueSatisfying(b -> assertThat(text(b)).isEqualTo("plain"));
  }

  @Test
  public void putIfAbsentSucceedsAgainAfterDelete() {
    assertThat(store.putIfAbsent("k", utf8("1"))).isTrue();
    store.delete("k");

    assertThat(store.putIfAbsent("k", utf8("2"))).isTrue();
    assertThat(store.get("k")).hasValueSatisfying(b -> assertThat(text(b)).isEqualTo("2"));
  }

  @Test
  public void putOfAFileStoresItsWholeContent(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("model.bin");
    byte[] content = new byte[Math.toIntExact(bigFileSize())];
    new Random(7).nextBytes(content);
    Files.write(file, content);

    store.put("models/big.bin", file);

    assertThat(store.head("models/big.bin").orElseThrow().size()).isEqualTo(content.length);
    assertThat(store.get("models/big.bin"))
        .hasValueSatisfying(b -> assertThat(b).isEqualTo(content));
  }

  @Test
  public void putOfAMissingFileFailsWithAStoreError(@TempDir Path dir) {
    assertThatThrownBy(() -> store.put("k", dir.resolve("missing.bin")))
        .isInstanceOf(ObjectStoreException.class)
        .hasMessageContaining("missing.bin");
    assertThat(store.get("k")).isEmpty();
  }

  @Test
  public void invalidKeysAreRejected() {
    for (String key : new String[] {null, "", "  ", "/absolute", "x".repeat(1025)}) {
      assertThatThrownBy(() -> store.put(key, new byte[1]))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.get(key)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.head(key)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.delete(key)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.putIfAbsent(key, new byte[1]))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> store.list(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.list("/a")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  public void uriNamesTheKey() {
    String uri = store.uri("models/ETHUSDT/v3/model.onnx");

    assertThat(URI.create(uri).getScheme()).isNotBlank();
    assertThat(uri).endsWith("/models/ETHUSDT/v3/model.onnx");
    assertThat(store.uri("a")).isNotEqualTo(store.uri("b"));
  }

  @Test
  public void concurrentPutIfAbsentHasExactlyOneWinner() throws Exception {
    int contenders = 8;
    ExecutorService pool = Executors.newFixedThreadPool(contenders);
    try {
      List<Callable<Boolean>> calls = new ArrayList<>();
      for (int i = 0; i < contenders; i++) {
        String body = "contender-" + i;
        calls.add(() -> store.putIfAbsent("race", utf8(body)));
      }
      long winners = 0;
      for (Future<Boolean> result : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
        winners += result.get() ? 1 : 0;
      }

      assertThat(winners).isEqualTo(1);
      assertThat(text(store.get("race").orElseThrow())).startsWith("contender-");
    } finally {
      pool.shutdownNow();
    }
  }

  protected static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  protected static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
