package dev.coinengine.core.config;

/** A deployment profile; each has an overlay {@code config/scalable_engine-<code>.yaml}. */
public enum Profile {
  /** Everything on one machine: embedded S3 and SQS servers, offline market data. */
  LOCAL("local"),
  /** Real S3 and SQS: endpoints blank, credentials from the AWS default chain. */
  AWS("aws");

  private final String code;

  Profile(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Profile parse(String code) {
    for (Profile profile : values()) {
      if (profile.code.equals(code)) {
        return profile;
      }
    }
    throw new IllegalArgumentException("unknown profile '" + code + "' (expected local or aws)");
  }
}
