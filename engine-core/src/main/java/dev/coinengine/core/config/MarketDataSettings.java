package dev.coinengine.core.config;

import dev.coinengine.core.market.Interval;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Section {@code market-data}: the base interval stored in the lake, the kline import (an empty
 * folder means the bundled sample) and the Binance REST client.
 */
public record MarketDataSettings(
    Interval interval,
    Optional<Path> importFolder,
    int importThreads,
    int symbolsPerCommit,
    URI binanceBaseUrl,
    boolean binanceOffline) {

  public MarketDataSettings {
    Checks.present("interval", interval);
    Checks.present("import-folder", importFolder);
    Checks.between("import-threads", importThreads, 1, 64);
    Checks.between("symbols-per-commit", symbolsPerCommit, 1, 100_000);
    Checks.present("binance.base-url", binanceBaseUrl);
    StorageSettings.requireHttp("binance.base-url", binanceBaseUrl);
  }

  static MarketDataSettings from(ConfigNode node) {
    node.requireOnlyKeys(
        "interval", "import-folder", "import-threads", "symbols-per-commit", "binance");
    Interval interval = interval(node, "interval");
    Optional<Path> folder =
        node.optionalString("import-folder")
            .map(
                text -> {
                  try {
                    return Path.of(text);
                  } catch (InvalidPathException e) {
                    throw node.fail("import-folder", "must be a folder path, was '" + text + "'");
                  }
                });
    int threads = node.integer("import-threads");
    int batch = node.integer("symbols-per-commit");
    ConfigNode binance = node.section("binance");
    binance.requireOnlyKeys("base-url", "offline");
    URI baseUrl = binance.uri("base-url");
    boolean offline = binance.bool("offline");
    return node.build(
        () -> new MarketDataSettings(interval, folder, threads, batch, baseUrl, offline));
  }

  static Interval interval(ConfigNode node, String key) {
    return parseInterval(node, key, node.string(key));
  }

  static Interval parseInterval(ConfigNode node, String key, String code) {
    try {
      return Interval.parse(code);
    } catch (IllegalArgumentException e) {
      throw node.fail(key, "must be one of 1h, 4h, 1d, was '" + code + "'");
    }
  }
}
