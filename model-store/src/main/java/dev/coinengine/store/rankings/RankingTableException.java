package dev.coinengine.store.rankings;

/** Reading or writing {@code market.coin_rankings} failed (I/O or commit). */
public final class RankingTableException extends RuntimeException {
  public RankingTableException(String message, Throwable cause) {
    super(message, cause);
  }
}
