package dev.coinengine.functions.decide;

import dev.coinengine.core.market.Interval;
import dev.coinengine.core.selection.SelectionSettings;
import dev.coinengine.functions.FunctionsServer;
import dev.coinengine.functions.FunctionsSettings;
import dev.coinengine.store.market.BinanceMarketDataSettings;
import dev.coinengine.store.market.BinanceStubServer;
import dev.coinengine.store.market.Sleeper;
import dev.coinengine.store.market.StubPayloads;
import dev.coinengine.store.market.XChangeBinanceMarketData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code decide} over loopback HTTP at a fixed arrival rate (open loop: each request's latency is
 * measured from its scheduled start, so a stalled server cannot hide its queue). Six champion
 * models and eighteen rules vote; bars come from memory. Arguments: requests per second (default
 * 500), seconds (default 60), warm-up seconds (default 15).
 */
final class DecideHttpLoadBench {
  public static void main(String[] args) throws Exception {
    int rate = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int warmupSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    DecideFixture fixture = new DecideFixture();
    Clock clock = Clock.fixed(Instant.parse("2023-10-01T00:00:00Z"), ZoneOffset.UTC);
    List<String> coins =
        fixture.coins().stream().filter(c -> fixture.bars.get(c).size() > 5000).toList();
    try (BinanceStubServer stub =
            BinanceStubServer.start(StubPayloads.bundled(), 0, Clock.systemUTC());
        DecisionService service = fixture.service(clock, true);
        FunctionsServer server =
            FunctionsServer.start(
                new FunctionsSettings(Optional.of("bench"), SelectionSettings.defaults()),
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
      HttpClient client =
          HttpClient.newBuilder()
              // HTTP/1.1 keep-alive: the default h2c upgrade attempt costs a round trip per POST.
              .version(HttpClient.Version.HTTP_1_1)
              .executor(Executors.newFixedThreadPool(4))
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      URI uri = server.baseUrl().resolve("/decide");
      List<HttpRequest> requests = new ArrayList<>();
      for (int i = 0; i < 2_000; i++) {
        String coin = coins.get(i % coins.size());
        long t = fixture.bars.get(coin).last().openTimeMs() + Interval.H1.millis() * (1 - i / 20);
        requests.add(
            HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer bench")
                .timeout(Duration.ofSeconds(10))
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"symbol\":\""
                            + coin
                            + "\",\"time\":\""
                            + Instant.ofEpochMilli(t)
                            + "\"}"))
                .build());
      }
      run(client, requests, rate, warmupSeconds, false);
      run(client, requests, rate, seconds, true);
      System.out.println("decision log: " + service.log().stats());
    }
  }

  private static void run(
      HttpClient client, List<HttpRequest> requests, int rate, int seconds, boolean report)
      throws Exception {
    int total = rate * seconds;
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicInteger errors = new AtomicInteger();
    List<CompletableFuture<?>> pending = new ArrayList<>(total);
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long scheduled = start + i * interval;
      long wait = scheduled - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      pending.add(
          client
              .sendAsync(requests.get(i % requests.size()), HttpResponse.BodyHandlers.ofString())
              .whenComplete(
                  (response, failure) -> {
                    latencies.add(System.nanoTime() - scheduled);
                    if (failure != null || response.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                  }));
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
        .exceptionally(e -> null)
        .get(2, TimeUnit.MINUTES);
    double elapsed = (System.nanoTime() - start) / 1e9;
    if (!report) {
      return;
    }
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        "decide over HTTP: %d requests at %d/s in %.1f s: p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms,"
            + " max %.2f ms, errors %d%n",
        total,
        rate,
        elapsed,
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.99)] / 1e6,
        sorted[(int) (sorted.length * 0.999)] / 1e6,
        sorted[sorted.length - 1] / 1e6,
        errors.get());
    Arrays.fill(sorted, 0);
  }

  private DecideHttpLoadBench() {}
}
