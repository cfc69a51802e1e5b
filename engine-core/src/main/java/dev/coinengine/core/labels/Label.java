package dev.coinengine.core.labels;

/** What a trade opened at a bar's close and closed a horizon later would have been worth. */
public enum Label {
  /** Buying beat the round-trip cost plus the margin. */
  LONG,
  /** Neither side beat the cost plus the margin. */
  FLAT,
  /** Selling beat the round-trip cost plus the margin. */
  SHORT
}
