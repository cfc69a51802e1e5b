package dev.coinengine.core.config;

import dev.coinengine.core.market.Interval;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Section {@code training}: what the runners train and how. {@code runners = 0} means one runner
 * per available core; {@code device} is {@code auto}, {@code cpu} or {@code cuda:N}.
 */
public record TrainingSettings(
    List<Interval> timeframes,
    List<String> families,
    int runners,
    String device,
    Duration lookback,
    int walkForwardFolds,
    double embargoFraction,
    long seed) {

  static final Pattern DEVICE = Pattern.compile("auto|cpu|cuda:\\d{1,2}");
  static final Pattern FAMILY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public TrainingSettings {
    Checks.distinctAndNotEmpty("timeframes", timeframes);
    timeframes = List.copyOf(timeframes);
    Checks.distinctAndNotEmpty("families", families);
    for (String family : families) {
      Checks.matches("families", family, FAMILY, "kebab-case family names");
    }
    families = List.copyOf(families);
    Checks.between("runners", runners, 0, 256);
    Checks.matches("device", device, DEVICE, "auto, cpu or cuda:N");
    Checks.between("lookback", lookback, Duration.ofDays(1), Duration.ofDays(3650));
    Checks.between("walk-forward-folds", walkForwardFolds, 2, 50);
    Checks.between("embargo-fraction", embargoFraction, 0, 0.5);
  }

  /** The number of runners to start on a machine with {@code availableCores} cores. */
  public int effectiveRunners(int availableCores) {
    return runners == 0 ? Math.max(1, availableCores) : runners;
  }

  static TrainingSettings from(ConfigNode node) {
    node.requireOnlyKeys(
        "timeframes",
        "families",
        "runners",
        "device",
        "lookback",
        "walk-forward-folds",
        "embargo-fraction",
        "seed");
    List<Interval> timeframes = new ArrayList<>();
    for (String code : node.stringList("timeframes")) {
      timeframes.add(MarketDataSettings.parseInterval(node, "timeframes", code));
    }
    List<String> families = node.stringList("families");
    int runners = node.integer("runners");
    String device = node.string("device");
    Duration lookback = node.duration("lookback");
    int folds = node.integer("walk-forward-folds");
    double embargo = node.number("embargo-fraction");
    long seed = node.longInteger("seed");
    return node.build(
        () ->
            new TrainingSettings(
                timeframes, families, runners, device, lookback, folds, embargo, seed));
  }
}
