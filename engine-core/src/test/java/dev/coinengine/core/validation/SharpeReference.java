package dev.coinengine.core.validation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reference values written by {@code src/test/resources/validation/sharpe_reference.py} (numpy +
 * scipy), an implementation independent of the code under test.
 */
final class SharpeReference {

  record Row(
      String kase,
      String statistic,
      double sharpe,
      double benchmark,
      long observations,
      double skewness,
      double kurtosis,
      long trials,
      double trialVariance,
      double confidence,
      double expected) {}

  private SharpeReference() {}

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    List<String> lines = lines("/validation/sharpe_reference.csv");
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      rows.add(
          new Row(
              f[0],
              f[1],
              number(f[2]),
              number(f[3]),
              (long) number(f[4]),
              number(f[5]),
              number(f[6]),
              (long) number(f[7]),
              number(f[8]),
              number(f[9]),
              Double.parseDouble(f[10])));
    }
    return rows;
  }

  static double value(String kase, String statistic) {
    Map<String, Double> byKey =
        rows().stream()
            .collect(Collectors.toMap(r -> r.kase() + "/" + r.statistic(), Row::expected));
    Double v = byKey.get(kase + "/" + statistic);
    if (v == null) {
      throw new IllegalStateException("no reference value " + kase + "/" + statistic);
    }
    return v;
  }

  static double[] returnsSample() {
    return lines("/validation/returns_sample.csv").stream()
        .filter(s -> !s.isBlank())
        .mapToDouble(Double::parseDouble)
        .toArray();
  }

  private static double number(String field) {
    return field.isEmpty() ? Double.NaN : Double.parseDouble(field);
  }

  private static List<String> lines(String resource) {
    try (InputStream in = SharpeReference.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return reader.lines().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
