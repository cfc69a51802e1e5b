package dev.coinengine.core.validation;

import java.util.Arrays;

/**
 * One combinatorial backtest path: for every group, the index of the split whose test set supplies
 * that group's out-of-sample values.
 */
public record BacktestPath(int[] splitOfGroup) {

  public BacktestPath {
    if (splitOfGroup == null || splitOfGroup.length == 0) {
      throw new IllegalArgumentException("splitOfGroup must not be empty");
    }
    for (int g = 0; g < splitOfGroup.length; g++) {
      if (splitOfGroup[g] < 0) {
        throw new IllegalArgumentException(
            "split index must be >= 0, was " + splitOfGroup[g] + " for group " + g);
      }
    }
    splitOfGroup = splitOfGroup.clone();
  }

  @Override
  public int[] splitOfGroup() {
    return splitOfGroup.clone();
  }

  public int splitOf(int group) {
    return splitOfGroup[group];
  }

  public int groups() {
    return splitOfGroup.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BacktestPath other && Arrays.equals(splitOfGroup, other.splitOfGroup);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(splitOfGroup);
  }

  @Override
  public String toString() {
    return "BacktestPath" + Arrays.toString(splitOfGroup);
  }
}
