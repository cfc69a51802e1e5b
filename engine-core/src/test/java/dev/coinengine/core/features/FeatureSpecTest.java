package dev.coinengine.core.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeatureSpecTest {
  /** Computed once from v1 and committed: a change means every model's features changed. */
  private static final String V1_HASH =
      "6ed1e1127d28f0011b70b1e8af1b1178317935e89da50f9dc25be7bf461534fa";

  @Test
  void v1HashIsPinned() {
    assertThat(FeatureSpec.v1().hash()).isEqualTo(V1_HASH);
  }

  @Test
  void v1HasTheDocumentedColumnsInOrder() {
    assertThat(FeatureSpec.v1().names())
        .containsExactly(
            "ret_1",
            "ret_2",
            "ret_4",
            "ret_8",
            "ret_24",
            "vol_24",
            "vol_72",
            "rsi_14",
            "macd_12_26",
            "macd_signal_diff_9",
            "atr_14",
            "volume_z_48",
            "range_pos_48",
            "btc_ret_24",
            "btc_vol_24",
            "eth_ret_24",
            "eth_vol_24");
  }

  @Test
  void v1LookbackIsSetByTheMacdSignal() {
    // slow EMA window 90 (0.999 of the weight of span 26) + signal window 31 - 1
    assertThat(FeatureSpec.v1().lookbackBars()).isEqualTo(120);
  }

  @Test
  void changingAnyParameterChangesTheHash() {
    FeatureSpec v = FeatureSpec.v1();
    List<FeatureSpec> variants = new ArrayList<>();
    variants.add(spec(v, 2, v.returnLags(), v.volatilityWindows(), v.rsiPeriod(), 0));
    variants.add(spec(v, 1, List.of(1, 2, 4, 8, 12), v.volatilityWindows(), v.rsiPeriod(), 0));
    variants.add(spec(v, 1, v.returnLags(), List.of(24, 96), v.rsiPeriod(), 0));
    variants.add(spec(v, 1, v.returnLags(), v.volatilityWindows(), 7, 0));
    for (int field = 1; field <= 9; field++) {
      variants.add(spec(v, 1, v.returnLags(), v.volatilityWindows(), v.rsiPeriod(), field));
    }
    Set<String> hashes = new HashSet<>();
    hashes.add(v.hash());
    for (FeatureSpec variant : variants) {
      hashes.add(variant.hash());
    }
    assertThat(hashes).hasSize(variants.size() + 1);
  }

  @Test
  void hashIsSha256HexOfTheCanonicalText() {
    FeatureSpec v = FeatureSpec.v1();
    assertThat(v.hash()).matches("[0-9a-f]{64}");
    assertThat(v.canonical())
        .startsWith("coinengine-features;version=1;names=ret_1,")
        .contains(";returnLags=1,2,4,8,24;")
        .endsWith(
            ";smoothingTailMass=0.001000000000000000020816681711721685132943093776702880859375");
  }

  @Test
  void rejectsInvalidParameters() {
    assertThatThrownBy(
            () ->
                new FeatureSpec(
                    1, List.of(2, 1), List.of(24), 14, 12, 26, 9, 14, 48, 48, 24, 24, 0.001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("returnLags");
    assertThatThrownBy(
            () ->
                new FeatureSpec(
                    1, List.of(1), List.of(24), 14, 26, 12, 9, 14, 48, 48, 24, 24, 0.001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("macdFast");
  }

  /** v1 with one field (numbered 1..9 after rsiPeriod) moved by one step. */
  private static FeatureSpec spec(
      FeatureSpec v, int version, List<Integer> lags, List<Integer> vols, int rsi, int field) {
    return new FeatureSpec(
        version,
        lags,
        vols,
        rsi,
        v.macdFast() + (field == 1 ? 1 : 0),
        v.macdSlow() + (field == 2 ? 1 : 0),
        v.macdSignal() + (field == 3 ? 1 : 0),
        v.atrPeriod() + (field == 4 ? 1 : 0),
        v.volumeWindow() + (field == 5 ? 1 : 0),
        v.rangeWindow() + (field == 6 ? 1 : 0),
        v.contextReturnLag() + (field == 7 ? 1 : 0),
        v.contextVolatilityWindow() + (field == 8 ? 1 : 0),
        v.smoothingTailMass() * (field == 9 ? 2 : 1));
  }
}
