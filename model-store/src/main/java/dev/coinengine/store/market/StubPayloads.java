package dev.coinengine.store.market;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The recorded Binance answers that {@link BinanceStubServer} replays: one exchangeInfo body, one
 * all-symbols 24h ticker body, and optionally a folder of kline files ({@code
 * <SYMBOL>-<interval>.csv.gz}). Files ending in {@code .gz} are gunzipped on reading.
 */
public final class StubPayloads {

  /** Classpath folder of the small fixture shipped with this module (see its PROVENANCE.md). */
  public static final String BUNDLED_FOLDER = "binance-snapshots/";

  public static final String EXCHANGE_INFO_2021 = "spot-exchangeInfo-2021-04-29.json.gz";
  public static final String EXCHANGE_INFO_2023 = "spot-exchangeInfo-2023-09-08.json.gz";
  public static final String EXCHANGE_INFO_2024 =
      "spot-exchangeInfo-2024-09-08-tradingonly.json.gz";
  public static final String TICKER_24H_2024 = "spot-ticker24hr-2024-03-10.json.gz";

  private final byte[] exchangeInfo;
  private final byte[] tickers24h;
  private final Path klineFolder;

  private StubPayloads(byte[] exchangeInfo, byte[] tickers24h, Path klineFolder) {
    this.exchangeInfo = exchangeInfo.clone();
    this.tickers24h = tickers24h.clone();
    this.klineFolder = klineFolder;
  }

  public static StubPayloads of(byte[] exchangeInfoJson, byte[] tickers24hJson) {
    return new StubPayloads(exchangeInfoJson, tickers24hJson, null);
  }

  /** The shipped fixture: exchangeInfo of 2023-09-08 and the 2024-03-10 ticker. */
  public static StubPayloads bundled() {
    return bundled(EXCHANGE_INFO_2023, TICKER_24H_2024);
  }

  public static StubPayloads bundled(String exchangeInfoFile, String tickerFile) {
    return new StubPayloads(resource(exchangeInfoFile), resource(tickerFile), null);
  }

  /** Snapshots from a folder such as the shared data's {@code snapshots/}. */
  public static StubPayloads fromFolder(Path folder, String exchangeInfoFile, String tickerFile) {
    return new StubPayloads(
        read(folder.resolve(exchangeInfoFile)), read(folder.resolve(tickerFile)), null);
  }

  /**
   * The full snapshots from {@code folder} where it holds both files (e.g. the shared data's {@code
   * snapshots/}), else the bundled fixture slice of the same files: the clean-clone case.
   */
  public static StubPayloads fromFolderOrBundled(
      Path folder, String exchangeInfoFile, String tickerFile) {
    if (folder != null
        && Files.isRegularFile(folder.resolve(exchangeInfoFile))
        && Files.isRegularFile(folder.resolve(tickerFile))) {
      return fromFolder(folder, exchangeInfoFile, tickerFile);
    }
    return bundled(exchangeInfoFile, tickerFile);
  }

  /** The same payloads, with klines served from {@code folder}. */
  public StubPayloads withKlines(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("kline folder does not exist: " + folder);
    }
    return new StubPayloads(exchangeInfo, tickers24h, folder);
  }

  public byte[] exchangeInfo() {
    return exchangeInfo.clone();
  }

  public byte[] tickers24h() {
    return tickers24h.clone();
  }

  public Optional<Path> klineFolder() {
    return Optional.ofNullable(klineFolder);
  }

  static byte[] read(Path file) {
    try {
      return maybeGunzip(file.getFileName().toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read snapshot " + file, e);
    }
  }

  private static byte[] resource(String name) {
    String path = BUNDLED_FOLDER + name;
    try (InputStream in = StubPayloads.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled snapshot " + path);
      }
      return maybeGunzip(name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled snapshot " + path, e);
    }
  }

  private static byte[] maybeGunzip(String name, byte[] bytes) throws IOException {
    if (!name.endsWith(".gz")) {
      return bytes;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    }
  }
}
