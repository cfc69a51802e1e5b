package dev.coinengine.store.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.Interval;
import org.junit.jupiter.api.Test;

class KlineRowsTest {

  // BTCUSDT 1h, 2021-07-01 00:00 UTC, as Binance sends it (closeTime = open + 1h - 1 ms).
  private static final Object[] ROW = {
    1625097600000L,
    "35045.00",
    "35057.57",
    "34713.41",
    "34727.83",
    "2446.393198",
    1625101199999L,
    "85463926.51",
    51187,
    "0",
    "0",
    "0"
  };

  @Test
  void aClosedKlineBecomesABarWithEveryField() {
    Bar bar = KlineRows.toClosedBar(ROW, Interval.H1, 1625101200000L, "BTCUSDT").orElseThrow();

    assertThat(bar.openTimeMs()).isEqualTo(1625097600000L);
    assertThat(bar.open()).isEqualTo(35045.0);
    assertThat(bar.low()).isEqualTo(34713.41);
    assertThat(bar.volume()).isEqualTo(2446.393198);
    assertThat(bar.quoteVolume()).isEqualTo(85463926.51);
    assertThat(bar.trades()).isEqualTo(51187);
  }

  @Test
  void theBarStillFormingIsLeftOut() {
    assertThat(KlineRows.toClosedBar(ROW, Interval.H1, 1625101199999L, "BTCUSDT")).isEmpty();
  }

  @Test
  void absentQuoteVolumeAndTradesBecomeNanAndMinusOne() {
    Object[] row = {1625097600000L, "1", "2", "0.5", "1.5", "10", 1625101199999L, null, null};

    Bar bar = KlineRows.toClosedBar(row, Interval.H1, Long.MAX_VALUE, "X").orElseThrow();

    assertThat(bar.quoteVolume()).isNaN();
    assertThat(bar.trades()).isEqualTo(-1);
  }

  @Test
  void anUnusableKlineIsSkipped() {
    Object[] noClose = {1625097600000L, "1", "2", "0.5", null, "10"};
    Object[] highBelowLow = {1625097600000L, "1", "0.4", "0.5", "1", "10"};

    assertThat(KlineRows.toClosedBar(noClose, Interval.H1, Long.MAX_VALUE, "X")).isEmpty();
    assertThat(KlineRows.toClosedBar(highBelowLow, Interval.H1, Long.MAX_VALUE, "X")).isEmpty();
  }
}
