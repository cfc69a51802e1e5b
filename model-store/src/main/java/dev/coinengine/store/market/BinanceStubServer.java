package dev.coinengine.store.market;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.coinengine.core.market.Interval;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * A loopback HTTP server that answers Binance's public spot endpoints from recorded payloads
 * ({@link StubPayloads}), for offline runs and tests. It listens on 127.0.0.1 only.
 *
 * <ul>
 *   <li>{@code /api/v3/exchangeInfo}: the recorded body, byte for byte.
 *   <li>{@code /api/v3/ticker/24hr}: the recorded body; with {@code ?symbol=} that symbol's entry.
 *   <li>{@code /api/v3/ticker/bookTicker}: bid/ask price and quantity from the 24h ticker entry.
 *   <li>{@code /api/v3/depth}: there is no recorded depth, so the answer holds exactly one level
 *       per side, the ticker's best bid and ask (a side is empty when its price is 0). No deeper
 *       levels are invented, whatever {@code limit} asks for.
 *   <li>{@code /api/v3/klines}: from {@code <SYMBOL>-<interval>.csv.gz} in the kline folder
 *       (columns {@code open_time_ms,open,high,low,close,volume,quote_volume,trades}); a value the
 *       file lacks is sent as JSON null, which real Binance never does. A known symbol without a
 *       file gets an empty list.
 *   <li>{@code /api/v3/time} (this server's clock) and {@code /api/v3/ping}.
 * </ul>
 *
 * A symbol found in neither the exchangeInfo nor the ticker gets HTTP 400 with Binance's error body
 * {@code {"code":-1121,"msg":"Invalid symbol."}}.
 */
public final class BinanceStubServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DEFAULT_KLINES = 500;
  private static final int MAX_KLINES = 1000;

  private final HttpServer server;
  private final ExecutorService executor;
  private final Clock clock;
  private final byte[] exchangeInfo;
  private final byte[] tickers;
  private final Map<String, JsonNode> tickerBySymbol;
  private final Set<String> knownSymbols;
  private final Path klineFolder;
  private final Map<String, List<String[]>> klineCache = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requestCounts = new ConcurrentHashMap<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private volatile int failureStatus;
  private volatile long failureRetryAfterSeconds;

  private BinanceStubServer(StubPayloads payloads, int port, Clock clock) throws IOException {
    this.clock = clock;
    this.exchangeInfo = payloads.exchangeInfo();
    this.tickers = payloads.tickers24h();
    this.klineFolder = payloads.klineFolder().orElse(null);
    JsonNode tickerArray = JSON.readTree(tickers);
    if (tickerArray == null || !tickerArray.isArray()) {
      throw new IllegalArgumentException("24h ticker payload is not a JSON array");
    }
    Map<String, JsonNode> bySymbol = new HashMap<>();
    for (JsonNode entry : tickerArray) {
      String symbol = entry.path("symbol").asText("");
      if (!symbol.isEmpty()) {
        bySymbol.put(symbol, entry);
      }
    }
    this.tickerBySymbol = Collections.unmodifiableMap(bySymbol);
    Set<String> known = new HashSet<>(bySymbol.keySet());
    for (JsonNode entry : JSON.readTree(exchangeInfo).path("symbols")) {
      String symbol = entry.path("symbol").asText("");
      if (!symbol.isEmpty()) {
        known.add(symbol);
      }
    }
    this.knownSymbols = Collections.unmodifiableSet(known);
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    this.executor =
        Executors.newFixedThreadPool(
            4,
            r -> {
              Thread t = new Thread(r, "binance-stub");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * Starts serving {@code payloads} on 127.0.0.1.
   *
   * @param port 0 for a free port
   */
  public static BinanceStubServer start(StubPayloads payloads, int port, Clock clock) {
    try {
      return new BinanceStubServer(payloads, port, clock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the Binance stub on port " + port, e);
    }
  }

  /** e.g. {@code http://127.0.0.1:41234}, to be used as the market-data base URL. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + port());
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** How many requests reached {@code path} (e.g. {@code /api/v3/exchangeInfo}). */
  public int requests(String path) {
    AtomicInteger count = requestCounts.get(path);
    return count == null ? 0 : count.get();
  }

  /**
   * Answers the next {@code count} requests with HTTP {@code status} (Binance's error JSON for 4xx,
   * a plain-text body otherwise), with a {@code Retry-After} header if {@code retryAfterSeconds} is
   * 0 or more. For exercising a client's retry path.
   */
  public void failNext(int count, int status, long retryAfterSeconds) {
    failureStatus = status;
    failureRetryAfterSeconds = retryAfterSeconds;
    failuresLeft.set(count);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String path = exchange.getRequestURI().getPath();
      requestCounts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      if (!"GET".equals(exchange.getRequestMethod())) {
        error(exchange, 405, -1000, "Only GET is served.");
        return;
      }
      if (failuresLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
        injectedFailure(exchange);
        return;
      }
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      switch (path) {
        case "/api/v3/ping" -> send(exchange, 200, "{}".getBytes(StandardCharsets.UTF_8));
        case "/api/v3/time" ->
            send(
                exchange,
                200,
                json(
                    g -> {
                      g.writeStartObject();
                      g.writeNumberField("serverTime", clock.millis());
                      g.writeEndObject();
                    }));
        case "/api/v3/exchangeInfo" -> send(exchange, 200, exchangeInfo);
        case "/api/v3/ticker/24hr" -> ticker24h(exchange, query.get("symbol"));
        case "/api/v3/ticker/bookTicker" -> bookTicker(exchange, query.get("symbol"));
        case "/api/v3/depth" -> depth(exchange, query);
        case "/api/v3/klines" -> klines(exchange, query);
        default -> error(exchange, 404, -1000, "No such endpoint in the stub: " + path);
      }
    } catch (NumberFormatException e) {
      error(exchange, 400, -1100, "Illegal characters found in a parameter.");
    } catch (RuntimeException e) {
      error(exchange, 500, -1000, "stub failure: " + e.getMessage());
    } finally {
      exchange.close();
    }
  }

  private void ticker24h(HttpExchange exchange, String symbol) throws IOException {
    if (symbol == null) {
      send(exchange, 200, tickers);
      return;
    }
    JsonNode entry = tickerBySymbol.get(symbol);
    if (entry == null) {
      invalidSymbol(exchange);
      return;
    }
    send(exchange, 200, JSON.writeValueAsBytes(entry));
  }

  private void bookTicker(HttpExchange exchange, String symbol) throws IOException {
    if (symbol == null) {
      List<JsonNode> all = new ArrayList<>(tickerBySymbol.values());
      send(
          exchange,
          200,
          json(
              g -> {
                g.writeStartArray();
                for (JsonNode t : all) {
                  writeBookTicker(g, t);
                }
                g.writeEndArray();
              }));
      return;
    }
    JsonNode entry = tickerBySymbol.get(symbol);
    if (entry == null) {
      invalidSymbol(exchange);
      return;
    }
    send(exchange, 200, json(g -> writeBookTicker(g, entry)));
  }

  private static void writeBookTicker(JsonGenerator g, JsonNode t) throws IOException {
    g.writeStartObject();
    g.writeStringField("symbol", t.path("symbol").asText());
    g.writeStringField("bidPrice", t.path("bidPrice").asText("0"));
    g.writeStringField("bidQty", t.path("bidQty").asText("0"));
    g.writeStringField("askPrice", t.path("askPrice").asText("0"));
    g.writeStringField("askQty", t.path("askQty").asText("0"));
    g.writeEndObject();
  }

  private void depth(HttpExchange exchange, Map<String, String> query) throws IOException {
    String symbol = query.get("symbol");
    if (symbol == null) {
      error(exchange, 400, -1102, "Mandatory parameter 'symbol' was not sent.");
      return;
    }
    Integer limit = intParam(query, "limit", 100);
    if (limit == null || limit < 1 || limit > 5000) {
      error(exchange, 400, -1100, "Illegal value for parameter 'limit'.");
      return;
    }
    JsonNode t = tickerBySymbol.get(symbol);
    if (t == null) {
      invalidSymbol(exchange);
      return;
    }
    send(
        exchange,
        200,
        json(
            g -> {
              g.writeStartObject();
              g.writeNumberField("lastUpdateId", t.path("lastId").asLong(0));
              writeSide(g, "bids", t.path("bidPrice").asText("0"), t.path("bidQty").asText("0"));
              writeSide(g, "asks", t.path("askPrice").asText("0"), t.path("askQty").asText("0"));
              g.writeEndObject();
            }));
  }

  private static void writeSide(JsonGenerator g, String name, String price, String qty)
      throws IOException {
    g.writeArrayFieldStart(name);
    if (isPositive(price)) {
      g.writeStartArray();
      g.writeString(price);
      g.writeString(qty);
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  private void klines(HttpExchange exchange, Map<String, String> query) throws IOException {
    String symbol = query.get("symbol");
    String code = query.get("interval");
    if (symbol == null || code == null) {
      error(exchange, 400, -1102, "Mandatory parameter 'symbol' or 'interval' was not sent.");
      return;
    }
    Interval interval;
    try {
      interval = Interval.parse(code);
    } catch (IllegalArgumentException e) {
      error(exchange, 400, -1120, "Invalid interval.");
      return;
    }
    Integer limit = intParam(query, "limit", DEFAULT_KLINES);
    Long start = longParam(query, "startTime");
    Long end = longParam(query, "endTime");
    if (limit == null || limit < 1) {
      error(exchange, 400, -1100, "Illegal value for parameter 'limit'.");
      return;
    }
    int max = Math.min(limit, MAX_KLINES);
    Path file = klineFolder == null ? null : klineFolder.resolve(symbol + "-" + code + ".csv.gz");
    if (file == null || !Files.isRegularFile(file)) {
      if (knownSymbols.contains(symbol)) {
        send(exchange, 200, "[]".getBytes(StandardCharsets.UTF_8));
      } else {
        invalidSymbol(exchange);
      }
      return;
    }
    List<String[]> rows = klineCache.computeIfAbsent(file.toString(), k -> readCsv(file));
    List<String[]> picked = pick(rows, start, end, max);
    long length = interval.millis();
    send(
        exchange,
        200,
        json(
            g -> {
              g.writeStartArray();
              for (String[] r : picked) {
                long open = Long.parseLong(r[0]);
                g.writeStartArray();
                g.writeNumber(open);
                for (int i = 1; i <= 5; i++) {
                  g.writeString(r[i]);
                }
                g.writeNumber(open + length - 1);
                writeOptionalString(g, r, 6);
                if (r.length > 7 && !r[7].isEmpty()) {
                  g.writeNumber(Long.parseLong(r[7]));
                } else {
                  g.writeNull();
                }
                g.writeNull(); // taker buy base volume: not recorded
                g.writeNull(); // taker buy quote volume: not recorded
                g.writeString("0");
                g.writeEndArray();
              }
              g.writeEndArray();
            }));
  }

  private static List<String[]> pick(List<String[]> rows, Long start, Long end, int max) {
    List<String[]> inRange = new ArrayList<>();
    for (String[] r : rows) {
      long open = Long.parseLong(r[0]);
      if ((start == null || open >= start) && (end == null || open <= end)) {
        inRange.add(r);
      }
    }
    // Binance: with a start the oldest bars from there, without one the most recent bars.
    if (inRange.size() <= max) {
      return inRange;
    }
    return start != null
        ? inRange.subList(0, max)
        : inRange.subList(inRange.size() - max, inRange.size());
  }

  private static void writeOptionalString(JsonGenerator g, String[] r, int i) throws IOException {
    if (r.length > i && !r[i].isEmpty()) {
      g.writeString(r[i]);
    } else {
      g.writeNull();
    }
  }

  private static List<String[]> readCsv(Path file) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = reader.readLine(); // header
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank()) {
          rows.add(line.split(",", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read kline file " + file, e);
    }
    rows.sort((a, b) -> Long.compare(Long.parseLong(a[0]), Long.parseLong(b[0])));
    return List.copyOf(rows);
  }

  private void injectedFailure(HttpExchange exchange) throws IOException {
    if (failureRetryAfterSeconds >= 0) {
      exchange.getResponseHeaders().set("Retry-After", Long.toString(failureRetryAfterSeconds));
    }
    if (failureStatus >= 500) {
      exchange.getResponseHeaders().set("Content-Type", "text/plain");
      byte[] body = "Service Unavailable".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(failureStatus, body.length);
      exchange.getResponseBody().write(body);
    } else {
      error(exchange, failureStatus, -1003, "Too many requests (stub-injected failure).");
    }
  }

  private static void invalidSymbol(HttpExchange exchange) throws IOException {
    error(exchange, 400, -1121, "Invalid symbol.");
  }

  private static void error(HttpExchange exchange, int status, int code, String msg)
      throws IOException {
    send(
        exchange,
        status,
        json(
            g -> {
              g.writeStartObject();
              g.writeNumberField("code", code);
              g.writeStringField("msg", msg);
              g.writeEndObject();
            }));
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private interface JsonWriting {
    void write(JsonGenerator g) throws IOException;
  }

  private static byte[] json(JsonWriting writing) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
      writing.write(g);
    }
    return out.toByteArray();
  }

  private static boolean isPositive(String decimal) {
    try {
      return new java.math.BigDecimal(decimal).signum() > 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.put(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return params;
  }

  private static Integer intParam(Map<String, String> query, String name, int fallback) {
    String value = query.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Long longParam(Map<String, String> query, String name) {
    String value = query.get(name);
    if (value == null || value.isEmpty()) {
      return null;
    }
    return Long.parseLong(value);
  }
}
