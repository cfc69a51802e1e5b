package dev.coinengine.runner.evaluate;

import dev.coinengine.core.features.FeatureSpec;
import dev.coinengine.core.features.TechnicalFeatureCalculator;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.Resampler;
import dev.coinengine.core.market.csv.KlineCsvReader;
import dev.coinengine.core.market.csv.KlineFile;
import dev.coinengine.core.market.csv.KlineScan;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.core.validation.TradingMetrics;
import dev.coinengine.core.validation.TradingResult;
import dev.coinengine.runner.pipeline.Assessment;
import dev.coinengine.runner.pipeline.CoinFeatures;
import dev.coinengine.runner.pipeline.CoinHistory;
import dev.coinengine.runner.pipeline.LeakageFlag;
import dev.coinengine.runner.pipeline.PipelineSettings;
import dev.coinengine.runner.pipeline.TimeframeRegimes;
import dev.coinengine.runner.pipeline.TrainingJob;
import dev.coinengine.runner.pipeline.TrainingPipeline;
import dev.coinengine.runner.training.Family;
import dev.coinengine.runner.training.ParityCheck;
import dev.coinengine.runner.training.PermanentTrainingException;
import dev.coinengine.runner.training.TrainerSpec;
import dev.coinengine.runner.training.TribuoModelTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Evaluates the training pipeline on a folder of kline files, out of sample and after costs, with
 * nothing but that folder: per coin and timeframe the features, regimes, purged walk-forward of
 * every regime × family engine (the same code as training), the leakage checks, the coin's position
 * (each bar's regime engine, mean over the families) and its net returns; then the equal-weight
 * portfolio, the always-flat and buy-and-hold baselines and the per-engine figures. Coins run in
 * parallel.
 */
public final class Evaluator {
  /** Fewer bars (after the date range) skip the coin: features and walk-forward need more. */
  public static final int MIN_BARS = 600;

  private static final String BTC = "BTCUSDT";
  private static final String ETH = "ETHUSDT";
  private static final int CURVE_POINTS = 400;

  private final KlineCsvReader reader = new KlineCsvReader();
  private final Clock clock;

  public Evaluator(Clock clock) {
    this.clock = clock;
  }

  /**
   * Runs the evaluation.
   *
   * @throws EvaluationException the folder is missing, holds no kline files, or has no bars in the
   *     date range
   */
  public EvaluationReport evaluate(EvaluationRequest request) throws InterruptedException {
    long start = System.nanoTime();
    Path folder = request.data();
    if (!Files.isDirectory(folder)) {
      throw new EvaluationException("no such folder: " + folder);
    }
    KlineScan scan = reader.scan(folder);
    if (scan.files().isEmpty()) {
      throw new EvaluationException(
          "no kline files (<SYMBOL>-<1h|4h|1d>.csv.gz) in " + folder.toAbsolutePath());
    }
    Map<String, Map<Interval, KlineFile>> bySymbol = new TreeMap<>();
    for (KlineFile file : scan.files()) {
      bySymbol.computeIfAbsent(file.symbol(), s -> new TreeMap<>()).put(file.interval(), file);
    }
    List<String> symbols =
        request.coins().isEmpty() ? List.copyOf(bySymbol.keySet()) : request.coins();
    Bars bars = new Bars(bySymbol, request);
    TrainingPipeline pipeline =
        new TrainingPipeline(
            new TechnicalFeatureCalculator(FeatureSpec.v1()),
            TimeframeRegimes.rules(),
            new TribuoModelTrainer(),
            new ParityCheck(),
            PipelineSettings.defaults(),
            request.leakage(),
            clock);

    List<Callable> tasks = new ArrayList<>();
    for (Interval timeframe : request.timeframes()) {
      for (String symbol : symbols) {
        tasks.add(new Callable(symbol, timeframe));
      }
    }
    List<CoinRun> runs = new ArrayList<>(tasks.size());
    ExecutorService pool = Executors.newFixedThreadPool(request.threads());
    try {
      List<Future<CoinRun>> futures = new ArrayList<>();
      for (Callable task : tasks) {
        futures.add(
            pool.submit(() -> evaluateCoin(task.symbol, task.timeframe, bars, pipeline, request)));
      }
      for (Future<CoinRun> future : futures) {
        try {
          runs.add(future.get());
        } catch (ExecutionException e) {
          throw e.getCause() instanceof RuntimeException r
              ? r
              : new IllegalStateException(e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    boolean anyBars = false;
    for (CoinRun run : runs) {
      anyBars |= run.hadBars;
    }
    if (!anyBars) {
      throw new EvaluationException(
          "no bars "
              + rangeText(request)
              + " for "
              + (request.coins().isEmpty() ? "any coin" : String.join(",", request.coins()))
              + " in "
              + folder.toAbsolutePath());
    }
    return aggregate(request, runs, (System.nanoTime() - start) / 1e9);
  }

  private record Callable(String symbol, Interval timeframe) {}

  /** What one coin contributes: its entry, its engines' pooled figures and its leakage flags. */
  private record CoinRun(
      CoinEvaluation coin,
      boolean hadBars,
      long[] times,
      double[] net,
      double[] buyAndHoldNet,
      Map<String, EnginePart> engines,
      List<LeakageFlag> flags) {}

  private record EnginePart(
      String family,
      String regime,
      String timeframe,
      boolean ran,
      long samples,
      long hits,
      double[] net,
      double netReturn) {}

  private CoinRun evaluateCoin(
      String symbol,
      Interval timeframe,
      Bars bars,
      TrainingPipeline pipeline,
      EvaluationRequest r) {
    String tf = timeframe.code();
    BarSeries coin;
    try {
      coin = bars.series(symbol, timeframe);
    } catch (RuntimeException e) {
      return skipped(symbol, tf, oneLine(e), false);
    }
    if (coin == null) {
      return skipped(symbol, tf, "no kline file for " + symbol + " in the folder", false);
    }
    if (coin.isEmpty()) {
      return skipped(symbol, tf, "no bars " + rangeText(r), false);
    }
    if (coin.size() < MIN_BARS) {
      return skipped(symbol, tf, "too few bars: " + coin.size() + " < " + MIN_BARS, true);
    }
    BarSeries btc;
    BarSeries eth;
    try {
      btc = symbol.equals(BTC) ? coin : bars.series(BTC, timeframe);
      eth = symbol.equals(ETH) ? coin : bars.series(ETH, timeframe);
    } catch (RuntimeException e) {
      return skipped(symbol, tf, "context bars unreadable: " + oneLine(e), true);
    }
    if (btc == null || btc.isEmpty() || eth == null || eth.isEmpty()) {
      return skipped(
          symbol,
          tf,
          "the folder has no " + tf + " bars of BTCUSDT and ETHUSDT (context features need both)",
          true);
    }
    CoinFeatures features = pipeline.prepare(new CoinHistory(coin, btc, eth));
    Set<LeakageFlag> flags = new LinkedHashSet<>(features.lookAhead());
    Map<String, EnginePart> engines = new LinkedHashMap<>();
    // Per family: the position at each bar (NaN where no engine decided).
    double[][] positions = new double[r.families().size()][coin.size()];
    int first = -1;
    int last = Integer.MAX_VALUE;
    List<String> failures = new ArrayList<>();
    for (int f = 0; f < r.families().size(); f++) {
      Family family = r.families().get(f);
      Arrays.fill(positions[f], Double.NaN);
      for (Regime regime : Regime.values()) {
        String key = family.code() + "|" + regime;
        TrainingJob job =
            new TrainingJob(
                "eval-" + symbol + "-" + tf + "-" + regime + "-" + family.code(),
                symbol,
                timeframe,
                regime,
                TrainerSpec.defaults(family, r.seed()),
                r.labelSpec(),
                r.walkForward(),
                "none");
        Assessment a;
        try {
          a = pipeline.assess(job, features);
        } catch (PermanentTrainingException e) {
          engines.put(
              key, new EnginePart(family.code(), regime.name(), tf, false, 0, 0, new double[0], 0));
          failures.add(regime + " " + family.code() + ": " + e.getMessage());
          continue;
        }
        flags.addAll(a.leakage());
        int[] rows = a.oosRows();
        double[] p = a.oosPositions();
        boolean[] hits = a.oosHits();
        long hitCount = 0;
        for (int i = 0; i < rows.length; i++) {
          positions[f][rows[i]] = p[i];
          hitCount += hits[i] ? 1 : 0;
        }
        if (rows.length > 0) {
          int lo = rows[0];
          int hi = rows[0];
          for (int row : rows) {
            lo = Math.min(lo, row);
            hi = Math.max(hi, row);
          }
          first = Math.max(first, lo);
          last = Math.min(last, hi);
        }
        engines.put(
            key,
            new EnginePart(
                family.code(),
                regime.name(),
                tf,
                true,
                rows.length,
                hitCount,
                a.report().pooledNetReturns(),
                a.report().pooledNetReturn()));
      }
    }
    // The coin is traded from the bar where every engine that could run is out of sample, to the
    // bar where the first of them stops; outside its regime's test rows an engine is flat.
    if (first < 0 || last == Integer.MAX_VALUE) {
      return new CoinRun(
          CoinEvaluation.skipped(
              symbol, tf, "no engine could be evaluated: " + String.join("; ", failures)),
          true,
          new long[0],
          new double[0],
          new double[0],
          engines,
          List.copyOf(flags));
    }
    int end = Math.min(last, coin.size() - 2);
    if (end < first) {
      end = first;
    }
    int n = end - first + 1;
    double[] position = new double[n];
    double[] returns = new double[n];
    double[] hold = new double[n];
    long[] times = new long[n];
    for (int i = 0; i < n; i++) {
      int row = first + i;
      double sum = 0;
      for (double[] family : positions) {
        sum += Double.isNaN(family[row]) ? 0 : family[row];
      }
      position[i] = sum / positions.length;
      returns[i] = coin.get(row + 1).close() / coin.get(row).close() - 1.0;
      hold[i] = 1.0;
      times[i] = coin.get(row).openTimeMs();
    }
    int barsPerYear = barsPerYear(timeframe);
    double cost = r.labelSpec().costBps() / 2.0;
    TradingResult strategy = TradingMetrics.of(position, returns, cost, barsPerYear);
    TradingResult buyAndHold = TradingMetrics.of(hold, returns, cost, barsPerYear);
    long trials = r.families().size() + 1L;
    double[] net = strategy.netReturns();
    double[] holdNet = buyAndHold.netReturns();
    CoinEvaluation entry =
        new CoinEvaluation(
            symbol,
            tf,
            Performance.of(net, strategy.tradeCount(), 1, n, trials, barsPerYear),
            Performance.of(holdNet, buyAndHold.tradeCount(), 1, n, trials, barsPerYear),
            null,
            times[0],
            times[n - 1],
            equity(net, CURVE_POINTS),
            equity(holdNet, CURVE_POINTS));
    return new CoinRun(entry, true, times, net, holdNet, engines, List.copyOf(flags));
  }

  private static CoinRun skipped(String symbol, String tf, String reason, boolean hadBars) {
    return new CoinRun(
        CoinEvaluation.skipped(symbol, tf, reason),
        hadBars,
        new long[0],
        new double[0],
        new double[0],
        Map.of(),
        List.of());
  }

  private EvaluationReport aggregate(EvaluationRequest r, List<CoinRun> runs, double seconds) {
    long trials = r.families().size() + 1L;
    // Equal weight over the coins trading at each bar open time.
    TreeMap<Long, double[]> byTime = new TreeMap<>();
    int evaluated = 0;
    long bars = 0;
    long trades = 0;
    long holdTrades = 0;
    Interval finest = r.timeframes().get(0);
    for (Interval tf : r.timeframes()) {
      if (tf.millis() < finest.millis()) {
        finest = tf;
      }
    }
    Map<String, double[]> engineSums = new TreeMap<>();
    Map<String, List<double[]>> engineNet = new TreeMap<>();
    Map<String, List<Double>> engineReturns = new TreeMap<>();
    List<EvaluationReport.FlagOnCoin> flags = new ArrayList<>();
    List<CoinEvaluation> coins = new ArrayList<>();
    for (CoinRun run : runs) {
      coins.add(run.coin);
      for (LeakageFlag flag : run.flags) {
        flags.add(
            new EvaluationReport.FlagOnCoin(
                run.coin.symbol(),
                run.coin.timeframe(),
                flag.check(),
                flag.subject(),
                flag.detail()));
      }
      for (EnginePart part : run.engines.values()) {
        String key = part.timeframe + "|" + part.family + "|" + part.regime;
        // coins, skipped, samples, hits
        double[] sums = engineSums.computeIfAbsent(key, k -> new double[4]);
        if (part.ran) {
          sums[0]++;
          sums[2] += part.samples;
          sums[3] += part.hits;
          engineNet.computeIfAbsent(key, k -> new ArrayList<>()).add(part.net);
          engineReturns.computeIfAbsent(key, k -> new ArrayList<>()).add(part.netReturn);
        } else {
          sums[1]++;
        }
      }
      if (!run.coin.evaluated()) {
        continue;
      }
      evaluated++;
      bars += run.net.length;
      trades += run.coin.strategy().trades();
      holdTrades += run.coin.buyAndHold().trades();
      for (int i = 0; i < run.times.length; i++) {
        double[] cell = byTime.computeIfAbsent(run.times[i], t -> new double[3]);
        cell[0] += run.net[i];
        cell[1] += run.buyAndHoldNet[i];
        cell[2]++;
      }
    }
    int barsPerYear = barsPerYear(finest);
    Performance summary;
    Performance hold;
    double[] portfolio = new double[byTime.size()];
    double[] holdPortfolio = new double[byTime.size()];
    int i = 0;
    for (double[] cell : byTime.values()) {
      portfolio[i] = cell[0] / cell[2];
      holdPortfolio[i] = cell[1] / cell[2];
      i++;
    }
    if (portfolio.length == 0) {
      summary = new Performance(Double.NaN, Double.NaN, Double.NaN, 0, 0, 0, 0, 0);
      hold = summary;
    } else {
      summary = Performance.of(portfolio, trades, evaluated, bars, trials, barsPerYear);
      hold = Performance.of(holdPortfolio, holdTrades, evaluated, bars, trials, barsPerYear);
    }
    List<EngineSummary> engines = new ArrayList<>();
    for (Map.Entry<String, double[]> e : engineSums.entrySet()) {
      String[] key = e.getKey().split("\\|");
      double[] s = e.getValue();
      List<double[]> nets = engineNet.getOrDefault(e.getKey(), List.of());
      int total = 0;
      for (double[] net : nets) {
        total += net.length;
      }
      double[] pooled = new double[total];
      int at = 0;
      for (double[] net : nets) {
        System.arraycopy(net, 0, pooled, at, net.length);
        at += net.length;
      }
      engines.add(
          new EngineSummary(
              key[1],
              key[2],
              key[0],
              (int) s[0],
              (int) s[1],
              s[2] == 0 ? Double.NaN : s[3] / s[2],
              (long) s[2],
              TradingMetrics.sharpePerBar(pooled) * Math.sqrt(barsPerYear(Interval.parse(key[0]))),
              median(engineReturns.getOrDefault(e.getKey(), List.of()))));
    }
    List<String> tfs = new ArrayList<>();
    r.timeframes().forEach(t -> tfs.add(t.code()));
    List<String> fams = new ArrayList<>();
    r.families().forEach(f -> fams.add(f.code()));
    return new EvaluationReport(
        r.data().toString(),
        r.from() == null ? null : r.from().toString(),
        r.to() == null ? null : r.to().toString(),
        tfs,
        fams,
        r.labelSpec().costBps(),
        trials,
        summary,
        Performance.flat(evaluated, bars),
        hold,
        equity(portfolio, CURVE_POINTS),
        equity(holdPortfolio, CURVE_POINTS),
        coins,
        engines,
        flags,
        seconds,
        r.threads());
  }

  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  static int barsPerYear(Interval interval) {
    return (int) (365L * 24 * 3_600_000 / interval.millis());
  }

  /** Compounded equity (starting at 1 before the first return), at most {@code points} values. */
  static double[] equity(double[] net, int points) {
    double[] full = new double[net.length + 1];
    full[0] = 1;
    for (int i = 0; i < net.length; i++) {
      full[i + 1] = full[i] * (1 + net[i]);
    }
    if (full.length <= points) {
      return full;
    }
    double[] out = new double[points];
    for (int i = 0; i < points; i++) {
      out[i] = full[(int) ((long) i * (full.length - 1) / (points - 1))];
    }
    return out;
  }

  private static String rangeText(EvaluationRequest r) {
    return "between "
        + (r.from() == null ? "the start" : r.from().toString())
        + " and "
        + (r.to() == null ? "the end" : r.to().toString());
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e.getCause() != null && e.getCause().getMessage() != null) {
      message += ": " + e.getCause().getMessage();
    }
    return message.replace('\n', ' ');
  }

  /** Reads each file once (thread-safe) and cuts it to the date range. */
  private final class Bars {
    private final Map<String, Map<Interval, KlineFile>> files;
    private final long fromMs;
    private final long toMs;
    private final Map<String, BarSeries> cache = new ConcurrentHashMap<>();

    Bars(Map<String, Map<Interval, KlineFile>> files, EvaluationRequest r) {
      this.files = files;
      this.fromMs =
          r.from() == null
              ? Long.MIN_VALUE
              : r.from().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      this.toMs =
          r.to() == null
              ? Long.MAX_VALUE
              : r.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** The symbol's bars at {@code interval} in the range; {@code null} without a file. */
    BarSeries series(String symbol, Interval interval) {
      Map<Interval, KlineFile> mine = files.get(symbol);
      if (mine == null) {
        return null;
      }
      KlineFile own = mine.get(interval);
      if (own != null) {
        return cut(read(own));
      }
      KlineFile hourly = mine.get(Interval.H1);
      if (hourly == null || interval.millis() < Interval.H1.millis()) {
        return null;
      }
      return cut(Resampler.resample(read(hourly), interval));
    }

    private BarSeries read(KlineFile file) {
      BarSeries cached = cache.get(file.name());
      if (cached != null) {
        return cached;
      }
      BarSeries series;
      try {
        series = reader.read(file.path()).series();
      } catch (RuntimeException e) {
        // The message carries the cause; the report shows one line.
        throw new IllegalStateException(
            String.format(Locale.ROOT, "cannot read %s: %s", file.name(), oneLine(e)));
      }
      if (file.symbol().equals(BTC) || file.symbol().equals(ETH)) {
        // Only the context series are read by every coin; the others once each.
        cache.putIfAbsent(file.name(), series);
      }
      return series;
    }

    private BarSeries cut(BarSeries series) {
      return fromMs == Long.MIN_VALUE && toMs == Long.MAX_VALUE
          ? series
          : series.between(fromMs, toMs);
    }
  }
}
