package dev.coinengine.core.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * K-fold cross-validation over contiguous, unshuffled folds, with purging and an embargo after each
 * test fold (López de Prado, <i>Advances in Financial Machine Learning</i>, 2018, ch. 7).
 */
public record PurgedKFold(int folds, Embargo embargo) implements Splitter {

  public PurgedKFold {
    if (folds < 2) {
      throw new IllegalArgumentException("folds must be >= 2, was " + folds);
    }
    if (embargo == null) {
      throw new IllegalArgumentException("embargo must not be null");
    }
  }

  @Override
  public List<Split> splits(LabelSpans spans) {
    int n = spans.size();
    int[] bounds = Purge.groupBounds(n, folds);
    int embargoBars = embargo.barsFor(n);
    List<Split> splits = new ArrayList<>(folds);
    for (int k = 0; k < folds; k++) {
      splits.add(
          Purge.split(
              spans, 0, n, new int[] {bounds[k]}, new int[] {bounds[k + 1]}, embargoBars, 0));
    }
    return List.copyOf(splits);
  }
}
