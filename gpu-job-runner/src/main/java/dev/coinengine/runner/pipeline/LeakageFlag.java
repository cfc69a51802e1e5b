package dev.coinengine.runner.pipeline;

/**
 * A leakage check that failed. Any flag rejects the model.
 *
 * @param check {@link #LOOK_AHEAD}, {@link #PERMUTATION} or {@link #OVERLAP}
 * @param subject the feature or model the check names
 * @param detail what was observed
 */
public record LeakageFlag(String check, String subject, String detail) {
  /** A feature at or before bar t changed when bars after t changed. */
  public static final String LOOK_AHEAD = "look-ahead";

  /** A model trained on permuted labels showed an out-of-sample edge. */
  public static final String PERMUTATION = "label-permutation";

  /** After purging, a training label span intersects a test label span. */
  public static final String OVERLAP = "overlap";

  public LeakageFlag {
    for (String[] field :
        new String[][] {{"check", check}, {"subject", subject}, {"detail", detail}}) {
      if (field[1] == null || field[1].isBlank()) {
        throw new IllegalArgumentException(field[0] + " must not be blank, was '" + field[1] + "'");
      }
    }
  }

  /** The gate reason: {@code leakage: <check> <subject>: <detail>}. */
  public String reason() {
    return "leakage: " + check + " " + subject + ": " + detail;
  }
}
