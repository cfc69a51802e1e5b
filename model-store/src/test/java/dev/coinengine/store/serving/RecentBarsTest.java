package dev.coinengine.store.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.store.iceberg.CatalogSettings;
import dev.coinengine.store.iceberg.IcebergCatalogs;
import dev.coinengine.store.lake.KlineLake;
import dev.coinengine.store.queue.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecentBarsTest {
  private static final long HOUR = Interval.H1.millis();
  private final ManualClock clock = new ManualClock(Instant.parse("2026-11-25T00:00:00Z"));
  private final KlineLake lake =
      KlineLake.open(
          IcebergCatalogs.open(
              CatalogSettings.inMemory("test", "mem://recent-" + UUID.randomUUID())));

  @Test
  void servesWindowsFromMemoryAndReadsTheLakeForOlderTimes() {
    lake.append(List.of(hourly("BTCUSDT", 0, 100)));
    RecentBars recent = new RecentBars(lake, Interval.H1, 20, Duration.ofMinutes(1), clock);

    BarSeries last = recent.closedBy("BTCUSDT", 100 * HOUR, 5);
    assertThat(hours(last)).containsExactly(95L, 96L, 97L, 98L, 99L);
    assertThat(hours(recent.closedBy("BTCUSDT", 90 * HOUR + 1, 3))).containsExactly(87L, 88L, 89L);
    // Before the cached 20 bars (80..99): read from the lake, same answer as a full read.
    assertThat(hours(recent.closedBy("BTCUSDT", 50 * HOUR, 4))).containsExactly(46L, 47L, 48L, 49L);
    assertThat(recent.closedBy("ETHUSDT", 50 * HOUR, 4).isEmpty()).isTrue();
    assertThat(recent.cachedSymbols()).isEqualTo(2);
    assertThatThrownBy(() -> recent.closedBy("BTCUSDT", 0, 21)).hasMessageContaining("keep-bars");
  }

  @Test
  void newBarsAppearOnceTheCacheIsOlderThanMaxAge() {
    lake.append(List.of(hourly("BTCUSDT", 0, 50)));
    RecentBars recent = new RecentBars(lake, Interval.H1, 10, Duration.ofMinutes(1), clock);
    assertThat(recent.closedBy("BTCUSDT", 60 * HOUR, 2).last().openTimeMs()).isEqualTo(49 * HOUR);

    lake.append(List.of(hourly("BTCUSDT", 50, 5)));
    assertThat(recent.closedBy("BTCUSDT", 60 * HOUR, 2).last().openTimeMs()).isEqualTo(49 * HOUR);
    clock.advance(Duration.ofMinutes(2));
    assertThat(hours(recent.closedBy("BTCUSDT", 60 * HOUR, 2))).containsExactly(53L, 54L);
  }

  private static List<Long> hours(BarSeries series) {
    return series.bars().stream().map(b -> b.openTimeMs() / HOUR).toList();
  }

  private static BarSeries hourly(String symbol, int firstHour, int count) {
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double p = 100 + i;
      bars.add(new Bar((firstHour + i) * HOUR, p, p + 1, p - 1, p, 10, 1000, 5));
    }
    return new BarSeries(symbol, Interval.H1, bars);
  }
}
