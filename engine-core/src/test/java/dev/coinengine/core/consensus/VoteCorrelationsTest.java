package dev.coinengine.core.consensus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.coinengine.core.engines.Direction;
import dev.coinengine.core.gate.Outcome;
import dev.coinengine.core.regime.Regime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VoteCorrelationsTest {
  private static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");

  /**
   * 400 bars on two symbols: "lead" random, "clone" copies it, "mirror" opposes it, "noise" random.
   */
  private static List<Outcome> outcomes() {
    Random random = new Random(3);
    List<Outcome> out = new ArrayList<>();
    for (int t = 0; t < 200; t++) {
      for (String symbol : List.of("BTCUSDT", "ETHUSDT")) {
        Instant at = T0.plusSeconds(3600L * t);
        Direction lead = Direction.values()[random.nextInt(3)];
        Direction noise = Direction.values()[random.nextInt(3)];
        out.add(new Outcome("lead", symbol, Regime.TREND, lead, 0.0, at));
        out.add(new Outcome("clone", symbol, Regime.TREND, lead, 0.0, at));
        out.add(new Outcome("mirror", symbol, Regime.TREND, lead.opposite(), 0.0, at));
        out.add(new Outcome("noise", symbol, Regime.TREND, noise, 0.0, at));
      }
    }
    return out;
  }

  @Test
  void clonesCorrelateFullyUpToTheShrinkage() {
    VoteCorrelations correlations = VoteCorrelations.estimate(outcomes(), 30);

    assertThat(correlations.correlation(Regime.TREND, "lead", "clone"))
        .isCloseTo(400.0 / 430, offset(1e-12));
    assertThat(correlations.correlation(Regime.TREND, "clone", "mirror"))
        .isCloseTo(-400.0 / 430, offset(1e-12));
    assertThat(correlations.correlation(Regime.TREND, "lead", "noise")).isBetween(-0.15, 0.15);
    assertThat(correlations.correlation(Regime.TREND, "noise", "noise")).isEqualTo(1.0);
  }

  @Test
  void unknownEnginesAndRegimesCountAsUncorrelated() {
    VoteCorrelations correlations = VoteCorrelations.estimate(outcomes(), 0);

    assertThat(correlations.correlation(Regime.TREND, "lead", "clone"))
        .isCloseTo(1.0, offset(1e-12));
    assertThat(correlations.correlation(Regime.PANIC, "lead", "clone")).isZero();
    assertThat(correlations.correlation(Regime.TREND, "lead", "unknown")).isZero();
  }

  @Test
  void onlyPositiveCorrelationsWithActiveEnginesLowerIndependence() {
    VoteCorrelations correlations = VoteCorrelations.estimate(outcomes(), 0);
    String[] ids = {"lead", "clone", "mirror", "unknown"};

    double[] all =
        correlations.independence(Regime.TREND, ids, new boolean[] {true, true, true, true});
    double[] cloneOff =
        correlations.independence(Regime.TREND, ids, new boolean[] {true, false, true, true});

    assertThat(all[0]).isCloseTo(0.5, offset(1e-9));
    assertThat(all[2]).isEqualTo(1.0);
    assertThat(all[3]).isEqualTo(1.0);
    assertThat(cloneOff[0]).isEqualTo(1.0);
    assertThat(cloneOff[1]).isZero();
  }

  @Test
  void givenMatricesMustBeSymmetricCorrelations() {
    assertThatThrownBy(
            () ->
                VoteCorrelations.none()
                    .with(Regime.TREND, List.of("a", "b"), new double[][] {{1, 0.5}, {0.4, 1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("symmetric");
    assertThatThrownBy(
            () ->
                VoteCorrelations.none()
                    .with(Regime.TREND, List.of("a", "a"), new double[][] {{1, 0}, {0, 1}}))
        .hasMessageContaining("appears twice");
  }
}
