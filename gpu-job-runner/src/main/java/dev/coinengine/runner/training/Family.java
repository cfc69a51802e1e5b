package dev.coinengine.runner.training;

/** Model families, all exportable to ONNX. */
public enum Family {
  /**
   * Multinomial logistic regression by SGD (Tribuo {@code LinearSGDTrainer}, log loss, AdaGrad).
   */
  LINEAR_SGD("linear-sgd"),
  /** Factorization machine classifier (Tribuo {@code FMClassificationTrainer}, log loss). */
  FACTORIZATION_MACHINE("factorization-machine"),
  /** The two above averaged with equal weight (Tribuo {@code WeightedEnsembleModel}). */
  LINEAR_FM_ENSEMBLE("linear-fm-ensemble");

  private final String code;

  Family(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Family parse(String code) {
    for (Family family : values()) {
      if (family.code.equals(code)) {
        return family;
      }
    }
    throw new IllegalArgumentException(
        "unknown family '"
            + code
            + "' (expected linear-sgd, factorization-machine or linear-fm-ensemble)");
  }
}
