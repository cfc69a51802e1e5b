package dev.coinengine.functions.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.coinengine.core.config.RiskPreset;
import dev.coinengine.core.market.ExchangeFilters;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.selection.SelectionSettings;
import dev.coinengine.functions.FunctionsServer;
import dev.coinengine.functions.FunctionsSettings;
import dev.coinengine.store.decisions.DecisionLogReader;
import dev.coinengine.store.market.BinanceMarketDataSettings;
import dev.coinengine.store.market.BinanceStubServer;
import dev.coinengine.store.market.Sleeper;
import dev.coinengine.store.market.StubPayloads;
import dev.coinengine.store.market.XChangeBinanceMarketData;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays the last 30 days of real 1h bars of every listed sample coin (20) through HTTP {@code
 * decide}, hour by hour, with six champion models and eighteen rules voting, and checks every
 * answer against its preset and the symbol's Binance filters, then the decision log.
 */
class DecideReplayIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final long HOUR = Interval.H1.millis();
  private static final double EQUITY = 100_000;

  @Test
  void thirtyDaysOfTwentyCoinsKeepEveryLimitAndLogEveryDecision() throws Exception {
    DecideFixture fixture = new DecideFixture();
    Clock clock = Clock.fixed(Instant.parse("2023-10-01T00:00:00Z"), ZoneOffset.UTC);
    // Each coin's own last 30 days, after the ~125 days the 4h regime needs (FTT has 9 days).
    List<String> coins =
        fixture.coins().stream().filter(c -> fixture.bars.get(c).size() > (30 + 130) * 24).toList();
    assertThat(coins).hasSizeGreaterThanOrEqualTo(20);
    Map<String, ExchangeFilters> filters = new TreeMap<>();
    fixture.listing.forEach(s -> filters.put(s.symbol(), s.filters()));
    DecisionService service = fixture.service(clock, true);
    Set<String> served = ConcurrentHashMap.newKeySet();
    Map<String, AtomicInteger> actions = new ConcurrentHashMap<>();
    AtomicInteger sized = new AtomicInteger();
    try (BinanceStubServer stub =
            BinanceStubServer.start(StubPayloads.bundled(), 0, Clock.systemUTC());
        FunctionsServer server =
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
                0)) {
      HttpClient client = HttpClient.newHttpClient();
      URI uri = server.baseUrl().resolve("/decide");
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> work = new ArrayList<>();
      for (String coin : coins) {
        work.add(
            pool.submit(
                () -> {
                  long end = fixture.bars.get(coin).last().openTimeMs() + HOUR;
                  for (long t = end - 30 * 24 * HOUR; t <= end; t += HOUR) {
                    String preset =
                        List.of("conservative", "balanced", "aggressive").get((int) (t / HOUR % 3));
                    String body = body(coin, t, preset);
                    HttpResponse<String> response = post(client, uri, body);
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                    JsonNode d = JSON.readTree(response.body());
                    served.add(d.path("decisionId").stringValue());
                    actions
                        .computeIfAbsent(d.path("action").stringValue(), k -> new AtomicInteger())
                        .incrementAndGet();
                    if (check(d, fixture.config.riskPresets().preset(preset), filters.get(coin))) {
                      sized.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : work) {
        f.get();
      }
      pool.shutdown();
    }
    service.close();

    int expected = coins.size() * (30 * 24 + 1);
    assertThat(served).hasSize(expected);
    List<String> logged = new DecisionLogReader(fixture.store).lines("decisions/");
    assertThat(logged).hasSize(expected);
    Set<String> loggedIds = new HashSet<>();
    for (String line : logged) {
      loggedIds.add(JSON.readTree(line).path("decisionId").stringValue());
    }
    assertThat(loggedIds).isEqualTo(served);
    assertThat(sized.get()).isPositive();
    assertThat(actions.keySet()).as(actions.toString()).anyMatch(a -> a.startsWith("BUY"));
    assertThat(actions.keySet()).as(actions.toString()).anyMatch(a -> a.startsWith("HOLD"));
    assertThat(service.log().stats().dropped()).isZero();
  }

  /** Checks one answer; returns true if it carried a sized order. */
  private static boolean check(JsonNode d, RiskPreset preset, ExchangeFilters filters) {
    assertThat(d.path("preset").path("name").stringValue()).isEqualTo(preset.name());
    assertThat(d.path("votes").size()).isGreaterThanOrEqualTo(18);
    JsonNode cost = d.path("cost");
    if (!cost.isNull() && !cost.isMissingNode()) {
      double sum = 0;
      for (String c : List.of("feeBps", "spreadBps", "slippageBps", "fundingBps")) {
        assertThat(cost.path(c).doubleValue()).as(c).isGreaterThanOrEqualTo(0);
        sum += cost.path(c).doubleValue();
      }
      assertThat(sum).isCloseTo(cost.path("totalBps").doubleValue(), within(1e-6));
    }
    String action = d.path("action").stringValue();
    if (action.equals("HOLD")) {
      assertThat(d.path("holdReason").isString()).isTrue();
      assertThat(d.path("quantity").decimalValue()).isZero();
    }
    JsonNode sizing = d.path("sizing");
    if (sizing.isNull() || sizing.isMissingNode() || !sizing.path("approved").booleanValue()) {
      return false;
    }
    BigDecimal quantity = sizing.path("quantity").decimalValue();
    BigDecimal notional = sizing.path("notional").decimalValue();
    assertThat(quantity.signum()).isPositive();
    assertThat(notional.doubleValue()).isLessThanOrEqualTo(preset.maxPosition() * EQUITY * 1.0001);
    filters
        .lotSizeFilter()
        .ifPresent(
            lot -> {
              assertThat(quantity.remainder(lot.stepSize()).signum()).isZero();
              assertThat(quantity).isGreaterThanOrEqualTo(lot.minQty());
              assertThat(quantity).isLessThanOrEqualTo(lot.maxQty());
            });
    filters
        .marketLotSizeFilter()
        .ifPresent(
            lot -> {
              if (lot.maxQty().signum() > 0) {
                assertThat(quantity).isLessThanOrEqualTo(lot.maxQty());
              }
            });
    filters
        .notionalFilter()
        .ifPresent(
            n -> {
              if (n.minNotional() != null) {
                assertThat(notional).isGreaterThanOrEqualTo(n.minNotional());
              }
            });
    return true;
  }

  private static String body(String coin, long t, String preset) {
    return "{\"symbol\":\""
        + coin
        + "\",\"time\":\""
        + Instant.ofEpochMilli(t)
        + "\",\"preset\":\""
        + preset
        + "\",\"portfolio\":{\"equity\":"
        + EQUITY
        + ",\"positions\":[{\"symbol\":\"ETHUSDT\",\"notional\":3000}]}}";
  }

  private static HttpResponse<String> post(HttpClient client, URI uri, String body) {
    try {
      return client.send(
          HttpRequest.newBuilder(uri)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
