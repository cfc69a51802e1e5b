package dev.coinengine.store.lake;

/** Told about an import's progress after each file and after each commit, on the calling thread. */
@FunctionalInterface
public interface ImportListener {

  void progress(ImportProgress progress);

  static ImportListener none() {
    return progress -> {};
  }
}
