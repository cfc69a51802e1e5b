package dev.coinengine.core.validation;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Steady-state cost of validating one model: 5 rolling walk-forward windows on 20,000 bars with
 * purging, embargo, classification and trading metrics and the pooled report. Run with {@code java
 * -cp <test classpath> org.openjdk.jmh.Main ValidationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ValidationBenchmark {

  private WalkForwardTimingTest.ValidationWorkload workload;

  @Setup
  public void setUp() {
    workload = new WalkForwardTimingTest.ValidationWorkload(20_000, 42);
  }

  @Benchmark
  public WalkForwardReport walkForwardFiveWindowsTwentyThousandBars() {
    return workload.run();
  }

  @Benchmark
  public Object purgedKFoldTenFoldsTwentyThousandBars() {
    return new PurgedKFold(10, Embargo.fraction(0.01)).splits(workload.spans);
  }

  @Benchmark
  public Object combinatorialSixTwoTwentyThousandBars() {
    return new CombinatorialPurgedCV(6, 2, Embargo.fraction(0.01)).splits(workload.spans);
  }
}
