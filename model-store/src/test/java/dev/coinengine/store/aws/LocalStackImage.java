package dev.coinengine.store.aws;

/** The LocalStack image the *LocalStackIT tests run, pinned so results are repeatable. */
public final class LocalStackImage {
  // A pinned 4.x community tag: newer "latest" images ask for an auth token.
  public static final String NAME = "localstack/localstack:4.4";

  private LocalStackImage() {}
}
