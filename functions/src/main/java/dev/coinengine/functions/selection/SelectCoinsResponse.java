package dev.coinengine.functions.selection;

import dev.coinengine.core.selection.Exclusion;
import dev.coinengine.core.selection.RankedCoin;
import dev.coinengine.core.selection.ReasonCode;
import dev.coinengine.core.selection.Selection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer of {@code selectCoins}.
 *
 * @param mode {@code live} (exchange snapshot now) or {@code point-in-time} (a past day)
 * @param asOf the moment the selection describes, ISO-8601 UTC
 * @param candidates how many candidates were considered (= selected + all excluded)
 * @param selected the kept coins, rank 1 first
 * @param excluded every other candidate, grouped by reason code
 * @param settings the selection settings used, with the request's overrides applied
 */
public record SelectCoinsResponse(
    String mode,
    String asOf,
    int candidates,
    List<Coin> selected,
    Map<String, Excluded> excluded,
    Map<String, Object> settings) {

  /**
   * One selected coin. {@code unchecked} lists the filters whose input was unknown (for example the
   * listing age in live mode, which has no bar statistics).
   */
  public record Coin(
      int rank, String symbol, double score, Map<String, Double> metrics, List<String> unchecked) {

    static Coin of(RankedCoin coin) {
      Map<String, Double> metrics = new LinkedHashMap<>();
      coin.metrics()
          .forEach(
              (key, value) -> {
                if (Double.isFinite(value)) { // JSON has no infinity
                  metrics.put(key, value);
                }
              });
      return new Coin(coin.rank(), coin.symbol(), coin.score(), metrics, coin.unchecked());
    }
  }

  /** The candidates left out for one reason. */
  public record Excluded(int count, List<String> symbols) {}

  static SelectCoinsResponse of(String mode, Selection selection, Map<String, Object> settings) {
    List<Coin> selected = new ArrayList<>(selection.ranked().size());
    for (RankedCoin coin : selection.ranked()) {
      selected.add(Coin.of(coin));
    }
    Map<String, Excluded> excluded = new LinkedHashMap<>();
    for (Map.Entry<ReasonCode, List<Exclusion>> entry : selection.exclusionsByReason().entrySet()) {
      List<String> symbols = entry.getValue().stream().map(Exclusion::symbol).toList();
      excluded.put(entry.getKey().name(), new Excluded(symbols.size(), symbols));
    }
    return new SelectCoinsResponse(
        mode,
        Instant.ofEpochMilli(selection.asOfMs()).toString(),
        selection.candidateCount(),
        List.copyOf(selected),
        excluded,
        settings);
  }
}
