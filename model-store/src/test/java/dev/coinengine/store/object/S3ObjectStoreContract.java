package dev.coinengine.store.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The {@link ObjectStoreContract} for {@link S3ObjectStore} on some S3 server, plus what is
 * specific to S3. Each test gets its own bucket; files above 5 MiB are uploaded in parts.
 */
public abstract class S3ObjectStoreContract extends ObjectStoreContract {
  private static final AtomicInteger BUCKETS = new AtomicInteger();
  private final String run = Long.toString(System.currentTimeMillis(), 36);

  /** A client for the server under test. */
  protected abstract S3Client s3();

  protected String newBucketName() {
    return "contract-" + run + "-" + BUCKETS.incrementAndGet();
  }

  @Override
  protected ObjectStore newStore() {
    S3ObjectStore s3Store = new S3ObjectStore(s3(), newBucketName(), S3ObjectStore.MIN_PART_SIZE);
    s3Store.ensureBucket();
    return s3Store;
  }

  @Test
  public void uriIsTheS3UriOfBucketAndKey() {
    S3ObjectStore s3Store = (S3ObjectStore) store;

    assertThat(store.uri("models/a.onnx")).isEqualTo("s3://" + s3Store.bucket() + "/models/a.onnx");
  }

  @Test
  public void ensureBucketIsIdempotentAndKeepsObjects() {
    store.put("k", utf8("v"));

    ((S3ObjectStore) store).ensureBucket();

    assertThat(store.get("k")).hasValueSatisfying(b -> assertThat(text(b)).isEqualTo("v"));
  }

  @Test
  public void objectsAreVisibleToOtherS3Clients() {
    store.put("shared/report.txt", utf8("hello"));

    String read =
        s3().getObjectAsBytes(
                b -> b.bucket(((S3ObjectStore) store).bucket()).key("shared/report.txt"))
            .asUtf8String();

    assertThat(read).isEqualTo("hello");
  }

  @Test
  public void aMissingBucketIsAStoreFailureNotAMissingKey() {
    S3ObjectStore missing = new S3ObjectStore(s3(), newBucketName());

    assertThatThrownBy(() -> missing.put("k", utf8("v")))
        .isInstanceOf(ObjectStoreException.class)
        .hasMessageContaining(missing.bucket());
    assertThatThrownBy(() -> missing.list("")).isInstanceOf(ObjectStoreException.class);
  }

  @Test
  public void partSizeBelowTheS3MinimumIsRejected() {
    assertThatThrownBy(() -> new S3ObjectStore(s3(), "b-c-d", S3ObjectStore.MIN_PART_SIZE - 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("partSize");
  }
}
