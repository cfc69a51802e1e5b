package dev.coinengine.local;

import dev.coinengine.core.market.Interval;
import dev.coinengine.runner.evaluate.EvaluationException;
import dev.coinengine.runner.evaluate.EvaluationReport;
import dev.coinengine.runner.evaluate.EvaluationRequest;
import dev.coinengine.runner.evaluate.Evaluator;
import dev.coinengine.runner.evaluate.Performance;
import dev.coinengine.runner.evaluate.ReportWriter;
import dev.coinengine.runner.pipeline.LeakageSettings;
import dev.coinengine.runner.training.Family;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./engine evaluate}: the pipeline on any folder of kline files, out of sample and after
 * costs, written to {@code OUTDIR/report.json} and {@code OUTDIR/report.html}. Reads nothing but
 * that folder: no lake, no servers, no configuration.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Walk-forward evaluation of the engines on a folder of <SYMBOL>-<1h|4h|1d>.csv.gz kline"
            + " files: features, regimes, purged walk-forward per coin x regime x engine, leakage"
            + " checks, net returns after costs, PSR/DSR, baselines. Writes report.json and"
            + " report.html.")
final class EvaluateCommand implements Callable<Integer> {
  private final EngineEnvironment environment;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Kline folder.")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "OUTDIR", description = "Report folder.")
  Path out;

  @Option(names = "--from", paramLabel = "DATE", description = "First UTC day (YYYY-MM-DD).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last UTC day, inclusive.")
  String to;

  @Option(
      names = "--coins",
      paramLabel = "A,B",
      split = ",",
      description = "Symbols to evaluate. Default: every coin in the folder.")
  List<String> coins;

  @Option(
      names = "--timeframes",
      paramLabel = "TF",
      split = ",",
      description = "Timeframes, e.g. 1h,4h (4h and 1d are resampled from 1h files). Default: 1h.")
  List<String> timeframes;

  @Option(
      names = "--families",
      paramLabel = "F",
      split = ",",
      description =
          "Engines (model families), e.g. linear-sgd,factorization-machine. Default: linear-sgd.")
  List<String> families;

  @Option(
      names = "--permutation-runs",
      paramLabel = "N",
      description =
          "Label-permutation leakage runs per coin x regime x engine (each repeats the"
              + " walk-forward). Default: ${DEFAULT-VALUE}.",
      defaultValue = "0")
  int permutationRuns;

  @Option(
      names = "--threads",
      paramLabel = "K",
      description = "Coins evaluated in parallel. Default: one per core.")
  Integer threads;

  EvaluateCommand(EngineEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws InterruptedException {
    EvaluationRequest request = request();
    EvaluationReport report;
    try {
      report = new Evaluator(Clock.systemUTC()).evaluate(request);
    } catch (EvaluationException e) {
      throw new UserError(e.getMessage());
    }
    Path json = new ReportWriter().write(report, out);
    print(environment.out(), report, json);
    return 0;
  }

  private EvaluationRequest request() {
    if (threads != null && threads < 1) {
      throw new UserError("--threads must be >= 1, was " + threads);
    }
    if (permutationRuns < 0) {
      throw new UserError("--permutation-runs must be >= 0, was " + permutationRuns);
    }
    LocalDate fromDay = day("--from", from);
    LocalDate toDay = day("--to", to);
    if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
      throw new UserError("--from " + fromDay + " is after --to " + toDay);
    }
    List<Interval> tfs = new ArrayList<>();
    for (String code : timeframes == null ? List.of("1h") : timeframes) {
      try {
        tfs.add(Interval.parse(code.trim()));
      } catch (IllegalArgumentException e) {
        throw new UserError("--timeframes: " + e.getMessage());
      }
    }
    List<Family> fams = new ArrayList<>();
    for (String code : families == null ? List.of("linear-sgd") : families) {
      try {
        fams.add(Family.parse(code.trim()));
      } catch (IllegalArgumentException e) {
        throw new UserError("--families: " + e.getMessage());
      }
    }
    List<String> symbols = new ArrayList<>();
    if (coins != null) {
      for (String coin : coins) {
        symbols.add(coin.trim().toUpperCase(Locale.ROOT));
      }
    }
    LeakageSettings defaults = LeakageSettings.defaults();
    EvaluationRequest request =
        EvaluationRequest.defaults(data)
            .withRange(fromDay, toDay)
            .withCoins(symbols)
            .withTimeframes(tfs)
            .withFamilies(fams)
            .withLeakage(
                new LeakageSettings(
                    defaults.auditCutPoints(),
                    permutationRuns,
                    defaults.maxPermutationPsr(),
                    defaults.seed()));
    return threads == null ? request : request.withThreads(threads);
  }

  private static LocalDate day(String option, String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new UserError(option + " must be a date YYYY-MM-DD, was '" + text + "'");
    }
  }

  private static void print(PrintStream out, EvaluationReport r, Path json) {
    long skipped = r.coins().stream().filter(c -> !c.evaluated()).count();
    out.printf(
        Locale.ROOT,
        "evaluated %d coin entries (%d skipped) in %.1f s on %d threads%n",
        r.summary().coins(),
        skipped,
        r.seconds(),
        r.threads());
    out.printf(
        Locale.ROOT,
        "%-14s %8s %7s %7s %11s %8s %8s %10s%n",
        "",
        "sharpe",
        "psr",
        "dsr",
        "net return",
        "max dd",
        "trades",
        "bars");
    line(out, "engines", r.summary());
    line(out, "always flat", r.alwaysFlat());
    line(out, "buy and hold", r.buyAndHold());
    out.printf(Locale.ROOT, "leakage flags: %d%n", r.leakage().size());
    out.println("report: " + json.toAbsolutePath() + " and report.html beside it");
  }

  private static void line(PrintStream out, String name, Performance p) {
    out.printf(
        Locale.ROOT,
        "%-14s %8.2f %7.3f %7.3f %10.2f%% %7.2f%% %8d %10d%n",
        name,
        p.sharpe(),
        p.psr(),
        p.dsr(),
        100 * p.netReturn(),
        100 * p.maxDrawdown(),
        p.trades(),
        p.bars());
  }
}
