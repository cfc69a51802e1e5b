package dev.coinengine.local;

import dev.coinengine.core.market.csv.RowProblem;
import dev.coinengine.store.lake.ImportListener;
import dev.coinengine.store.lake.ImportProgress;
import dev.coinengine.store.lake.ImportResult;
import dev.coinengine.store.lake.LakeSummary;
import dev.coinengine.store.lake.SymbolSummary;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** What the command line prints: short headers, progress lines and aligned tables. */
final class Console {
  private static final int MAX_PROBLEMS_SHOWN = 20;
  private static final int MAX_SYMBOLS_SHOWN = 40;
  private static final long PROGRESS_EVERY_NANOS = Duration.ofSeconds(2).toNanos();

  private final PrintStream out;

  Console(PrintStream out) {
    this.out = out;
  }

  void line(String text) {
    out.println(text);
  }

  void header(EngineContext context) {
    out.println("engine home: " + context.home());
    context
        .s3Endpoint()
        .ifPresent(
            uri ->
                out.println(
                    "object store: "
                        + uri
                        + " (embedded S3), bucket "
                        + context.objectStore().bucket()));
    context.sqsEndpoint().ifPresent(uri -> out.println("queue: " + uri + " (embedded SQS)"));
    out.println(
        "catalog: "
            + context.config().catalog().uri()
            + ", warehouse "
            + context.config().catalog().warehouse());
  }

  /** Prints a progress line at most every two seconds, and always the last one. */
  ImportListener progress(String label) {
    long[] lastPrinted = {0};
    return progress -> {
      long now = System.nanoTime();
      boolean last = progress.filesDone() == progress.filesTotal();
      if (!last && now - lastPrinted[0] < PROGRESS_EVERY_NANOS) {
        return;
      }
      lastPrinted[0] = now;
      out.println(label + ": " + describe(progress));
    };
  }

  private static String describe(ImportProgress p) {
    return String.format(
        Locale.ROOT,
        "%d/%d files, %,d bars read, %,d appended, %d commits, %,.0f bars/s, %s elapsed, ETA %s",
        p.filesDone(),
        p.filesTotal(),
        p.barsRead(),
        p.barsAppended(),
        p.commits(),
        p.barsPerSecond(),
        clock(p.elapsed()),
        p.eta().map(Console::clock).orElse("-"));
  }

  void importResult(ImportResult result) {
    out.printf(
        Locale.ROOT,
        "import done: %d files, %,d bars read, %,d appended, %,d already in the lake,"
            + " %d commits, %s%n",
        result.files(),
        result.barsRead(),
        result.barsAppended(),
        result.barsAlreadyPresent(),
        result.commits(),
        clock(result.elapsed()));
    out.printf(
        Locale.ROOT,
        "gaps in the imported files: %,d gaps, %,d missing bars%n",
        result.gaps().size(),
        result.missingBars());
    List<RowProblem> problems = result.problems();
    if (!problems.isEmpty()) {
      out.printf(Locale.ROOT, "rows skipped (policy: docs/operations.md): %,d%n", problems.size());
      problems.stream().limit(MAX_PROBLEMS_SHOWN).forEach(p -> out.println("  " + p));
      if (problems.size() > MAX_PROBLEMS_SHOWN) {
        out.println("  ... " + (problems.size() - MAX_PROBLEMS_SHOWN) + " more");
      }
    }
  }

  void lakeSummary(LakeSummary summary) {
    List<SymbolSummary> symbols = summary.symbols();
    out.println();
    out.printf(
        Locale.ROOT,
        "kline lake (snapshot %s): %d symbols, %,d bars, %,d gaps, %,d missing bars,"
            + " %,d duplicate bars%n",
        summary.snapshotId().isPresent() ? summary.snapshotId().getAsLong() : "none",
        symbols.size(),
        summary.bars(),
        summary.gaps(),
        summary.missingBars(),
        summary.duplicateBars());
    if (symbols.isEmpty()) {
      return;
    }
    out.printf(
        Locale.ROOT,
        "%-14s %-4s %9s  %-17s  %-17s  %5s  %8s%n",
        "symbol",
        "tf",
        "bars",
        "first bar (UTC)",
        "last bar (UTC)",
        "gaps",
        "missing");
    List<SymbolSummary> shown = symbols;
    if (symbols.size() > MAX_SYMBOLS_SHOWN) {
      out.println("(the " + MAX_SYMBOLS_SHOWN + " symbols with the most bars)");
      shown =
          symbols.stream()
              .sorted(
                  Comparator.comparingLong(SymbolSummary::bars)
                      .reversed()
                      .thenComparing(SymbolSummary::symbol))
              .limit(MAX_SYMBOLS_SHOWN)
              .toList();
    }
    for (SymbolSummary s : shown) {
      out.printf(
          Locale.ROOT,
          "%-14s %-4s %,9d  %-17s  %-17s  %5d  %,8d%n",
          s.symbol(),
          s.interval().code(),
          s.bars(),
          utc(s.firstOpenTimeMs()),
          utc(s.lastOpenTimeMs()),
          s.gaps(),
          s.missingBars());
    }
    long first = symbols.stream().mapToLong(SymbolSummary::firstOpenTimeMs).min().orElse(0);
    long last = symbols.stream().mapToLong(SymbolSummary::lastOpenTimeMs).max().orElse(0);
    out.println("first bar " + utc(first) + ", last bar " + utc(last));
  }

  void serving(EngineContext context, LocalServices services) {
    out.println();
    out.println(
        "market data: "
            + services.marketUrl()
            + (services.offline() ? " (loopback stub replaying recorded Binance payloads)" : ""));
    out.println("functions: " + services.functionsUrl() + " (POST /<function>)");
    String auth =
        context.config().http().authToken().isPresent()
            ? " -H 'Authorization: Bearer $ENGINE_HTTP_AUTH_TOKEN'"
            : "";
    out.println(
        "  curl -s"
            + auth
            + " -H 'Content-Type: application/json' -d '{\"limit\": 10}' "
            + services.functionsUrl().resolve("/selectCoins"));
    out.println(
        "  curl -s"
            + auth
            + " -H 'Content-Type: application/json' -d '{\"date\": \"2023-06-01\", \"limit\": 10}' "
            + services.functionsUrl().resolve("/selectCoins"));
    out.println(
        "  curl -s"
            + auth
            + " -H 'Content-Type: application/json' -d '{\"symbol\": \"BTCUSDT\", \"preset\":"
            + " \"balanced\", \"portfolio\": {\"equity\": 10000}}' "
            + services.functionsUrl().resolve("/decide"));
    out.println(
        "  curl -s"
            + auth
            + " -H 'Content-Type: application/json' -d '{\"coins\": 3, \"timeframes\": [\"1h\"]}' "
            + services.functionsUrl().resolve("/dailyTraining")
            + "   (enqueues only; ./engine train or a runner trains)");
    context
        .s3Endpoint()
        .ifPresent(
            uri ->
                out.println(
                    "object store: AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local-secret"
                        + " aws s3 ls --endpoint-url "
                        + uri
                        + " s3://"
                        + context.objectStore().bucket()
                        + "/ --recursive"));
    out.println("engine: serving; press Ctrl-C to stop");
  }

  private static String utc(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).toString().replace("T", " ").replace(":00Z", "");
  }

  private static String clock(Duration d) {
    long s = d.toSeconds();
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
  }
}
