package dev.coinengine.store.object;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateBucketRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * An {@link ObjectStore} on one S3 bucket, for AWS or any S3-compatible server. Files larger than
 * the part size are uploaded in parts, so neither memory nor the 5 GB single-PUT limit bounds them.
 */
public final class S3ObjectStore implements ObjectStore {
  /** S3's smallest allowed part (every part but the last). */
  public static final long MIN_PART_SIZE = 5L * 1024 * 1024;

  public static final long DEFAULT_PART_SIZE = 64L * 1024 * 1024;

  private static final int CONDITIONAL_CONFLICT_ATTEMPTS = 3;

  private final S3Client s3;
  private final String bucket;
  private final long partSize;

  public S3ObjectStore(S3Client s3, String bucket) {
    this(s3, bucket, DEFAULT_PART_SIZE);
  }

  /** A store that uploads files larger than {@code partSize} bytes in parts of that size. */
  public S3ObjectStore(S3Client s3, String bucket, long partSize) {
    this.s3 = Objects.requireNonNull(s3, "s3");
    if (bucket == null || bucket.isBlank() || bucket.contains("/")) {
      throw new IllegalArgumentException(
          "bucket must be non-blank without '/', was '" + bucket + "'");
    }
    // A part buffer is one array, so it must fit in an int.
    if (partSize < MIN_PART_SIZE || partSize > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "partSize must be in [" + MIN_PART_SIZE + ", 2 GiB), was " + partSize);
    }
    this.bucket = bucket;
    this.partSize = partSize;
  }

  public String bucket() {
    return bucket;
  }

  /** Creates the bucket unless it exists already. */
  public void ensureBucket() {
    try {
      s3.headBucket(b -> b.bucket(bucket));
      return;
    } catch (NoSuchBucketException e) {
      // create it below
    } catch (S3Exception e) {
      if (e.statusCode() != 404) {
        throw failure("check bucket", "", e);
      }
    } catch (SdkException e) {
      throw failure("check bucket", "", e);
    }
    CreateBucketRequest.Builder request = CreateBucketRequest.builder().bucket(bucket);
    Region region = s3.serviceClientConfiguration().region();
    // us-east-1 rejects an explicit location constraint; every other region requires one.
    if (region != null && !Region.US_EAST_1.equals(region)) {
      request.createBucketConfiguration(c -> c.locationConstraint(region.id()));
    }
    try {
      s3.createBucket(request.build());
    } catch (BucketAlreadyOwnedByYouException e) {
      // Another process created it between our check and our create.
    } catch (SdkException e) {
      throw failure("create bucket", "", e);
    }
  }

  @Override
  public void put(String key, byte[] bytes) {
    ObjectStore.requireValidKey(key);
    Objects.requireNonNull(bytes, "bytes");
    try {
      s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
    } catch (SdkException e) {
      throw failure("put", key, e);
    }
  }

  @Override
  public void put(String key, Path file) {
    ObjectStore.requireValidKey(key);
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new ObjectStoreException("cannot read " + file + " to store it as " + uri(key), e);
    }
    if (size <= partSize) {
      try {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(file));
      } catch (SdkException e) {
        throw failure("put", key, e);
      }
    } else {
      putInParts(key, file, size);
    }
  }

  private void putInParts(String key, Path file, long size) {
    String uploadId;
    try {
      uploadId =
          s3.createMultipartUpload(
                  b -> b.bucket(bucket).key(key).checksumAlgorithm(ChecksumAlgorithm.CRC32))
              .uploadId();
    } catch (SdkException e) {
      throw failure("start multipart upload", key, e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      List<CompletedPart> parts = new ArrayList<>();
      byte[] buffer = new byte[(int) partSize];
      int partNumber = 1;
      for (long offset = 0; offset < size; offset += partSize, partNumber++) {
        int length = (int) Math.min(partSize, size - offset);
        if (in.readNBytes(buffer, 0, length) != length) {
          throw new IOException(file + " shrank while it was being uploaded");
        }
        int number = partNumber;
        // The provider may be called again when the SDK retries the part.
        UploadPartResponse response =
            s3.uploadPart(
                b ->
                    b.bucket(bucket)
                        .key(key)
                        .uploadId(uploadId)
                        .partNumber(number)
                        .checksumAlgorithm(ChecksumAlgorithm.CRC32),
                RequestBody.fromContentProvider(
                    () -> new ByteArrayInputStream(buffer, 0, length),
                    length,
                    "application/octet-stream"));
        parts.add(
            CompletedPart.builder()
                .partNumber(number)
                .eTag(response.eTag())
                .checksumCRC32(response.checksumCRC32())
                .build());
      }
      s3.completeMultipartUpload(
          b -> b.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(m -> m.parts(parts)));
    } catch (IOException | RuntimeException e) {
      abort(key, uploadId, e);
      if (e instanceof SdkException sdk) {
        throw failure("multipart upload", key, sdk);
      }
      throw new ObjectStoreException("cannot upload " + file + " as " + uri(key), e);
    }
  }

  private void abort(String key, String uploadId, Exception cause) {
    try {
      s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
    } catch (SdkException e) {
      // The original failure matters more; a bucket lifecycle rule can clean the rest.
      cause.addSuppressed(e);
    }
  }

  @Override
  public boolean putIfAbsent(String key, byte[] bytes) {
    ObjectStore.requireValidKey(key);
    Objects.requireNonNull(bytes, "bytes");
    for (int attempt = 1; ; attempt++) {
      try {
        s3.putObject(b -> b.bucket(bucket).key(key).ifNoneMatch("*"), RequestBody.fromBytes(bytes));
        return true;
      } catch (S3Exception e) {
        if (e.statusCode() == 412) {
          return false;
        }
        // 409: another conditional write on the same key was in flight; S3 asks to retry.
        if (e.statusCode() != 409 || attempt == CONDITIONAL_CONFLICT_ATTEMPTS) {
          throw failure("put if absent", key, e);
        }
      } catch (SdkException e) {
        throw failure("put if absent", key, e);
      }
    }
  }

  @Override
  public Optional<byte[]> get(String key) {
    ObjectStore.requireValidKey(key);
    try {
      return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray());
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (SdkException e) {
      throw failure("get", key, e);
    }
  }

  @Override
  public Optional<ObjectInfo> head(String key) {
    ObjectStore.requireValidKey(key);
    try {
      HeadObjectResponse head = s3.headObject(b -> b.bucket(bucket).key(key));
      return Optional.of(new ObjectInfo(key, head.contentLength(), head.lastModified()));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (S3Exception e) {
      // A HEAD response has no body, so some servers' 404 carries no error code.
      if (e.statusCode() == 404) {
        return Optional.empty();
      }
      throw failure("head", key, e);
    } catch (SdkException e) {
      throw failure("head", key, e);
    }
  }

  @Override
  public List<ObjectInfo> list(String prefix) {
    ObjectStore.requireValidPrefix(prefix);
    try {
      return s3
          .listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix.isEmpty() ? null : prefix))
          .contents()
          .stream()
          .map(o -> new ObjectInfo(o.key(), o.size(), o.lastModified()))
          .toList();
    } catch (SdkException e) {
      throw failure("list", prefix, e);
    }
  }

  @Override
  public void delete(String key) {
    ObjectStore.requireValidKey(key);
    try {
      s3.deleteObject(b -> b.bucket(bucket).key(key));
    } catch (SdkException e) {
      throw failure("delete", key, e);
    }
  }

  @Override
  public String uri(String key) {
    return "s3://" + bucket + "/" + ObjectStore.requireValidKey(key);
  }

  private ObjectStoreException failure(String operation, String key, SdkException e) {
    return new ObjectStoreException(
        "S3 " + operation + " failed for s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
  }
}
