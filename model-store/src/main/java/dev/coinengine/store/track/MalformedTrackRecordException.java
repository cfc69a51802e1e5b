package dev.coinengine.store.track;

/** A stored outcome, leaderboard or change could not be read back: the object is corrupt. */
public final class MalformedTrackRecordException extends RuntimeException {

  public MalformedTrackRecordException(String message, Throwable cause) {
    super(message, cause);
  }
}
