package dev.coinengine.core.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Walk-forward windows: train on the past, test on the block that follows, move on by {@code
 * stepBars}. Windows are aligned to the end of the data so the newest samples are always tested;
 * the oldest windows are dropped when {@link #limitedTo} caps the count.
 *
 * <p>Training labels that reach into the test block are purged, and the embargo removes the {@code
 * n} surviving training samples closest before the test block (features built from trailing windows
 * are serially correlated with the first test bars even when labels do not overlap).
 */
public record WalkForward(
    Mode mode, int trainBars, int testBars, int stepBars, Embargo embargo, int maxWindows)
    implements Splitter {

  /** Rolling keeps the training window length fixed; anchored always trains from sample 0. */
  public enum Mode {
    ROLLING,
    ANCHORED
  }

  public WalkForward {
    if (mode == null) {
      throw new IllegalArgumentException("mode must not be null");
    }
    requirePositive("trainBars", trainBars);
    requirePositive("testBars", testBars);
    requirePositive("stepBars", stepBars);
    requirePositive("maxWindows", maxWindows);
    if (embargo == null) {
      throw new IllegalArgumentException("embargo must not be null");
    }
  }

  /** Fixed-length training window of {@code trainBars}. */
  public static WalkForward rolling(int trainBars, int testBars, int stepBars) {
    return new WalkForward(
        Mode.ROLLING, trainBars, testBars, stepBars, Embargo.none(), Integer.MAX_VALUE);
  }

  /** Training from the first sample; the oldest window trains on at least {@code trainBars}. */
  public static WalkForward anchored(int trainBars, int testBars, int stepBars) {
    return new WalkForward(
        Mode.ANCHORED, trainBars, testBars, stepBars, Embargo.none(), Integer.MAX_VALUE);
  }

  public WalkForward withEmbargo(Embargo newEmbargo) {
    return new WalkForward(mode, trainBars, testBars, stepBars, newEmbargo, maxWindows);
  }

  /** Keeps only the {@code windows} most recent windows. */
  public WalkForward limitedTo(int windows) {
    return new WalkForward(mode, trainBars, testBars, stepBars, embargo, windows);
  }

  /** How many windows fit into {@code sampleCount} samples (before {@link #limitedTo}). */
  public int windowsFor(int sampleCount) {
    long free = (long) sampleCount - trainBars - testBars;
    return free < 0 ? 0 : (int) (free / stepBars + 1);
  }

  /** Oldest window first. */
  @Override
  public List<Split> splits(LabelSpans spans) {
    int n = spans.size();
    int available = windowsFor(n);
    if (available == 0) {
      throw new IllegalArgumentException(
          n + " samples cannot hold " + trainBars + " training and " + testBars + " test samples");
    }
    int windows = Math.min(available, maxWindows);
    int embargoBars = embargo.barsFor(n);
    List<Split> splits = new ArrayList<>(windows);
    for (int w = windows - 1; w >= 0; w--) {
      int testTo = n - w * stepBars;
      int testFrom = testTo - testBars;
      int trainFrom = mode == Mode.ROLLING ? testFrom - trainBars : 0;
      splits.add(
          Purge.split(
              spans,
              trainFrom,
              testFrom,
              new int[] {testFrom},
              new int[] {testTo},
              0,
              embargoBars));
    }
    return List.copyOf(splits);
  }

  private static void requirePositive(String field, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(field + " must be >= 1, was " + value);
    }
  }
}
