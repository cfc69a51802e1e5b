package dev.coinengine.core.market.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.Interval;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class KlineCsvReaderTest {
  private static final long T0 = 1625097600000L;
  private static final long H = 3_600_000L;

  private final KlineCsvReader reader = new KlineCsvReader();

  @Test
  void readsValidRowsAndReportsEveryKindOfBadRowWithItsLine() {
    KlineCsv csv = reader.read(fixture("mixed/ETHUSDT-1h.csv.gz"));

    assertThat(csv.series().symbol()).isEqualTo("ETHUSDT");
    assertThat(csv.series().interval()).isEqualTo(Interval.H1);
    assertThat(csv.series().bars())
        .extracting(Bar::openTimeMs)
        .containsExactly(T0, T0 + H, T0 + 3 * H, T0 + 4 * H);
    Map<Long, String> byLine =
        csv.problems().stream().collect(Collectors.toMap(RowProblem::line, RowProblem::reason));
    assertThat(byLine).containsOnlyKeys(4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 14L, 15L, 16L, 17L);
    assertThat(byLine.get(4L)).startsWith("unparsable open '10x5'");
    assertThat(byLine.get(5L)).startsWith("missing column");
    assertThat(byLine.get(6L)).contains("below low");
    assertThat(byLine.get(7L)).startsWith("open/close outside [low, high]");
    assertThat(byLine.get(8L)).startsWith("non-positive price");
    assertThat(byLine.get(9L)).startsWith("negative volume");
    assertThat(byLine.get(10L)).contains("not a multiple of 1h");
    assertThat(byLine.get(11L)).startsWith("duplicate open time");
    assertThat(byLine.get(12L)).contains("is not after the previous row");
    assertThat(byLine.get(14L)).startsWith("too many columns");
    assertThat(byLine.get(15L)).startsWith("negative quote_volume");
    assertThat(byLine.get(16L)).startsWith("unparsable trades 'x'");
    assertThat(byLine.get(17L)).isEqualTo("empty line");
    assertThat(csv.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo("ETHUSDT-1h.csv.gz"));
    assertThat(csv.rowsRead()).isEqualTo(4 + 13);
  }

  @Test
  void readsOptionalColumnsAsAbsentOrPresent() {
    KlineCsv csv = reader.read(fixture("mixed/ETHUSDT-1h.csv.gz"));

    Bar first = csv.series().get(0);
    Bar second = csv.series().get(1);
    assertThat(first.quoteVolume()).isNaN();
    assertThat(first.trades()).isEqualTo(-1);
    assertThat(second.quoteVolume()).isEqualTo(1250.5);
    assertThat(second.trades()).isEqualTo(42);
    assertThat(second).isEqualTo(new Bar(T0 + H, 105, 112, 101, 110, 3.25, 1250.5, 42));
  }

  @Test
  void acceptsWindowsLineEnds() {
    KlineCsv csv = reader.read(fixture("mixed/BTCUSDT-1h.csv.gz"));

    assertThat(csv.problems()).isEmpty();
    assertThat(csv.series().size()).isEqualTo(6);
    assertThat(csv.series().last().close()).isEqualTo(105.5);
  }

  @Test
  void skipsAFileWithAWrongHeaderAsAWhole() {
    KlineCsv csv = reader.read(fixture("badheader/SOLUSDT-1d.csv.gz"));

    assertThat(csv.series().isEmpty()).isTrue();
    assertThat(csv.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(1));
  }

  @Test
  void scanListsValidNamesSortedAndRejectsTheOthers() {
    KlineScan scan = reader.scan(fixture("mixed/BTCUSDT-1h.csv.gz").getParent());

    assertThat(scan.files()).extracting(KlineFile::symbol).containsExactly("BTCUSDT", "ETHUSDT");
    assertThat(scan.rejected())
        .extracting(p -> p.getFileName().toString())
        .containsExactlyInAnyOrder("btcusdt-1h.csv.gz", "XRPUSDT-5m.csv.gz");
  }

  @Test
  void fileNameMustCarrySymbolAndInterval() {
    assertThat(KlineFile.of(Path.of("1000PEPEUSDT-1d.csv.gz")))
        .hasValueSatisfying(f -> assertThat(f.symbol()).isEqualTo("1000PEPEUSDT"));
    assertThat(KlineFile.of(Path.of("BTCUSDT-1h.csv"))).isEmpty();
    assertThat(KlineFile.of(Path.of("-1h.csv.gz"))).isEmpty();
    assertThatThrownBy(() -> KlineFile.parse(Path.of("BTC_USDT-1h.csv.gz")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BTC_USDT-1h.csv.gz");
  }

  @Test
  void fastNumberParsingAgreesWithDoubleParseDouble() {
    String csv =
        KlineCsvReader.HEADER
            + "\n3600000,0.00001234,123456.789012345,0.00001,1e2,1234567890.12345678901,"
            + "0.1,7\n";
    KlineCsv read =
        reader.parse(
            KlineFile.parse(Path.of("ABCUSDT-1h.csv.gz")), csv.getBytes(StandardCharsets.UTF_8));

    assertThat(read.problems()).isEmpty();
    Bar bar = read.series().first();
    assertThat(bar.open()).isEqualTo(Double.parseDouble("0.00001234"));
    assertThat(bar.high()).isEqualTo(Double.parseDouble("123456.789012345"));
    assertThat(bar.close()).isEqualTo(100.0);
    assertThat(bar.volume()).isEqualTo(Double.parseDouble("1234567890.12345678901"));
    assertThat(bar.quoteVolume()).isEqualTo(0.1);
  }

  @Test
  void realFileParsesToTheSameValuesAsDoubleParseDouble() throws IOException {
    Path file = sharedData().resolve("klines/1h/BTCUSDT-1h.csv.gz");
    assumeThat(Files.exists(file))
        .as("real data at " + file + " (shared/data not present)")
        .isTrue();

    KlineCsv csv = reader.read(file);

    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        rows.add(line.split(",", -1));
      }
    }
    assertThat(csv.problems()).isEmpty();
    assertThat(csv.series().size()).isEqualTo(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      Bar bar = csv.series().get(i);
      assertThat(bar.openTimeMs()).isEqualTo(Long.parseLong(r[0]));
      assertThat(new double[] {bar.open(), bar.high(), bar.low(), bar.close(), bar.volume()})
          .containsExactly(
              Double.parseDouble(r[1]),
              Double.parseDouble(r[2]),
              Double.parseDouble(r[3]),
              Double.parseDouble(r[4]),
              Double.parseDouble(r[5]));
    }
  }

  private static Path fixture(String name) {
    try {
      return Path.of(KlineCsvReaderTest.class.getResource("/klines/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The shared data folder beside the repository root, found by walking up from here. */
  static Path sharedData() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/data");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return Path.of("shared/data");
  }
}
