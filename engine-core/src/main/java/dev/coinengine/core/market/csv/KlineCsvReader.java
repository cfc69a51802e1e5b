package dev.coinengine.core.market.csv;

import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.BarSeries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads gzip kline CSV files with the header {@code
 * open_time_ms,open,high,low,close,volume,quote_volume,trades}.
 *
 * <p>Bad rows never fail the file. Each of these is skipped and reported as a {@link RowProblem}
 * with the file name and line: a wrong number of columns, a number that cannot be parsed, a price
 * that is not positive, high below low, open or close outside [low, high], a negative volume or
 * quote volume, an open time that is not a multiple of the interval, and an open time that does not
 * come after the previous accepted row (duplicate or out of order). Empty {@code quote_volume} and
 * {@code trades} are allowed and read as absent. A file whose header differs is skipped as a whole
 * with one problem on line 1.
 *
 * <p>The parser works on the decompressed bytes with no per-row regex or split; decimal numbers
 * with at most 15 significant digits and no exponent are converted exactly with one division (both
 * operands are exact doubles, so the quotient is the correctly rounded value, as {@link
 * Double#parseDouble} gives), anything longer falls back to {@link Double#parseDouble}.
 */
public final class KlineCsvReader {
  static final String HEADER = "open_time_ms,open,high,low,close,volume,quote_volume,trades";
  private static final String[] COLUMNS = HEADER.split(",");
  private static final int COLUMN_COUNT = COLUMNS.length;
  private static final double[] POW10 = new double[23];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  /** Lists the kline files of {@code folder} (not its sub-folders), sorted by symbol. */
  public KlineScan scan(Path folder) {
    List<KlineFile> files = new ArrayList<>();
    List<Path> rejected = new ArrayList<>();
    try (Stream<Path> entries = Files.list(folder)) {
      entries
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(KlineFile.SUFFIX))
          .sorted()
          .forEach(
              p -> {
                Optional<KlineFile> file = KlineFile.of(p);
                if (file.isPresent()) {
                  files.add(file.get());
                } else {
                  rejected.add(p);
                }
              });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list kline folder " + folder, e);
    }
    files.sort(Comparator.comparing(KlineFile::symbol).thenComparing(f -> f.interval().millis()));
    return new KlineScan(files, rejected);
  }

  /** Reads one file; symbol and interval come from its name. */
  public KlineCsv read(Path path) {
    KlineFile file = KlineFile.parse(path);
    byte[] bytes;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(path), 1 << 16)) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read kline file " + path, e);
    }
    return parse(file, bytes);
  }

  /** Parses the decompressed content of {@code file}. */
  public KlineCsv parse(KlineFile file, byte[] content) {
    return new Parse(file, content).run();
  }

  private static final class Parse {
    private final KlineFile file;
    private final byte[] buf;
    private final long intervalMs;
    private final int[] starts = new int[COLUMN_COUNT];
    private final int[] ends = new int[COLUMN_COUNT];
    private final List<Bar> bars;
    private final List<RowProblem> problems = new ArrayList<>();
    private long previousOpenTime = Long.MIN_VALUE;
    private long line;

    Parse(KlineFile file, byte[] buf) {
      this.file = file;
      this.buf = buf;
      this.intervalMs = file.interval().millis();
      // About 60 bytes per row in these files; sizing up front avoids regrowing the list.
      this.bars = new ArrayList<>(buf.length / 48 + 1);
    }

    KlineCsv run() {
      int n = buf.length;
      int pos = 0;
      while (pos < n) {
        int end = pos;
        while (end < n && buf[end] != '\n') {
          end++;
        }
        int lineEnd = end > pos && buf[end - 1] == '\r' ? end - 1 : end;
        line++;
        if (line == 1) {
          String header = new String(buf, pos, lineEnd - pos, StandardCharsets.UTF_8).strip();
          if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
          }
          if (!header.equals(HEADER)) {
            problems.add(
                new RowProblem(
                    file.name(),
                    1,
                    "header must be '" + HEADER + "', was '" + header + "'; file skipped"));
            return result();
          }
        } else if (lineEnd == pos) {
          if (end < n - 1) {
            problem("empty line");
          }
        } else {
          row(pos, lineEnd);
        }
        pos = end + 1;
      }
      if (line == 0) {
        problems.add(new RowProblem(file.name(), 1, "file is empty (no header)"));
      }
      return result();
    }

    private KlineCsv result() {
      return new KlineCsv(file, new BarSeries(file.symbol(), file.interval(), bars), problems);
    }

    private void row(int from, int to) {
      int column = 0;
      starts[0] = from;
      for (int i = from; i < to; i++) {
        if (buf[i] == ',') {
          if (column + 1 >= COLUMN_COUNT) {
            problem("too many columns: expected " + COLUMN_COUNT);
            return;
          }
          ends[column] = i;
          column++;
          starts[column] = i + 1;
        }
      }
      ends[column] = to;
      if (column + 1 < COLUMN_COUNT) {
        problem("missing column: expected " + COLUMN_COUNT + " columns, found " + (column + 1));
        return;
      }
      long openTime;
      double open;
      double high;
      double low;
      double close;
      double volume;
      double quoteVolume;
      long trades;
      int at = 0;
      try {
        openTime = parseLong(0);
        at = 1;
        open = parseDouble(1);
        at = 2;
        high = parseDouble(2);
        at = 3;
        low = parseDouble(3);
        at = 4;
        close = parseDouble(4);
        at = 5;
        volume = parseDouble(5);
        at = 6;
        quoteVolume = starts[6] == ends[6] ? Double.NaN : parseDouble(6);
        at = 7;
        trades = starts[7] == ends[7] ? -1 : parseLong(7);
      } catch (NumberFormatException e) {
        problem("unparsable " + COLUMNS[at] + " '" + text(at) + "'");
        return;
      }
      String invalid = check(openTime, open, high, low, close, volume, quoteVolume);
      if (invalid != null) {
        problem(invalid);
        return;
      }
      try {
        bars.add(new Bar(openTime, open, high, low, close, volume, quoteVolume, trades));
      } catch (IllegalArgumentException e) {
        // Values such as 1e400 parse to infinity, which the bar itself rejects.
        problem(e.getMessage());
        return;
      }
      previousOpenTime = openTime;
    }

    private String check(
        long openTime,
        double open,
        double high,
        double low,
        double close,
        double volume,
        double quoteVolume) {
      if (!(open > 0) || !(high > 0) || !(low > 0) || !(close > 0)) {
        return "non-positive price: o=" + open + " h=" + high + " l=" + low + " c=" + close;
      }
      if (high < low) {
        return "high " + high + " is below low " + low;
      }
      if (open > high || open < low || close > high || close < low) {
        return "open/close outside [low, high]: o="
            + open
            + " h="
            + high
            + " l="
            + low
            + " c="
            + close;
      }
      if (volume < 0) {
        return "negative volume " + volume;
      }
      if (quoteVolume < 0) {
        return "negative quote_volume " + quoteVolume;
      }
      if (openTime % intervalMs != 0) {
        return "open time " + openTime + " is not a multiple of " + file.interval().code();
      }
      if (openTime == previousOpenTime) {
        return "duplicate open time " + openTime;
      }
      if (openTime < previousOpenTime) {
        return "open time " + openTime + " is not after the previous row's " + previousOpenTime;
      }
      return null;
    }

    private void problem(String reason) {
      problems.add(new RowProblem(file.name(), line, reason));
    }

    private String text(int column) {
      return new String(buf, starts[column], ends[column] - starts[column], StandardCharsets.UTF_8);
    }

    private long parseLong(int column) {
      int s = starts[column];
      int e = ends[column];
      if (e == s || e - s > 18) {
        throw new NumberFormatException();
      }
      long value = 0;
      for (int i = s; i < e; i++) {
        int d = buf[i] - '0';
        if (d < 0 || d > 9) {
          throw new NumberFormatException();
        }
        value = value * 10 + d;
      }
      return value;
    }

    private double parseDouble(int column) {
      int s = starts[column];
      int e = ends[column];
      int i = s;
      boolean negative = false;
      if (i < e && (buf[i] == '-' || buf[i] == '+')) {
        negative = buf[i] == '-';
        i++;
      }
      long mantissa = 0;
      int significant = 0;
      int scale = 0;
      int digits = 0;
      boolean dot = false;
      boolean fast = true;
      for (; i < e; i++) {
        byte c = buf[i];
        if (c >= '0' && c <= '9') {
          digits++;
          if (mantissa != 0 || c != '0') {
            significant++;
          }
          if (significant > 15) {
            fast = false;
          }
          mantissa = mantissa * 10 + (c - '0');
          if (dot) {
            scale++;
          }
        } else if (c == '.' && !dot) {
          dot = true;
        } else {
          break;
        }
      }
      if (digits == 0) {
        throw new NumberFormatException();
      }
      if (i < e) {
        if (buf[i] != 'e' && buf[i] != 'E') {
          throw new NumberFormatException();
        }
        int j = i + 1;
        if (j < e && (buf[j] == '-' || buf[j] == '+')) {
          j++;
        }
        if (j == e) {
          throw new NumberFormatException();
        }
        for (; j < e; j++) {
          if (buf[j] < '0' || buf[j] > '9') {
            throw new NumberFormatException();
          }
        }
        fast = false;
      }
      if (!fast || scale >= POW10.length) {
        return Double.parseDouble(text(column));
      }
      double value = scale == 0 ? mantissa : mantissa / POW10[scale];
      return negative ? -value : value;
    }
  }
}
