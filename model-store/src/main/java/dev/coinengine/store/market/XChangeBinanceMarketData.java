package dev.coinengine.store.market;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.market.OrderBook;
import dev.coinengine.core.market.OrderBook.Level;
import dev.coinengine.core.market.SymbolInfo;
import dev.coinengine.core.market.Ticker24h;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.knowm.xchange.ExchangeSpecification;
import org.knowm.xchange.binance.Binance;
import org.knowm.xchange.binance.BinanceExchange;
import org.knowm.xchange.binance.dto.marketdata.BinanceOrderbook;
import org.knowm.xchange.binance.dto.marketdata.BinanceTicker24h;
import org.knowm.xchange.client.ExchangeRestProxyBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link MarketDataSource} over XChange 5.2.4's Binance REST proxy ({@link Binance}) for tickers,
 * depth and klines, and a JSON-tree proxy ({@link BinanceRawApi}) for exchangeInfo filters and the
 * single-symbol book ticker. Every call goes through a {@link RequestGuard}.
 *
 * <p>The proxies are addressed by symbol string, so XChange's remote metadata (an extra
 * exchangeInfo call at start-up, needed only by its adapted {@code MarketDataService}) is not
 * loaded.
 */
public final class XChangeBinanceMarketData implements MarketDataSource {

  private static final Logger LOG = LoggerFactory.getLogger(XChangeBinanceMarketData.class);
  private static final int MAX_KLINES = 1000;

  private final Binance binance;
  private final BinanceRawApi raw;
  private final RequestGuard guard;
  private final Clock clock;
  private final ExchangeInfoMapper exchangeInfoMapper = new ExchangeInfoMapper();

  public XChangeBinanceMarketData(
      Binance binance, BinanceRawApi raw, RequestGuard guard, Clock clock) {
    this.binance = binance;
    this.raw = raw;
    this.guard = guard;
    this.clock = clock;
  }

  /** Builds the REST proxies for {@code settings.baseUrl()}; makes no call yet. */
  public static XChangeBinanceMarketData connect(
      BinanceMarketDataSettings settings, Clock clock, RandomGenerator random, Sleeper sleeper) {
    ExchangeSpecification spec = specification(settings);
    Binance binance = ExchangeRestProxyBuilder.forInterface(Binance.class, spec).build();
    BinanceRawApi raw = ExchangeRestProxyBuilder.forInterface(BinanceRawApi.class, spec).build();
    RequestGuard guard =
        new RequestGuard(
            new WeightBudget(settings.weightPerMinute(), clock),
            settings.retry(),
            random,
            sleeper,
            clock);
    return new XChangeBinanceMarketData(binance, raw, guard, clock);
  }

  static ExchangeSpecification specification(BinanceMarketDataSettings settings) {
    String base = settings.baseUrl().toString().replaceAll("/+$", "");
    ExchangeSpecification spec = new ExchangeSpecification(BinanceExchange.class);
    // sslUri is the base URL of every REST call; sandbox/futures parameters would rewrite it.
    spec.setSslUri(base);
    spec.setHost(settings.baseUrl().getHost());
    if (settings.baseUrl().getPort() > 0) {
      spec.setPort(settings.baseUrl().getPort());
    }
    spec.setShouldLoadRemoteMetaData(false);
    spec.setHttpConnTimeout((int) settings.connectTimeout().toMillis());
    spec.setHttpReadTimeout((int) settings.readTimeout().toMillis());
    // Weight budgeting and retries are RequestGuard's job; XChange's own would double them.
    spec.getResilience().setRetryEnabled(false);
    spec.getResilience().setRateLimiterEnabled(false);
    return spec;
  }

  @Override
  public MappingResult<SymbolInfo> exchangeInfo() {
    JsonNode body =
        guard.call(
            "GET /api/v3/exchangeInfo", null, RequestWeights.EXCHANGE_INFO, raw::exchangeInfo);
    MappingResult<SymbolInfo> result = exchangeInfoMapper.map(body);
    report("exchangeInfo", result);
    return result;
  }

  @Override
  public MappingResult<Ticker24h> tickers() {
    List<BinanceTicker24h> all =
        guard.call(
            "GET /api/v3/ticker/24hr", null, RequestWeights.TICKER_24H_ALL, binance::ticker24h);
    if (all == null) {
      throw new MarketDataException("GET /api/v3/ticker/24hr answered with no body");
    }
    List<Ticker24h> mapped = new ArrayList<>(all.size());
    List<SymbolProblem> excluded = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      BinanceTicker24h t = all.get(i);
      String name = t == null ? null : t.getSymbol();
      String label = name == null || name.isBlank() ? "tickers[" + i + "]" : name;
      Optional<String> problem = tickerProblem(t);
      if (problem.isPresent()) {
        excluded.add(new SymbolProblem(label, problem.get()));
      } else {
        mapped.add(toTicker(t));
      }
    }
    MappingResult<Ticker24h> result = new MappingResult<>(mapped, excluded);
    report("ticker/24hr", result);
    return result;
  }

  @Override
  public Optional<Ticker24h> ticker(String symbol) {
    try {
      BinanceTicker24h t =
          guard.call(
              "GET /api/v3/ticker/24hr?symbol=" + symbol,
              symbol,
              RequestWeights.TICKER_24H_ONE,
              () -> binance.ticker24h(symbol));
      Optional<String> problem = tickerProblem(t);
      if (problem.isPresent()) {
        throw new MarketDataException("ticker of " + symbol + " unusable: " + problem.get());
      }
      return Optional.of(toTicker(t));
    } catch (UnknownSymbolException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<OrderBook> bestBidAsk(String symbol) {
    try {
      JsonNode t =
          guard.call(
              "GET /api/v3/ticker/bookTicker?symbol=" + symbol,
              symbol,
              RequestWeights.BOOK_TICKER_ONE,
              () -> raw.bookTicker(symbol));
      List<Level> bids = new ArrayList<>(1);
      List<Level> asks = new ArrayList<>(1);
      addLevel(bids, t.path("bidPrice").asText(""), t.path("bidQty").asText(""));
      addLevel(asks, t.path("askPrice").asText(""), t.path("askQty").asText(""));
      return Optional.of(new OrderBook(symbol, bids, asks));
    } catch (UnknownSymbolException e) {
      return Optional.empty();
    }
  }

  @Override
  public OrderBook depth(String symbol, int limit) {
    BinanceOrderbook book =
        guard.call(
            "GET /api/v3/depth?symbol=" + symbol,
            symbol,
            RequestWeights.depth(limit),
            () -> binance.depth(symbol, limit));
    return new OrderBook(
        symbol,
        levels(book.bids, Comparator.<Level>comparingDouble(Level::price).reversed()),
        levels(book.asks, Comparator.comparingDouble(Level::price)));
  }

  @Override
  public List<Bar> klines(String symbol, Interval interval, long fromMs, int limit) {
    if (limit < 1 || limit > MAX_KLINES) {
      throw new IllegalArgumentException("klines limit must be 1..1000, was " + limit);
    }
    List<Object[]> rows =
        guard.call(
            "GET /api/v3/klines?symbol=" + symbol + "&interval=" + interval.code(),
            symbol,
            RequestWeights.KLINES,
            () -> binance.klines(symbol, interval.code(), limit, fromMs, null));
    long now = clock.millis();
    List<Bar> bars = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      Optional<Bar> bar = KlineRows.toClosedBar(row, interval, now, symbol);
      bar.ifPresent(bars::add);
    }
    return bars;
  }

  private static void report(String what, MappingResult<?> result) {
    for (SymbolProblem p : result.excluded()) {
      LOG.warn("{}: excluded {}: {}", what, p.symbol(), p.reason());
    }
    LOG.info(
        "{}: {} symbols mapped, {} excluded",
        what,
        result.mapped().size(),
        result.excluded().size());
  }

  private static Optional<String> tickerProblem(BinanceTicker24h t) {
    if (t == null) {
      return Optional.of("empty entry");
    }
    if (t.getSymbol() == null || t.getSymbol().isBlank()) {
      return Optional.of("missing field 'symbol'");
    }
    if (t.getLastPrice() == null) {
      return Optional.of("missing field 'lastPrice'");
    }
    if (t.getQuoteVolume() == null) {
      return Optional.of("missing field 'quoteVolume'");
    }
    return Optional.empty();
  }

  private static Ticker24h toTicker(BinanceTicker24h t) {
    return new Ticker24h(
        t.getSymbol(),
        d(t.getLastPrice()),
        d(t.getBidPrice()),
        d(t.getBidQty()),
        d(t.getAskPrice()),
        d(t.getAskQty()),
        d(t.getHighPrice()),
        d(t.getLowPrice()),
        d(t.getVolume()),
        d(t.getQuoteVolume()),
        t.getCount(),
        d(t.getPriceChangePercent()),
        t.getOpenTime(),
        t.getCloseTime());
  }

  private static double d(BigDecimal value) {
    return value == null ? Double.NaN : value.doubleValue();
  }

  private static List<Level> levels(Map<BigDecimal, BigDecimal> side, Comparator<Level> bestFirst) {
    List<Level> levels = new ArrayList<>();
    if (side != null) {
      side.forEach(
          (price, qty) -> {
            if (price != null && qty != null && price.signum() > 0 && qty.signum() >= 0) {
              levels.add(new Level(price.doubleValue(), qty.doubleValue()));
            }
          });
    }
    levels.sort(bestFirst);
    return levels;
  }

  private static void addLevel(List<Level> side, String price, String qty) {
    try {
      double p = Double.parseDouble(price);
      double q = Double.parseDouble(qty);
      if (p > 0 && q >= 0) {
        side.add(new Level(p, q));
      }
    } catch (NumberFormatException noQuote) {
      // a missing or empty quote leaves the side empty
    }
  }
}
