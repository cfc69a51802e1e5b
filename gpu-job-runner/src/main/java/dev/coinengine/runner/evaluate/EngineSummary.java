package dev.coinengine.runner.evaluate;

/**
 * One engine (family) in one regime at one timeframe, pooled over the coins.
 *
 * @param coins coins whose walk-forward ran for this engine
 * @param skipped coins where it could not run (too few rows of the regime, one class, ...)
 * @param hitRate share of out-of-sample decisions whose class was the label
 * @param oosSamples pooled out-of-sample decisions
 * @param sharpe annualised Sharpe ratio of the pooled net returns (the engine flat outside its
 *     regime, every trade paying the round-trip cost)
 * @param medianNetReturn median over the coins of the engine's pooled net return (a mean would be
 *     dominated by a few coins trading at a few price ticks)
 */
public record EngineSummary(
    String family,
    String regime,
    String timeframe,
    int coins,
    int skipped,
    double hitRate,
    long oosSamples,
    double sharpe,
    double medianNetReturn) {}
