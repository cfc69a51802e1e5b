package dev.coinengine.core.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.market.OrderBook.Level;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderBookTest {

  @Test
  void bestLevelsAndSpreadComeFromTheTopOfEachSide() {
    OrderBook book =
        new OrderBook(
            "BTCUSDT",
            List.of(new Level(100.0, 1.0), new Level(99.0, 2.0)),
            List.of(new Level(101.0, 0.5), new Level(102.0, 3.0)));

    assertThat(book.bestBid()).contains(new Level(100.0, 1.0));
    assertThat(book.bestAsk()).contains(new Level(101.0, 0.5));
    assertThat(book.spreadBps())
        .isCloseTo(1.0 / 100.5 * 10_000.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void oneSidedBookHasNoSpread() {
    OrderBook book = new OrderBook("FTTUSDT", List.of(), List.of(new Level(1.0, 1.0)));

    assertThat(book.bestBid()).isEmpty();
    assertThat(book.spreadBps()).isNaN();
  }

  @Test
  void rejectsBidsThatAreNotDescending() {
    assertThatThrownBy(
            () ->
                new OrderBook(
                    "BTCUSDT", List.of(new Level(99.0, 1.0), new Level(100.0, 1.0)), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bids");
  }

  @Test
  void rejectsAsksThatAreNotAscending() {
    assertThatThrownBy(
            () ->
                new OrderBook(
                    "BTCUSDT", List.of(), List.of(new Level(101.0, 1.0), new Level(101.0, 1.0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("asks");
  }

  @Test
  void rejectsNonPositivePriceAndNegativeQuantity() {
    assertThatThrownBy(() -> new Level(0.0, 1.0)).hasMessageContaining("price");
    assertThatThrownBy(() -> new Level(1.0, -1.0)).hasMessageContaining("qty");
  }
}
