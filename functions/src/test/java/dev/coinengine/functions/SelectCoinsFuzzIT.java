package dev.coinengine.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinengine.functions.support.FuzzBodies;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** Random and malformed bodies must never produce a 5xx, and every refusal is our JSON. */
@SpringBootTest(
    classes = StubMarketApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SelectCoinsFuzzIT {

  private static final int BODIES = 10_000;
  private static final int CALLERS = 4;
  private static final long SEED = 20_261_125L;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String VALID =
      "{\"limit\":5,\"ranking\":\"volatility\",\"filters\":{\"max-spread-bps\":20,"
          + "\"blacklist\":[\"BTC.*\"]},\"date\":\"2024-03-01\"}";

  @LocalServerPort int port;

  @Test
  void tenThousandRandomBodiesNeverCauseAServerError() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    URI uri = URI.create("http://127.0.0.1:" + port + "/selectCoins");
    List<Function<Random, byte[]>> generators =
        List.of(
            r -> FuzzBodies.randomBytes(r, 300),
            r -> FuzzBodies.truncated(VALID, r),
            SelectCoinsFuzzIT::wrongTypes,
            SelectCoinsFuzzIT::hugeNumbers,
            r -> FuzzBodies.deepNesting("filters", r),
            SelectCoinsFuzzIT::mutated);
    Map<Integer, Integer> statusCounts = new ConcurrentHashMap<>();
    Queue<String> failures = new ConcurrentLinkedQueue<>();
    ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
    long start = System.nanoTime();
    for (int caller = 0; caller < CALLERS; caller++) {
      int first = caller;
      callers.execute(
          () -> {
            for (int i = first; i < BODIES && failures.size() < 5; i += CALLERS) {
              byte[] body = generators.get(i % generators.size()).apply(new Random(SEED + i));
              try {
                HttpResponse<String> response = post(client, uri, body);
                statusCounts.merge(response.statusCode(), 1, Integer::sum);
                if (!acceptable(response)) {
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
    assertThat(callers.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%d bodies in %.1f s, statuses %s%n", BODIES, seconds, new TreeMap<>(statusCounts));

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
            .header("Authorization", "Bearer " + StubMarketApplication.TOKEN)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Below 500, and every refusal is our JSON error body. */
  private static boolean acceptable(HttpResponse<String> response) {
    if (response.statusCode() >= 500) {
      return false;
    }
    return response.statusCode() == 200 || JSON.readTree(response.body()).path("error").isString();
  }

  private static byte[] wrongTypes(Random random) {
    String[] fields = {"limit", "ranking", "filters", "date", "unknown"};
    String[] values = {
      "true",
      "null",
      "\"\"",
      "[]",
      "{}",
      "[1,\"a\"]",
      "{\"x\":[]}",
      "-0",
      "0.5",
      "\"-1\"",
      "\"quote-volume\"",
      "\"2024-02-30\"",
      "\"9999-01-01\"",
      "{\"limit\":{}}",
      "{\"ranking\":7}",
      "{\"lookback-days\":0}",
      "{\"min-volatility\":2,\"max-volatility\":1}",
      "{\"blacklist\":\"[\"}"
    };
    StringBuilder body = new StringBuilder("{");
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        body.append(',');
      }
      body.append('"')
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
      "-2147483649",
      "1.7976931348623157E309",
      "0.000000000000000000001",
      "NaN"
    };
    String number = numbers[random.nextInt(numbers.length)];
    String[] templates = {
      "{\"limit\":%s}",
      "{\"filters\":{\"max-spread-bps\":%s}}",
      "{\"filters\":{\"limit\":%s}}",
      "{\"filters\":{\"lookback-days\":%s}}",
      "%s"
    };
    return String.format(templates[random.nextInt(templates.length)], number)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] mutated(Random random) {
    // Mostly valid requests with one character replaced, inserted or removed; a few left intact.
    char[] chars = VALID.toCharArray();
    StringBuilder body = new StringBuilder(VALID);
    int position = random.nextInt(chars.length);
    switch (random.nextInt(4)) {
      case 0 -> body.setCharAt(position, (char) (32 + random.nextInt(95)));
      case 1 -> body.insert(position, (char) random.nextInt(0x3000));
      case 2 -> body.deleteCharAt(position);
      default -> {
        if (random.nextInt(20) == 0) {
          return "{\"limit\":3}".getBytes(StandardCharsets.UTF_8); // valid, live
        }
      }
    }
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }
}
