package dev.coinengine.core.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code 500ms}, {@code 20s}, {@code 2m}, {@code 1h}, {@code 1d}, {@code 0} and ISO-8601. */
final class DurationFormat {
  static final String EXPECTED = "a duration such as 500ms, 20s, 2m, 1h, 1d or PT2M";
  private static final Pattern SHORT = Pattern.compile("(\\d{1,12})(ms|s|m|h|d)");

  private DurationFormat() {}

  static Optional<Duration> parse(String text) {
    String trimmed = text.trim();
    if (trimmed.equals("0")) {
      return Optional.of(Duration.ZERO);
    }
    Matcher short_ = SHORT.matcher(trimmed);
    if (short_.matches()) {
      long amount = Long.parseLong(short_.group(1));
      return Optional.of(
          switch (short_.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
          });
    }
    if (trimmed.startsWith("P") || trimmed.startsWith("p")) {
      try {
        Duration parsed = Duration.parse(trimmed.toUpperCase(Locale.ROOT));
        return parsed.isNegative() ? Optional.empty() : Optional.of(parsed);
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The shortest exact short form, for example {@code 12h} or {@code 1500ms}. */
  static String format(Duration duration) {
    long millis = duration.toMillis();
    if (millis == 0) {
      return "0s";
    }
    long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1_000L};
    String[] units = {"d", "h", "m", "s"};
    for (int i = 0; i < sizes.length; i++) {
      if (millis % sizes[i] == 0) {
        return millis / sizes[i] + units[i];
      }
    }
    return millis + "ms";
  }
}
