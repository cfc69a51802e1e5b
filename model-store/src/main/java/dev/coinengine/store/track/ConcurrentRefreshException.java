package dev.coinengine.store.track;

/**
 * Two refreshes tried to save the same leaderboard version; the later one lost and saved nothing.
 */
public final class ConcurrentRefreshException extends RuntimeException {

  public ConcurrentRefreshException(String message) {
    super(message);
  }
}
