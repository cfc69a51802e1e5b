package dev.coinengine.core.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard selector: every candidate runs through a {@link FilterChain}; the survivors are
 * scored by the {@link RankingMethod} (highest first, ties by symbol name), and the first {@code
 * limit} are kept (0 = all). The others are excluded with {@link ReasonCode#BELOW_RANK_LIMIT} or
 * {@link ReasonCode#NO_RANKING_DATA}. Deterministic: the result does not depend on the order of the
 * candidates.
 */
public final class ChainedCoinSelector implements CoinSelector {

  private static final Comparator<Scored> BEST_FIRST =
      Comparator.comparingDouble(Scored::score)
          .reversed()
          .thenComparing(scored -> scored.coin().symbol());

  private final FilterChain chain;
  private final RankingMethod ranking;
  private final int limit;

  public ChainedCoinSelector(FilterChain chain, RankingMethod ranking, int limit) {
    if (chain == null) {
      throw new IllegalArgumentException("chain must not be null");
    }
    if (ranking == null) {
      throw new IllegalArgumentException("ranking must not be null");
    }
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0 (0 = no limit), was " + limit);
    }
    this.chain = chain;
    this.ranking = ranking;
    this.limit = limit;
  }

  /** The standard chain, ranking and limit of {@code settings}. */
  public static ChainedCoinSelector fromSettings(SelectionSettings settings) {
    return new ChainedCoinSelector(
        FilterChain.standard(settings), settings.ranking(), settings.limit());
  }

  @Override
  public Selection select(Universe universe) {
    CoinRanker ranker = ranking.ranker();
    List<Exclusion> excluded = new ArrayList<>();
    List<Scored> survivors = new ArrayList<>();
    for (CoinMarket coin : universe.candidates()) {
      List<String> notes = new ArrayList<>(2);
      FilterResult result = chain.evaluate(coin, universe, notes);
      if (result.rejected()) {
        excluded.add(new Exclusion(coin.symbol(), result.reason(), result.detail()));
        continue;
      }
      double score = ranker.score(coin);
      if (Double.isNaN(score)) {
        excluded.add(
            new Exclusion(
                coin.symbol(), ReasonCode.NO_RANKING_DATA, ranker.metric() + " is unknown"));
        continue;
      }
      survivors.add(new Scored(coin, score, notes));
    }
    survivors.sort(BEST_FIRST);
    int kept = limit == 0 ? survivors.size() : Math.min(limit, survivors.size());
    List<RankedCoin> ranked = new ArrayList<>(kept);
    for (int i = 0; i < survivors.size(); i++) {
      Scored scored = survivors.get(i);
      if (i < kept) {
        ranked.add(
            new RankedCoin(
                i + 1,
                scored.coin().symbol(),
                scored.score(),
                metrics(scored.coin()),
                scored.notes()));
      } else {
        excluded.add(
            new Exclusion(
                scored.coin().symbol(),
                ReasonCode.BELOW_RANK_LIMIT,
                "rank "
                    + (i + 1)
                    + " > limit "
                    + limit
                    + " ("
                    + ranker.metric()
                    + " "
                    + FilterChain.num(scored.score())
                    + ")"));
      }
    }
    excluded.sort(Comparator.comparing(Exclusion::symbol));
    return new Selection(universe.asOfMs(), ranking, ranked, excluded);
  }

  private static Map<String, Double> metrics(CoinMarket coin) {
    Map<String, Double> metrics = new LinkedHashMap<>();
    put(metrics, "quote-volume-24h", coin.quoteVolume24h());
    put(metrics, "last-price", coin.lastPrice());
    put(metrics, "spread-bps", coin.spreadBps());
    put(metrics, "top-of-book-depth", coin.topOfBookDepthQuote());
    put(metrics, "tick-percent", coin.tickPercent());
    CoinStats stats = coin.stats();
    put(metrics, "listing-days", stats.listingDays());
    put(metrics, "volatility", stats.volatility());
    put(metrics, "range-change", stats.rangeChange());
    put(metrics, "hours-since-last-bar", stats.hoursSinceLastBar());
    return metrics;
  }

  private static void put(Map<String, Double> metrics, String key, double value) {
    if (!Double.isNaN(value)) {
      metrics.put(key, value);
    }
  }

  private record Scored(CoinMarket coin, double score, List<String> notes) {}
}
