package dev.coinengine.store.rankings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.selection.Exclusion;
import dev.coinengine.core.selection.RankedCoin;
import dev.coinengine.core.selection.RankingMethod;
import dev.coinengine.core.selection.ReasonCode;
import dev.coinengine.core.selection.Selection;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.iceberg.catalog.Catalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every catalog and file store under {@link RankingTable} must give. */
public abstract class RankingTableContract {
  private static final LocalDate DAY = LocalDate.of(2023, 6, 1);

  private Catalog catalog;
  protected RankingTable table;

  /** A fresh, empty catalog for one test; it is closed after the test if it is Closeable. */
  protected abstract Catalog newCatalog();

  @BeforeEach
  void openTable() {
    catalog = newCatalog();
    table = RankingTable.open(catalog);
  }

  @AfterEach
  void closeCatalog() throws IOException {
    if (catalog instanceof java.io.Closeable closeable) {
      closeable.close();
    }
  }

  static Selection selection(LocalDate date, int rankedCount, String prefix) {
    long asOf = date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    List<RankedCoin> ranked = new ArrayList<>();
    for (int i = 1; i <= rankedCount; i++) {
      ranked.add(
          new RankedCoin(
              i,
              prefix + i + "USDT",
              1_000_000.0 / i,
              Map.of("quote-volume-24h", 1_000_000.0 / i, "volatility", 0.01 * i),
              i == 1 ? List.of("max-spread-bps: spread unknown") : List.of()));
    }
    List<Exclusion> excluded =
        List.of(
            new Exclusion("USDCUSDT", ReasonCode.STABLECOIN, "base USDC is a stablecoin"),
            new Exclusion("YFIIUSDT", ReasonCode.NO_RECENT_BARS, "last bar 30.0 h ago > 12 h"));
    return new Selection(asOf, RankingMethod.QUOTE_VOLUME, ranked, excluded);
  }

  @Test
  void newTableHasNoDates() {
    assertThat(table.dates()).isEmpty();
    assertThat(table.read(DAY)).isEmpty();
  }

  @Test
  void readsBackWhatWasStoredForADate() {
    Selection stored = selection(DAY, 3, "A");

    table.append(DAY, stored, "hash-1", 42L);

    StoredSelection read = table.read(DAY).orElseThrow();
    assertThat(read.selection()).isEqualTo(stored);
    assertThat(read.settingsHash()).isEqualTo("hash-1");
    assertThat(read.lakeSnapshotId()).isEqualTo(42L);
    assertThat(read.date()).isEqualTo(DAY);
    assertThat(table.dates()).containsExactly(DAY);
  }

  @Test
  void datesAreKeptApartAndListedInOrder() {
    table.append(DAY.plusDays(1), selection(DAY.plusDays(1), 2, "B"), "h", 1L);
    table.append(DAY, selection(DAY, 3, "A"), "h", 1L);

    assertThat(table.dates()).containsExactly(DAY, DAY.plusDays(1));
    assertThat(table.read(DAY).orElseThrow().selection().symbols())
        .containsExactly("A1USDT", "A2USDT", "A3USDT");
    assertThat(table.read(DAY.plusDays(1)).orElseThrow().selection().symbols())
        .containsExactly("B1USDT", "B2USDT");
    assertThat(table.read(DAY.minusDays(1))).isEmpty();
  }

  @Test
  void writingADateAgainReplacesItsRows() {
    table.append(DAY, selection(DAY, 3, "A"), "old", 1L);
    table.append(DAY.plusDays(1), selection(DAY.plusDays(1), 2, "B"), "old", 1L);

    table.append(DAY, selection(DAY, 1, "C"), "new", 2L);

    StoredSelection read = table.read(DAY).orElseThrow();
    assertThat(read.selection().symbols()).containsExactly("C1USDT");
    assertThat(read.selection().excluded()).hasSize(2);
    assertThat(read.matches("new", 2L)).isTrue();
    assertThat(table.read(DAY.plusDays(1)).orElseThrow().selection().symbols())
        .containsExactly("B1USDT", "B2USDT");
  }

  @Test
  void anEmptySelectionClearsTheDate() {
    table.append(DAY, selection(DAY, 3, "A"), "h", 1L);

    table.append(DAY, new Selection(0, RankingMethod.VOLATILITY, List.of(), List.of()), "h", 1L);

    assertThat(table.read(DAY)).isEmpty();
    assertThat(table.dates()).isEmpty();
  }

  @Test
  void concurrentWritersOfOneDateLeaveExactlyOneOfTheirSelections() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> writes = new ArrayList<>();
      for (String prefix : List.of("P", "Q", "R", "S")) {
        writes.add(pool.submit(() -> table.append(DAY, selection(DAY, 2, prefix), prefix, 1L)));
      }
      for (Future<?> write : writes) {
        write.get();
      }
    } finally {
      pool.shutdown();
    }

    StoredSelection read = table.read(DAY).orElseThrow();
    String prefix = read.settingsHash();
    assertThat(read.selection().symbols()).containsExactly(prefix + "1USDT", prefix + "2USDT");
    assertThat(read.selection().excluded()).hasSize(2);
  }
}
