package dev.coinengine.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * An S3-compatible server (S3Proxy) on 127.0.0.1 that stores objects in a folder, or in memory when
 * no folder is given. Clients talk to it with the ordinary AWS SDK and path-style addressing.
 */
public final class EmbeddedS3Server implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

  private final S3Proxy proxy;

  private EmbeddedS3Server(S3Proxy proxy) {
    this.proxy = proxy;
  }

  /**
   * Starts a server that keeps buckets as sub-folders of {@code dataDir}; {@code port} 0 picks a
   * free port.
   */
  public static EmbeddedS3Server startOnDisk(
      Path dataDir, int port, String accessKey, String secretKey) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create S3 data folder " + dataDir, e);
    }
    return start(
        new FilesystemNio2BlobStore(dataDir.toAbsolutePath().toString()),
        port,
        accessKey,
        secretKey);
  }

  /** Starts a server that keeps everything in memory, for tests. */
  public static EmbeddedS3Server startInMemory(String accessKey, String secretKey) {
    return start(new TransientNio2BlobStore(), 0, accessKey, secretKey);
  }

  private static EmbeddedS3Server start(
      BlobStore store, int port, String accessKey, String secretKey) {
    Objects.requireNonNull(accessKey, "accessKey");
    Objects.requireNonNull(secretKey, "secretKey");
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(store)
            .endpoint(URI.create("http://127.0.0.1:" + port))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
            // The SDK's multipart uploads send x-amz-mp-object-size, which S3Proxy does not know.
            .ignoreUnknownHeaders(true)
            .build();
    try {
      proxy.start();
      long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
      while (!"STARTED".equals(proxy.getState())) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("S3 server did not start within " + START_TIMEOUT);
        }
        Thread.sleep(10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the S3 server", e);
    } catch (Exception e) {
      throw new IllegalStateException(
          "cannot start the embedded S3 server on 127.0.0.1:" + port + ": " + e.getMessage(), e);
    }
    return new EmbeddedS3Server(proxy);
  }

  public int port() {
    return proxy.getPort();
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + port());
  }

  @Override
  public void close() {
    try {
      proxy.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the embedded S3 server", e);
    }
  }
}
