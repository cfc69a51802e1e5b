package dev.coinengine.runner.evaluate;

import dev.coinengine.core.labels.LabelSpec;
import dev.coinengine.core.market.Interval;
import dev.coinengine.runner.pipeline.LeakageSettings;
import dev.coinengine.runner.pipeline.WalkForwardSettings;
import dev.coinengine.runner.training.Family;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What to evaluate.
 *
 * @param data folder of kline files ({@code <SYMBOL>-<1h|4h|1d>.csv.gz}); nothing else is read
 * @param from first UTC day of bars to use, {@code null} for the start of the data
 * @param to last UTC day of bars to use (inclusive), {@code null} for the end of the data
 * @param coins symbols to evaluate, empty for every coin in the folder
 * @param timeframes coarser timeframes are resampled from 1h files when no file of their own exists
 * @param families model families per coin × regime (the coin's position is their mean)
 * @param labelSpec labels and the round-trip cost every trade pays
 * @param threads coins evaluated in parallel
 */
public record EvaluationRequest(
    Path data,
    LocalDate from,
    LocalDate to,
    List<String> coins,
    List<Interval> timeframes,
    List<Family> families,
    LabelSpec labelSpec,
    WalkForwardSettings walkForward,
    LeakageSettings leakage,
    int threads,
    long seed) {

  public EvaluationRequest {
    if (data == null) {
      throw new IllegalArgumentException("data must not be null");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from " + from + " is after to " + to);
    }
    coins = List.copyOf(coins);
    if (timeframes == null || timeframes.isEmpty()) {
      throw new IllegalArgumentException("timeframes must not be empty");
    }
    timeframes = List.copyOf(timeframes);
    if (families == null || families.isEmpty()) {
      throw new IllegalArgumentException("families must not be empty");
    }
    families = List.copyOf(families);
    if (labelSpec == null || walkForward == null || leakage == null) {
      throw new IllegalArgumentException("labelSpec, walkForward and leakage must not be null");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
  }

  /**
   * Every coin of {@code data} at 1h; linear-sgd and factorization-machine; labels 4 bars ahead net
   * of a 10 bps round trip (as training); five rolling windows; one thread per core.
   */
  public static EvaluationRequest defaults(Path data) {
    return new EvaluationRequest(
        data,
        null,
        null,
        List.of(),
        List.of(Interval.H1),
        List.of(Family.LINEAR_SGD, Family.FACTORIZATION_MACHINE),
        new LabelSpec(4, 10, 0),
        WalkForwardSettings.defaults(),
        LeakageSettings.defaults(),
        Runtime.getRuntime().availableProcessors(),
        42);
  }

  public EvaluationRequest withRange(LocalDate newFrom, LocalDate newTo) {
    return new EvaluationRequest(
        data,
        newFrom,
        newTo,
        coins,
        timeframes,
        families,
        labelSpec,
        walkForward,
        leakage,
        threads,
        seed);
  }

  public EvaluationRequest withCoins(List<String> newCoins) {
    return new EvaluationRequest(
        data,
        from,
        to,
        newCoins,
        timeframes,
        families,
        labelSpec,
        walkForward,
        leakage,
        threads,
        seed);
  }

  public EvaluationRequest withTimeframes(List<Interval> newTimeframes) {
    return new EvaluationRequest(
        data,
        from,
        to,
        coins,
        newTimeframes,
        families,
        labelSpec,
        walkForward,
        leakage,
        threads,
        seed);
  }

  public EvaluationRequest withFamilies(List<Family> newFamilies) {
    return new EvaluationRequest(
        data,
        from,
        to,
        coins,
        timeframes,
        newFamilies,
        labelSpec,
        walkForward,
        leakage,
        threads,
        seed);
  }

  public EvaluationRequest withLeakage(LeakageSettings newLeakage) {
    return new EvaluationRequest(
        data,
        from,
        to,
        coins,
        timeframes,
        families,
        labelSpec,
        walkForward,
        newLeakage,
        threads,
        seed);
  }

  public EvaluationRequest withThreads(int newThreads) {
    return new EvaluationRequest(
        data,
        from,
        to,
        coins,
        timeframes,
        families,
        labelSpec,
        walkForward,
        leakage,
        newThreads,
        seed);
  }
}
