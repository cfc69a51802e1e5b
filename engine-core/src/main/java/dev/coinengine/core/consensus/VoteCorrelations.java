package dev.coinengine.core.consensus;

import dev.coinengine.core.gate.Outcome;
import dev.coinengine.core.regime.Regime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Out-of-sample correlations of engines' votes, per regime. Immutable. A vote counts as its sign
 * ({@code +1} LONG, {@code -1} SHORT, {@code 0} FLAT); two engines are paired on the bars where
 * both voted on the same symbol. Unknown pairs count as uncorrelated.
 */
public final class VoteCorrelations {
  private static final VoteCorrelations NONE = new VoteCorrelations(Map.of());

  private final Map<Regime, Matrix> matrices;

  private VoteCorrelations(Map<Regime, Matrix> matrices) {
    this.matrices = matrices;
  }

  /** No correlations known: every engine counts as independent. */
  public static VoteCorrelations none() {
    return NONE;
  }

  /**
   * Pearson correlations of vote signs from recorded outcomes, shrunk toward zero: {@code rho x n /
   * (n + priorStrength)} for {@code n} paired votes; 0 where either engine never changed its vote.
   */
  public static VoteCorrelations estimate(Collection<Outcome> outcomes, double priorStrength) {
    if (!(priorStrength >= 0) || Double.isInfinite(priorStrength)) {
      throw new IllegalArgumentException(
          "priorStrength must be finite and >= 0, was " + priorStrength);
    }
    Map<Regime, Map<Bar, Map<String, Integer>>> votes = new EnumMap<>(Regime.class);
    Map<Regime, TreeSet<String>> engines = new EnumMap<>(Regime.class);
    for (Outcome o : outcomes) {
      votes
          .computeIfAbsent(o.regime(), r -> new HashMap<>())
          .computeIfAbsent(new Bar(o.symbol(), o.at()), b -> new HashMap<>())
          .put(o.engineId(), o.direction().sign());
      engines.computeIfAbsent(o.regime(), r -> new TreeSet<>()).add(o.engineId());
    }
    Map<Regime, Matrix> matrices = new EnumMap<>(Regime.class);
    votes.forEach(
        (regime, bars) -> {
          List<String> ids = new ArrayList<>(engines.get(regime));
          Map<String, Integer> index = indexOf(ids);
          int k = ids.size();
          double[][][] sums = new double[k][k][6]; // n, sx, sy, sxx, syy, sxy
          for (Map<String, Integer> bar : bars.values()) {
            int[] who = new int[bar.size()];
            int[] sign = new int[bar.size()];
            int m = 0;
            for (Map.Entry<String, Integer> e : bar.entrySet()) {
              who[m] = index.get(e.getKey());
              sign[m++] = e.getValue();
            }
            for (int a = 0; a < m; a++) {
              for (int b = 0; b < m; b++) {
                if (who[a] < who[b]) {
                  double[] s = sums[who[a]][who[b]];
                  double x = sign[a];
                  double y = sign[b];
                  s[0]++;
                  s[1] += x;
                  s[2] += y;
                  s[3] += x * x;
                  s[4] += y * y;
                  s[5] += x * y;
                }
              }
            }
          }
          double[][] rho = new double[k][k];
          for (int i = 0; i < k; i++) {
            rho[i][i] = 1.0;
            for (int j = i + 1; j < k; j++) {
              double[] s = sums[i][j];
              double n = s[0];
              double vx = s[3] - s[1] * s[1] / n;
              double vy = s[4] - s[2] * s[2] / n;
              double r =
                  n > 1 && vx > 0 && vy > 0 ? (s[5] - s[1] * s[2] / n) / Math.sqrt(vx * vy) : 0;
              r = Math.max(-1, Math.min(1, r)) * n / (n + priorStrength);
              rho[i][j] = r;
              rho[j][i] = r;
            }
          }
          matrices.put(regime, new Matrix(index, rho));
        });
    return new VoteCorrelations(matrices);
  }

  /**
   * Correlations given directly, for one regime: {@code correlations[i][j]} between {@code
   * engineIds.get(i)} and {@code engineIds.get(j)}; must be symmetric with values in [-1, 1].
   */
  public VoteCorrelations with(Regime regime, List<String> engineIds, double[][] correlations) {
    int k = engineIds.size();
    if (correlations.length != k) {
      throw new IllegalArgumentException(
          "correlations must be " + k + " x " + k + ", has " + correlations.length + " rows");
    }
    double[][] rho = new double[k][k];
    for (int i = 0; i < k; i++) {
      if (correlations[i].length != k) {
        throw new IllegalArgumentException("correlations row " + i + " must have " + k + " values");
      }
      for (int j = 0; j < k; j++) {
        double r = correlations[i][j];
        if (!(r >= -1 && r <= 1) || r != correlations[j][i]) {
          throw new IllegalArgumentException(
              "correlations must be symmetric in [-1, 1], [" + i + "][" + j + "] was " + r);
        }
        rho[i][j] = i == j ? 1.0 : r;
      }
    }
    Map<Regime, Matrix> copy = new EnumMap<>(Regime.class);
    copy.putAll(matrices);
    copy.put(regime, new Matrix(indexOf(engineIds), rho));
    return new VoteCorrelations(copy);
  }

  /**
   * The correlation of two engines' votes in a regime; 1 for an engine with itself, else 0 if
   * unknown.
   */
  public double correlation(Regime regime, String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    Matrix matrix = matrices.get(regime);
    if (matrix == null) {
      return 0.0;
    }
    Integer i = matrix.index.get(a);
    Integer j = matrix.index.get(b);
    return i == null || j == null ? 0.0 : matrix.rho[i][j];
  }

  /**
   * The independence of each engine among those with {@code active[i]}: {@code 1 / (1 + sum over
   * the other active j of max(0, rho_ij))}; 0 for inactive ones. With {@code k} engines all
   * correlated {@code rho} the sum of the factors is {@code k / (1 + (k - 1) rho)}, the effective
   * number of independent votes.
   */
  double[] independence(Regime regime, String[] engineIds, boolean[] active) {
    int k = engineIds.length;
    double[] out = new double[k];
    Matrix matrix = matrices.get(regime);
    int[] rows = new int[k];
    for (int i = 0; i < k; i++) {
      Integer row = matrix == null ? null : matrix.index.get(engineIds[i]);
      rows[i] = row == null ? -1 : row;
    }
    for (int i = 0; i < k; i++) {
      if (!active[i]) {
        continue;
      }
      double overlap = 0;
      if (rows[i] >= 0) {
        double[] rho = matrix.rho[rows[i]];
        for (int j = 0; j < k; j++) {
          if (j != i && active[j] && rows[j] >= 0) {
            overlap += Math.max(0.0, rho[rows[j]]);
          }
        }
      }
      out[i] = 1.0 / (1.0 + overlap);
    }
    return out;
  }

  private static Map<String, Integer> indexOf(List<String> ids) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (String id : ids) {
      if (index.put(id, index.size()) != null) {
        throw new IllegalArgumentException("engine ids must be unique, " + id + " appears twice");
      }
    }
    return Map.copyOf(index);
  }

  private record Bar(String symbol, Instant at) {}

  private record Matrix(Map<String, Integer> index, double[][] rho) {}
}
