package dev.coinengine.runner.training;

import java.util.Map;
import java.util.TreeMap;

/**
 * A family and its hyperparameters. Every field goes into the exported model's metadata.
 *
 * @param epochs passes over the training rows
 * @param learningRate AdaGrad initial learning rate
 * @param adagradEpsilon AdaGrad epsilon (initial accumulator)
 * @param minibatchSize rows per gradient step
 * @param factors factorized dimension of the FM (ignored by the linear family)
 * @param factorVariance variance of the FM's initial factor weights
 * @param seed seed of the SGD shuffle and of the FM's initial factors
 */
public record TrainerSpec(
    Family family,
    int epochs,
    double learningRate,
    double adagradEpsilon,
    int minibatchSize,
    int factors,
    double factorVariance,
    long seed) {

  public TrainerSpec {
    if (family == null) {
      throw new IllegalArgumentException("family must not be null");
    }
    if (epochs < 1) {
      throw new IllegalArgumentException("epochs must be >= 1, was " + epochs);
    }
    requirePositive("learningRate", learningRate);
    requirePositive("adagradEpsilon", adagradEpsilon);
    if (minibatchSize < 1) {
      throw new IllegalArgumentException("minibatchSize must be >= 1, was " + minibatchSize);
    }
    if (factors < 1) {
      throw new IllegalArgumentException("factors must be >= 1, was " + factors);
    }
    requirePositive("factorVariance", factorVariance);
  }

  /** The defaults documented in {@code docs/training.md}: few epochs, to keep a job cheap. */
  public static TrainerSpec defaults(Family family, long seed) {
    return new TrainerSpec(family, 5, 0.1, 0.1, 1, 4, 0.1, seed);
  }

  public TrainerSpec withFamily(Family newFamily) {
    return new TrainerSpec(
        newFamily,
        epochs,
        learningRate,
        adagradEpsilon,
        minibatchSize,
        factors,
        factorVariance,
        seed);
  }

  /** The hyperparameters the family uses, sorted by name. */
  public Map<String, String> hyperparameters() {
    Map<String, String> out = new TreeMap<>();
    out.put("objective", "LogMulticlass");
    out.put("optimiser", "AdaGrad");
    out.put("epochs", Integer.toString(epochs));
    out.put("learning_rate", Double.toString(learningRate));
    out.put("adagrad_epsilon", Double.toString(adagradEpsilon));
    out.put("minibatch_size", Integer.toString(minibatchSize));
    if (family != Family.LINEAR_SGD) {
      out.put("fm_factors", Integer.toString(factors));
      out.put("fm_variance", Double.toString(factorVariance));
    }
    if (family == Family.LINEAR_FM_ENSEMBLE) {
      out.put("combiner", "FullyWeightedVotingCombiner(equal weights)");
    }
    return out;
  }

  private static void requirePositive(String field, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number > 0, was " + value);
    }
  }
}
