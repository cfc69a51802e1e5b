package dev.coinengine.core.features;

import dev.coinengine.core.market.BarSeries;
import java.util.List;

/**
 * Any computation over bar series that yields columns aligned to the rows of the first series; what
 * {@link LookAheadAudit} checks. Entries of {@code inputs} may be {@code null}.
 */
@FunctionalInterface
public interface SeriesComputation {
  double[][] compute(List<BarSeries> inputs);
}
