package dev.coinengine.core.config;

import java.util.Optional;

/** A static access key pair; {@link #toString()} never shows the secret. */
public record Credentials(String accessKey, String secretKey) {

  public Credentials {
    if (accessKey == null || accessKey.isBlank()) {
      throw Checks.invalid("access-key", "must be set when secret-key is set");
    }
    if (secretKey == null || secretKey.isBlank()) {
      throw Checks.invalid("secret-key", "must be set when access-key is set");
    }
  }

  /** Both keys blank means "use the AWS default credentials chain" and gives empty. */
  static Optional<Credentials> from(ConfigNode node) {
    Optional<String> access = node.optionalString("access-key");
    Optional<String> secret = node.optionalString("secret-key");
    if (access.isEmpty() && secret.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(node.build(() -> new Credentials(access.orElse(""), secret.orElse(""))));
  }

  @Override
  public String toString() {
    return "Credentials[accessKey=" + accessKey + ", secretKey=****]";
  }
}
