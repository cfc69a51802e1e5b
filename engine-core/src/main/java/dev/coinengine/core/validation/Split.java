package dev.coinengine.core.validation;

import java.util.Arrays;

/**
 * One train/test split: strictly increasing, disjoint sample indices. The arrays are copied on the
 * way in and on the way out.
 */
public record Split(int[] train, int[] test) {

  public Split {
    requireSorted("train", train);
    requireSorted("test", test);
    if (test.length == 0) {
      throw new IllegalArgumentException("test must not be empty");
    }
    for (int i = 0, j = 0; i < train.length && j < test.length; ) {
      if (train[i] == test[j]) {
        throw new IllegalArgumentException("sample " + train[i] + " is in both train and test");
      }
      if (train[i] < test[j]) {
        i++;
      } else {
        j++;
      }
    }
    train = train.clone();
    test = test.clone();
  }

  @Override
  public int[] train() {
    return train.clone();
  }

  @Override
  public int[] test() {
    return test.clone();
  }

  /** The training sample at {@code position} (0-based) of the training set, without a copy. */
  public int trainSample(int position) {
    return train[position];
  }

  /** The test sample at {@code position} (0-based) of the test set, without a copy. */
  public int testSample(int position) {
    return test[position];
  }

  public int trainSize() {
    return train.length;
  }

  public int testSize() {
    return test.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Split other
        && Arrays.equals(train, other.train)
        && Arrays.equals(test, other.test);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(train) + Arrays.hashCode(test);
  }

  @Override
  public String toString() {
    return "Split[train=" + describe(train) + ", test=" + describe(test) + "]";
  }

  private static String describe(int[] indices) {
    return indices.length <= 20
        ? Arrays.toString(indices)
        : indices.length + " samples " + indices[0] + ".." + indices[indices.length - 1];
  }

  private static void requireSorted(String field, int[] indices) {
    if (indices == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    for (int i = 0; i < indices.length; i++) {
      if (indices[i] < 0 || (i > 0 && indices[i] <= indices[i - 1])) {
        throw new IllegalArgumentException(
            field
                + " indices must be >= 0 and strictly increasing, was "
                + indices[i]
                + " at "
                + i);
      }
    }
  }
}
