package dev.coinengine.runner.evaluate;

import java.util.List;

/**
 * Everything {@code report.json} and {@code report.html} show.
 *
 * @param summary equal-weight portfolio of the evaluated coins' strategies
 * @param alwaysFlat the do-nothing baseline
 * @param buyAndHold equal-weight buy-and-hold over the same bars
 * @param equity portfolio equity curve (downsampled), {@code buyAndHoldEquity} likewise
 * @param leakage every flag raised, with the coin it was raised on
 * @param trials the number of trials the DSR figures are deflated by
 */
public record EvaluationReport(
    String data,
    String from,
    String to,
    List<String> timeframes,
    List<String> families,
    double costBps,
    long trials,
    Performance summary,
    Performance alwaysFlat,
    Performance buyAndHold,
    double[] equity,
    double[] buyAndHoldEquity,
    List<CoinEvaluation> coins,
    List<EngineSummary> engines,
    List<FlagOnCoin> leakage,
    double seconds,
    int threads) {

  /** A leakage flag raised while evaluating one coin. */
  public record FlagOnCoin(
      String symbol, String timeframe, String check, String subject, String detail) {}
}
