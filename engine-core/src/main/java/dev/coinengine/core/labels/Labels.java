package dev.coinengine.core.labels;

import java.util.Objects;

/**
 * Labels of every bar of a series. Row {@code i} is the decision at the close of bar {@code i}; its
 * label spans {@code [labelStartMs(i), labelEndMs(i)]}, which purged cross-validation uses to drop
 * training rows whose span overlaps a test span. The last {@code horizonBars} rows have no full
 * horizon and are unlabelled (not FLAT).
 */
public final class Labels {
  private final String symbol;
  private final LabelSpec spec;
  private final Label[] labels;
  private final double[] forwardReturns;
  private final long[] labelStartMs;
  private final long[] labelEndMs;

  Labels(
      String symbol,
      LabelSpec spec,
      Label[] labels,
      double[] forwardReturns,
      long[] labelStartMs,
      long[] labelEndMs) {
    this.symbol = Objects.requireNonNull(symbol, "symbol");
    this.spec = Objects.requireNonNull(spec, "spec");
    this.labels = labels;
    this.forwardReturns = forwardReturns;
    this.labelStartMs = labelStartMs;
    this.labelEndMs = labelEndMs;
  }

  public String symbol() {
    return symbol;
  }

  public LabelSpec spec() {
    return spec;
  }

  public int rows() {
    return labels.length;
  }

  public boolean isLabelled(int row) {
    return labels[row] != null;
  }

  /** The label of a labelled row. */
  public Label label(int row) {
    if (labels[row] == null) {
      throw new IllegalArgumentException(
          symbol + ": row " + row + " has no full horizon of " + spec.horizonBars() + " bars");
    }
    return labels[row];
  }

  /** Gross forward log return {@code ln(close[i + h] / close[i])}; NaN where unlabelled. */
  public double forwardReturn(int row) {
    return forwardReturns[row];
  }

  /** Close time of bar {@code row}: when the decision is made. */
  public long labelStartMs(int row) {
    return labelStartMs[row];
  }

  /** Close time of bar {@code row + horizonBars}: when the outcome is known; -1 if unlabelled. */
  public long labelEndMs(int row) {
    return labelEndMs[row];
  }

  public int labelledRows() {
    int count = 0;
    for (Label label : labels) {
      if (label != null) {
        count++;
      }
    }
    return count;
  }

  public int count(Label label) {
    int count = 0;
    for (Label l : labels) {
      if (l == label) {
        count++;
      }
    }
    return count;
  }
}
