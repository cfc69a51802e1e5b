package dev.coinengine.functions.decide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.core.selection.SelectionSettings;
import dev.coinengine.functions.FunctionsServer;
import dev.coinengine.functions.FunctionsSettings;
import dev.coinengine.functions.support.FuzzBodies;
import dev.coinengine.store.market.BinanceMarketDataSettings;
import dev.coinengine.store.market.BinanceStubServer;
import dev.coinengine.store.market.Sleeper;
import dev.coinengine.store.market.StubPayloads;
import dev.coinengine.store.market.XChangeBinanceMarketData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** 10,000 random and malformed bodies per function: never a 5xx, every refusal our JSON. */
class DecideFuzzIT {
  private static final int BODIES = 10_000;
  private static final int CALLERS = 4;
  private static final long SEED = 20_261_125L;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String VALID =
      "{\"symbol\":\"SOLUSDT\",\"timeframe\":\"1h\",\"time\":\"2023-09-20T10:00:00Z\","
          + "\"preset\":\"balanced\",\"orderType\":\"limit\",\"liquidity\":\"taker\","
          + "\"portfolio\":{\"equity\":50000,\"positions\":[{\"symbol\":\"BTCUSDT\","
          + "\"notional\":2500}],\"todayPnl\":-10,\"peakEquity\":52000},"
          + "\"quote\":{\"bid\":19.99,\"ask\":20.01},"
          + "\"depth\":{\"bids\":[[19.99,100],[19.9,500]],\"asks\":[[20.01,100],[20.1,500]]}}";

  private static BinanceStubServer stub;
  private static DecisionService service;
  private static FunctionsServer server;

  @BeforeAll
  static void start() {
    DecideFixture fixture = new DecideFixture();
    Clock clock = Clock.fixed(Instant.parse("2023-10-01T00:00:00Z"), ZoneOffset.UTC);
    service = fixture.service(clock, false);
    stub = BinanceStubServer.start(StubPayloads.bundled(), 0, Clock.systemUTC());
    server =
        FunctionsServer.start(
            new FunctionsSettings(Optional.empty(), SelectionSettings.defaults()),
            XChangeBinanceMarketData.connect(
                BinanceMarketDataSettings.offline(stub.baseUrl()),
                Clock.systemUTC(),
                new SplittableRandom(1),
                Sleeper.SYSTEM),
            Optional.empty(),
            Optional.of(service),
            Optional.empty(),
            clock,
            0);
  }

  @AfterAll
  static void stop() {
    server.close();
    service.close();
    stub.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"decide", "predict"})
  void tenThousandRandomBodiesNeverCauseAServerError(String function) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    URI uri = server.baseUrl().resolve("/" + function);
    List<Function<Random, byte[]>> generators =
        List.of(
            r -> FuzzBodies.randomBytes(r, 300),
            r -> FuzzBodies.truncated(VALID, r),
            DecideFuzzIT::wrongTypes,
            DecideFuzzIT::hugeNumbers,
            r -> FuzzBodies.deepNesting("portfolio", r),
            r -> FuzzBodies.mutated(VALID, r));
    Map<Integer, Integer> statusCounts = new ConcurrentHashMap<>();
    Queue<String> failures = new ConcurrentLinkedQueue<>();
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    for (int caller = 0; caller < CALLERS; caller++) {
      int first = caller;
      callers.execute(
          () -> {
            for (int i = first; i < BODIES && failures.size() < 5; i += CALLERS) {
              byte[] body = generators.get(i % generators.size()).apply(new Random(SEED + i));
              try {
                HttpResponse<String> response = post(client, uri, body);
                statusCounts.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() >= 500
                    || (response.statusCode() != 200
                        && !JSON.readTree(response.body()).path("error").isString())) {
                  failures.add(
                      response.statusCode()
                          + " "
                          + response.body()
                          + " for "
                          + FuzzBodies.shown(body));
                }
              } catch (Exception e) {
                failures.add(e + " for " + FuzzBodies.shown(body));
              }
            }
          });
    }
    callers.shutdown();
    assertThat(callers.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
    System.out.printf(
        "%s: %d bodies, statuses %s%n", function, BODIES, new TreeMap<>(statusCounts));

    assertThat(failures).isEmpty();
    assertThat(statusCounts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(BODIES);
    assertThat(statusCounts.getOrDefault(400, 0)).isGreaterThan(BODIES / 2);
    assertThat(statusCounts).containsKey(200);
  }

  private static HttpResponse<String> post(HttpClient client, URI uri, byte[] body)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] wrongTypes(Random random) {
    String[] fields = {
      "symbol",
      "timeframe",
      "time",
      "preset",
      "portfolio",
      "quote",
      "depth",
      "funding",
      "orderType",
      "liquidity",
      "bars",
      "unknown"
    };
    String[] values = {
      "true",
      "null",
      "\"\"",
      "[]",
      "{}",
      "[1,\"a\"]",
      "-0",
      "0.5",
      "\"-1\"",
      "\"BTCUSDT\"",
      "\"NOPEUSDT\"",
      "\"btcusdt\"",
      "\"1h\"",
      "\"3m\"",
      "\"2023-09-20T10:00:00Z\"",
      "\"2099-01-01T00:00:00Z\"",
      "\"1970-01-01T00:00:00Z\"",
      "\"yesterday\"",
      "\"aggressive\"",
      "\"reckless\"",
      "{\"equity\":-1}",
      "{\"equity\":100,\"positions\":[{\"symbol\":1}]}",
      "{\"equity\":100,\"positions\":\"x\"}",
      "{\"bid\":2,\"ask\":1}",
      "{\"bid\":0,\"ask\":1}",
      "{\"bids\":[[1]],\"asks\":[]}",
      "{\"bids\":[[1,2]],\"asks\":[[\"x\",1]]}",
      "{\"rate\":0.9}",
      "{\"rate\":0.0001,\"intervalHours\":0}",
      "{\"SOLUSDT\":[[1,2,3,1,2,5,10]]}",
      "{\"SOLUSDT\":[[0,1,1,1,1,1,1],[0,1,1,1,1,1,1]]}",
      "{\"x\":[]}",
      "{\"SOLUSDT\":[[1,1,0.5,2,1,1,1]]}"
    };
    StringBuilder body = new StringBuilder("{");
    int count = 1 + random.nextInt(4);
    body.append("\"symbol\":\"SOLUSDT\"");
    for (int i = 0; i < count; i++) {
      body.append(",\"")
          .append(fields[random.nextInt(fields.length)])
          .append("\":")
          .append(values[random.nextInt(values.length)]);
    }
    return body.append('}').toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] hugeNumbers(Random random) {
    String[] numbers = {
      "1e999999",
      "-1e999999",
      "123456789012345678901234567890",
      "9".repeat(2000),
      "2147483648",
      "1.7976931348623157E309",
      "0.000000000000000000001",
      "NaN",
      "-0.0",
      "1e-320"
    };
    String n = numbers[random.nextInt(numbers.length)];
    String[] templates = {
      "{\"symbol\":\"SOLUSDT\",\"portfolio\":{\"equity\":%s}}",
      "{\"symbol\":\"SOLUSDT\",\"quote\":{\"bid\":%s,\"ask\":%<s}}",
      "{\"symbol\":\"SOLUSDT\",\"depth\":{\"bids\":[[%s,1]],\"asks\":[[20,%<s]]}}",
      "{\"symbol\":\"SOLUSDT\",\"funding\":{\"rate\":%s}}",
      "{\"symbol\":\"SOLUSDT\",\"portfolio\":{\"equity\":1000,\"positions\":[{\"symbol\":\"X1\","
          + "\"notional\":%s}]}}",
      "%s"
    };
    return String.format(templates[random.nextInt(templates.length)], n)
        .getBytes(StandardCharsets.UTF_8);
  }
}
