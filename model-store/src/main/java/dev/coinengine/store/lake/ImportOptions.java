package dev.coinengine.store.lake;

/**
 * How {@link KlineImporter} works.
 *
 * @param threads files parsed and written at once
 * @param symbolsPerCommit staged files per atomic commit; smaller makes progress durable sooner,
 *     larger makes fewer snapshots
 */
public record ImportOptions(int threads, int symbolsPerCommit) {

  public ImportOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    if (symbolsPerCommit < 1) {
      throw new IllegalArgumentException("symbolsPerCommit must be >= 1, was " + symbolsPerCommit);
    }
  }

  /** One thread per core, 50 symbols per commit. */
  public static ImportOptions defaults() {
    return new ImportOptions(Runtime.getRuntime().availableProcessors(), 50);
  }
}
