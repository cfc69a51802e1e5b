package dev.coinengine.core.selection;

import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.ExchangeFilters;
import dev.coinengine.core.market.ExchangeFilters.PriceFilter;
import dev.coinengine.core.market.SymbolInfo;
import dev.coinengine.core.market.Ticker24h;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Selection over a full exchange universe (about 2,500 symbols: exchangeInfo + 24h tickers) and the
 * point-in-time universe of one day built from a 400-coin hourly lake. Run it as documented in
 * {@code docs/selection.md}. {@code universe=snapshot} needs the recorded snapshots in shared/data.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoinSelectorBenchmark {

  private static final long AS_OF = 1_710_038_820_116L; // 2024-03-10T02:47Z, the ticker snapshot
  private static final String[] QUOTES = {
    "USDT", "USDT", "USDT", "USDT", "BTC", "BTC", "BTC", "FDUSD", "FDUSD", "ETH", "BNB", "BNB",
    "TRY", "TRY", "EUR", "BRL", "USDC", "TUSD", "JPY", "DAI"
  };

  /** An exchange universe (exchangeInfo + tickers) and a selector with a limit of 400. */
  @State(Scope.Benchmark)
  public static class ExchangeState {
    @Param({"synthetic", "snapshot"})
    public String universe;

    @Param({"QUOTE_VOLUME", "LIQUIDITY_SCORE"})
    public String ranking;

    Universe exchangeUniverse;
    CoinSelector selector;

    @Setup(Level.Trial)
    public void setUp() {
      exchangeUniverse = universe.equals("snapshot") ? snapshot() : synthetic(2_500, 42);
      selector =
          ChainedCoinSelector.fromSettings(
              SelectionSettings.defaults()
                  .withRanking(RankingMethod.parse(ranking))
                  .withLimit(400));
      Selection once = selector.select(exchangeUniverse);
      System.out.printf(
          "%n%s universe: %d candidates, %d selected, exclusions %s%n",
          universe, exchangeUniverse.size(), once.ranked().size(), summary(once));
    }
  }

  /** A 400-coin hourly lake of up to 60 days and the day to select. */
  @State(Scope.Benchmark)
  public static class LakeState {
    final LocalDate day = LocalDate.of(2024, 3, 1);
    Map<String, BarSeries> lake;
    HistoricalUniverse history;
    CoinSelector selector;

    @Setup(Level.Trial)
    public void setUp() {
      lake = syntheticLake(400, 60, day, 7);
      SelectionSettings settings = SelectionSettings.defaults().withLimit(400);
      history = HistoricalUniverse.forSettings(settings);
      selector = ChainedCoinSelector.fromSettings(settings);
    }
  }

  /** exchangeInfo + tickers to a ranked selection of 400 with reasons for every other symbol. */
  @Benchmark
  public Selection selectFullUniverse(ExchangeState state) {
    return state.selector.select(state.exchangeUniverse);
  }

  /** One past day from 400 coins x up to 60 days of hourly bars: stats, universe, selection. */
  @Benchmark
  public Selection selectPastDayFromBars(LakeState state) {
    return state.selector.select(state.history.at(state.day, state.lake));
  }

  private static Map<ReasonCode, Integer> summary(Selection selection) {
    Map<ReasonCode, Integer> counts = new java.util.EnumMap<>(ReasonCode.class);
    selection.exclusionsByReason().forEach((reason, list) -> counts.put(reason, list.size()));
    return counts;
  }

  private static Universe snapshot() {
    Path data =
        SharedData.root()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "universe=snapshot needs shared/data beside the repository;"
                            + " run with -p universe=synthetic"));
    List<Ticker24h> tickers = SnapshotFiles.tickers(data.resolve(SnapshotFiles.TICKER));
    List<SymbolInfo> listings = SnapshotFiles.listings(data.resolve(SnapshotFiles.EXCHANGE_INFO));
    return Universe.fromExchange(AS_OF, listings, tickers, Map.of());
  }

  /**
   * A Binance-like universe: a fifth quoted in USDT, the rest in BTC, FDUSD, TRY, ...; a quarter
   * not trading; log-normal volumes and spreads; a few ticker-only and listing-only symbols; bar
   * statistics for the USDT pairs.
   */
  static Universe synthetic(int size, long seed) {
    Random random = new Random(seed);
    List<CoinMarket> coins = new ArrayList<>(size);
    Set<String> used = new HashSet<>();
    List<String> bases = new ArrayList<>();
    for (int i = 0; bases.size() < size; i++) {
      bases.add(Integer.toString(46_656 + i * 7, 36).toUpperCase());
    }
    while (coins.size() < size) {
      String base = bases.get(random.nextInt(bases.size()));
      String quote = QUOTES[random.nextInt(QUOTES.length)];
      String symbol = base + quote;
      if (!used.add(symbol)) {
        continue;
      }
      double price = Math.exp(random.nextGaussian() * 3);
      BigDecimal tick =
          BigDecimal.ONE.movePointLeft(Math.max(0, 4 - (int) Math.floor(Math.log10(price))));
      SymbolInfo info =
          random.nextInt(50) == 0
              ? null
              : new SymbolInfo(
                  symbol,
                  random.nextInt(4) == 0 ? "BREAK" : "TRADING",
                  base,
                  quote,
                  new ExchangeFilters(
                      new PriceFilter(tick, new BigDecimal("1000000"), tick),
                      null,
                      null,
                      null,
                      null));
      Ticker24h ticker = null;
      if (info == null || random.nextInt(40) != 0) {
        double volume = Math.exp(13 + random.nextGaussian() * 2.5);
        double spread = price * Math.exp(random.nextGaussian() - 7.5);
        ticker =
            new Ticker24h(
                symbol,
                price,
                price - spread / 2,
                Math.exp(random.nextGaussian() * 2 + 5),
                price + spread / 2,
                Math.exp(random.nextGaussian() * 2 + 5),
                price * 1.06,
                price * 0.95,
                volume / price,
                volume,
                10_000,
                2.5,
                AS_OF - 86_400_000L,
                AS_OF);
      }
      CoinStats stats =
          "USDT".equals(quote)
              ? new CoinStats(
                  random.nextDouble() * 1500,
                  Math.exp(13 + random.nextGaussian() * 2.5),
                  0.01 + random.nextDouble() * 0.08,
                  random.nextDouble() * 0.6,
                  price,
                  random.nextInt(30) == 0 ? 40 : random.nextDouble())
              : CoinStats.UNKNOWN;
      coins.add(new CoinMarket(info, ticker, stats));
    }
    return new Universe(AS_OF, Universe.Source.EXCHANGE, coins);
  }

  /** {@code coins} USDT pairs with {@code days} of hourly random-walk bars up to {@code day}. */
  static Map<String, BarSeries> syntheticLake(int coins, int days, LocalDate day, long seed) {
    Random random = new Random(seed);
    long end = day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    Map<String, BarSeries> lake = new HashMap<>();
    for (int c = 0; c < coins; c++) {
      String symbol = "C" + Integer.toString(1_296 + c, 36).toUpperCase() + "USDT";
      double[] price = {Math.exp(random.nextGaussian() * 3)};
      double sigma = 0.003 + random.nextDouble() * 0.02;
      long start = end - (long) (days * (0.2 + 0.8 * random.nextDouble())) * Bars.DAY;
      Random walk = new Random(seed * 1_000 + c);
      lake.put(
          symbol,
          Bars.hourly(
              symbol,
              start,
              end,
              t -> price[0] = price[0] * Math.exp(sigma * walk.nextGaussian())));
    }
    return lake;
  }
}
