package dev.coinengine.store.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StubPayloadsTest {

  @Test
  void aFolderWithBothFilesIsPreferredAndGunzipped(@TempDir Path dir) throws IOException {
    gz(dir.resolve("info.json.gz"), "{\"symbols\":[]}");
    Files.writeString(dir.resolve("tickers.json"), "[]");

    StubPayloads payloads = StubPayloads.fromFolderOrBundled(dir, "info.json.gz", "tickers.json");

    assertThat(new String(payloads.exchangeInfo(), StandardCharsets.UTF_8))
        .isEqualTo("{\"symbols\":[]}");
    assertThat(new String(payloads.tickers24h(), StandardCharsets.UTF_8)).isEqualTo("[]");
  }

  @Test
  void withoutTheFolderTheBundledSliceIsUsed(@TempDir Path empty) {
    StubPayloads payloads =
        StubPayloads.fromFolderOrBundled(
            empty, StubPayloads.EXCHANGE_INFO_2023, StubPayloads.TICKER_24H_2024);

    assertThat(new String(payloads.exchangeInfo(), StandardCharsets.UTF_8))
        .startsWith("{\"timezone\":\"UTC\",\"serverTime\":1694185561976");
    assertThat(new String(payloads.tickers24h(), StandardCharsets.UTF_8)).contains("\"BTCUSDT\"");
  }

  @Test
  void anUnknownBundledFileOrKlineFolderIsRejected(@TempDir Path dir) {
    assertThatThrownBy(() -> StubPayloads.bundled("nope.json.gz", StubPayloads.TICKER_24H_2024))
        .hasMessageContaining("nope.json.gz");
    assertThatThrownBy(() -> StubPayloads.bundled().withKlines(dir.resolve("missing")))
        .hasMessageContaining("kline folder");
  }

  private static void gz(Path file, String text) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
