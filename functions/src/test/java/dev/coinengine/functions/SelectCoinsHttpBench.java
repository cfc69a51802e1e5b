package dev.coinengine.functions;

import dev.coinengine.core.selection.SelectionSettings;
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
import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * selectCoins latency over loopback HTTP: an in-process {@link FunctionsServer} over the bundled
 * Binance snapshots (stub), {@code calls} sequential POSTs after {@code warmup} (arguments: calls,
 * warm-up, snapshot max age in seconds; 0 = fetch the snapshot from the stub on every call).
 */
final class SelectCoinsHttpBench {

  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    long maxAgeSeconds = args.length > 2 ? Long.parseLong(args[2]) : 60;
    try (BinanceStubServer stub =
            BinanceStubServer.start(StubPayloads.bundled(), 0, Clock.systemUTC());
        FunctionsServer server =
            FunctionsServer.start(
                new FunctionsSettings(
                    Optional.of("bench"),
                    SelectionSettings.defaults(),
                    java.time.Duration.ofSeconds(maxAgeSeconds)),
                XChangeBinanceMarketData.connect(
                    BinanceMarketDataSettings.offline(stub.baseUrl()),
                    Clock.systemUTC(),
                    new SplittableRandom(1),
                    Sleeper.SYSTEM),
                Optional.empty(),
                0)) {
      HttpClient client = HttpClient.newHttpClient();
      URI uri = server.baseUrl().resolve("/selectCoins");
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .header("Content-Type", "application/json")
              .header("Authorization", "Bearer bench")
              .POST(HttpRequest.BodyPublishers.ofString("{\"limit\":20}"))
              .build();
      for (int i = 0; i < warmup; i++) {
        send(client, request);
      }
      long[] nanos = new long[calls];
      for (int i = 0; i < calls; i++) {
        long start = System.nanoTime();
        send(client, request);
        nanos[i] = System.nanoTime() - start;
      }
      Arrays.sort(nanos);
      System.out.printf(
          "selectCoins over HTTP, %d calls (snapshot max age %d s): p50 %.2f ms, p99 %.2f ms,"
              + " max %.2f ms%n",
          calls,
          maxAgeSeconds,
          nanos[calls / 2] / 1e6,
          nanos[(int) Math.ceil(calls * 0.99) - 1] / 1e6,
          nanos[calls - 1] / 1e6);
    }
  }

  private static void send(HttpClient client, HttpRequest request) throws Exception {
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(response.statusCode() + " " + response.body());
    }
  }
}
