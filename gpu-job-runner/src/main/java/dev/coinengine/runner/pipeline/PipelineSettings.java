package dev.coinengine.runner.pipeline;

import dev.coinengine.core.market.Interval;
import dev.coinengine.store.onnx.Device;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Settings of the pipeline shared by every job.
 *
 * @param minTrainRows fewer training rows (complete, labelled, in the job's regime) fail the job
 *     permanently; the value for timeframes without an entry in {@code minTrainRowsByTimeframe}
 * @param parityRows rows scored by both Tribuo and ONNX Runtime
 * @param parityDevice where ONNX Runtime scores the parity rows
 * @param minTrainRowsByTimeframe a different minimum for some timeframes (a 4h row covers four
 *     hours of market, so fewer rows carry as much history)
 */
public record PipelineSettings(
    int minTrainRows,
    int parityRows,
    Device parityDevice,
    Map<Interval, Integer> minTrainRowsByTimeframe) {

  /** Default minimum for 1h jobs: about 3 weeks of one regime's hours. */
  public static final int MIN_ROWS_1H = 500;

  /**
   * Default minimum for 4h jobs: 300 rows (50 days of one regime) leave the 5 walk-forward windows
   * 18 test rows each; 500 would fail most 4h jobs on less than about a year of data.
   */
  public static final int MIN_ROWS_4H = 300;

  public PipelineSettings {
    requireMinRows("minTrainRows", minTrainRows);
    if (parityRows < 1) {
      throw new IllegalArgumentException("parityRows must be >= 1, was " + parityRows);
    }
    if (parityDevice == null) {
      throw new IllegalArgumentException("parityDevice must not be null");
    }
    if (minTrainRowsByTimeframe == null) {
      throw new IllegalArgumentException("minTrainRowsByTimeframe must not be null");
    }
    minTrainRowsByTimeframe.forEach(
        (timeframe, rows) -> requireMinRows("minTrainRowsByTimeframe[" + timeframe + "]", rows));
    minTrainRowsByTimeframe =
        minTrainRowsByTimeframe.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new EnumMap<>(minTrainRowsByTimeframe));
  }

  /** The same minimum for every timeframe. */
  public PipelineSettings(int minTrainRows, int parityRows, Device parityDevice) {
    this(minTrainRows, parityRows, parityDevice, Map.of());
  }

  /**
   * {@value #MIN_ROWS_1H} rows for 1h, {@value #MIN_ROWS_4H} for 4h, 256 parity rows on the CPU.
   */
  public static PipelineSettings defaults() {
    return new PipelineSettings(MIN_ROWS_1H, 256, Device.cpu(), Map.of(Interval.H4, MIN_ROWS_4H));
  }

  /** The minimum number of training rows of a job at {@code timeframe}. */
  public int minTrainRows(Interval timeframe) {
    return minTrainRowsByTimeframe.getOrDefault(timeframe, minTrainRows);
  }

  private static void requireMinRows(String field, Integer rows) {
    if (rows == null || rows < 2) {
      throw new IllegalArgumentException(field + " must be >= 2, was " + rows);
    }
  }
}
