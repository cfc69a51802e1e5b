package dev.coinengine.core.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * Combinatorial purged cross-validation (AFML ch. 12): the samples are cut into {@code groups}
 * contiguous groups and every combination of {@code testGroups} of them is a test set, giving C(N,
 * k) splits. Each group is tested in C(N-1, k-1) splits, so the out-of-sample values assemble into
 * φ = k/N · C(N, k) complete backtest paths.
 */
public record CombinatorialPurgedCV(int groups, int testGroups, Embargo embargo)
    implements Splitter {

  public CombinatorialPurgedCV {
    if (groups < 2) {
      throw new IllegalArgumentException("groups must be >= 2, was " + groups);
    }
    if (testGroups < 1 || testGroups >= groups) {
      throw new IllegalArgumentException(
          "testGroups must be in [1, " + (groups - 1) + "], was " + testGroups);
    }
    if (embargo == null) {
      throw new IllegalArgumentException("embargo must not be null");
    }
  }

  public int splitCount() {
    return Math.toIntExact(CombinatoricsUtils.binomialCoefficient(groups, testGroups));
  }

  public int pathCount() {
    return Math.toIntExact(CombinatoricsUtils.binomialCoefficient(groups - 1, testGroups - 1));
  }

  /** The test groups of every split, in lexicographic order (the order of {@link #splits}). */
  public List<int[]> combinations() {
    List<int[]> out = new ArrayList<>(splitCount());
    int[] c = new int[testGroups];
    for (int i = 0; i < testGroups; i++) {
      c[i] = i;
    }
    while (true) {
      out.add(c.clone());
      int i = testGroups - 1;
      while (i >= 0 && c[i] == groups - testGroups + i) {
        i--;
      }
      if (i < 0) {
        return out;
      }
      c[i]++;
      for (int j = i + 1; j < testGroups; j++) {
        c[j] = c[j - 1] + 1;
      }
    }
  }

  @Override
  public List<Split> splits(LabelSpans spans) {
    int n = spans.size();
    int[] bounds = Purge.groupBounds(n, groups);
    int embargoBars = embargo.barsFor(n);
    List<Split> splits = new ArrayList<>(splitCount());
    for (int[] combination : combinations()) {
      // Adjacent test groups form one block so purging looks at their joint span.
      int[] from = new int[combination.length];
      int[] to = new int[combination.length];
      int blocks = 0;
      for (int g : combination) {
        if (blocks > 0 && to[blocks - 1] == bounds[g]) {
          to[blocks - 1] = bounds[g + 1];
        } else {
          from[blocks] = bounds[g];
          to[blocks] = bounds[g + 1];
          blocks++;
        }
      }
      splits.add(
          Purge.split(
              spans, 0, n, Arrays.copyOf(from, blocks), Arrays.copyOf(to, blocks), embargoBars, 0));
    }
    return List.copyOf(splits);
  }

  /**
   * The backtest paths: path {@code p} takes, for each group, the {@code p}-th split (in split
   * order) that tests the group.
   */
  public List<BacktestPath> paths() {
    int[][] assignment = new int[pathCount()][groups];
    int[] used = new int[groups];
    List<int[]> combinations = combinations();
    for (int s = 0; s < combinations.size(); s++) {
      for (int g : combinations.get(s)) {
        assignment[used[g]++][g] = s;
      }
    }
    List<BacktestPath> paths = new ArrayList<>(assignment.length);
    for (int[] path : assignment) {
      paths.add(new BacktestPath(path));
    }
    return List.copyOf(paths);
  }

  /**
   * Assembles one path's out-of-sample series. {@code valuesBySplit.get(s)[i]} is the value split
   * {@code s} produced for sample {@code i} (only its test samples are read); all arrays have one
   * entry per sample.
   */
  public double[] assemble(BacktestPath path, List<double[]> valuesBySplit) {
    if (path.groups() != groups) {
      throw new IllegalArgumentException(
          "path has " + path.groups() + " groups, this CV has " + groups);
    }
    if (valuesBySplit.size() != splitCount()) {
      throw new IllegalArgumentException(
          "expected values for " + splitCount() + " splits, got " + valuesBySplit.size());
    }
    int n = valuesBySplit.get(0).length;
    int[] bounds = Purge.groupBounds(n, groups);
    double[] out = new double[n];
    for (int g = 0; g < groups; g++) {
      double[] source = valuesBySplit.get(path.splitOf(g));
      if (source.length != n) {
        throw new IllegalArgumentException(
            "split " + path.splitOf(g) + " has " + source.length + " values, expected " + n);
      }
      System.arraycopy(source, bounds[g], out, bounds[g], bounds[g + 1] - bounds[g]);
    }
    return out;
  }
}
