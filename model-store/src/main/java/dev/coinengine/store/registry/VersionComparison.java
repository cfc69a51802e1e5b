package dev.coinengine.store.registry;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Two versions side by side.
 *
 * @param a the first version
 * @param b the second version
 * @param metricDeltas {@code b - a} for every metric both have
 * @param metricsOnlyInA metrics {@code b} lacks
 * @param metricsOnlyInB metrics {@code a} lacks
 * @param sameFeatureSpec whether both read the same feature spec (a model swap needs this)
 * @param sameLakeSnapshot whether both were trained on the same lake snapshot
 * @param provenanceDifferences provenance keys whose values differ or exist on one side only
 */
public record VersionComparison(
    ModelVersion a,
    ModelVersion b,
    Map<String, Double> metricDeltas,
    Set<String> metricsOnlyInA,
    Set<String> metricsOnlyInB,
    boolean sameFeatureSpec,
    boolean sameLakeSnapshot,
    Set<String> provenanceDifferences) {

  public VersionComparison {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    metricDeltas = Collections.unmodifiableMap(new TreeMap<>(metricDeltas));
    metricsOnlyInA = Collections.unmodifiableSet(new TreeSet<>(metricsOnlyInA));
    metricsOnlyInB = Collections.unmodifiableSet(new TreeSet<>(metricsOnlyInB));
    provenanceDifferences = Collections.unmodifiableSet(new TreeSet<>(provenanceDifferences));
  }

  /** Compares {@code a} with {@code b}. */
  public static VersionComparison of(ModelVersion a, ModelVersion b) {
    Map<String, Double> deltas = new TreeMap<>();
    Set<String> onlyA = new TreeSet<>();
    Set<String> onlyB = new TreeSet<>(b.metrics().keySet());
    a.metrics()
        .forEach(
            (name, value) -> {
              Double other = b.metrics().get(name);
              if (other == null) {
                onlyA.add(name);
              } else {
                deltas.put(name, other - value);
                onlyB.remove(name);
              }
            });
    Set<String> provenance = new TreeSet<>(a.provenance().keySet());
    provenance.addAll(b.provenance().keySet());
    provenance.removeIf(k -> Objects.equals(a.provenance().get(k), b.provenance().get(k)));
    return new VersionComparison(
        a,
        b,
        deltas,
        onlyA,
        onlyB,
        a.featureSpecHash().equals(b.featureSpecHash()),
        a.lakeSnapshotId().equals(b.lakeSnapshotId()),
        provenance);
  }
}
