package dev.coinengine.core.cost;

import dev.coinengine.core.config.ConfigException;
import dev.coinengine.core.config.ConfigSource;
import dev.coinengine.core.config.CostSettings;
import dev.coinengine.core.config.CostSettings.Venue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Binance maker/taker fees per VIP tier, read from the JSON schedule in {@code config/fees/} (JSON
 * is YAML, so SnakeYAML parses it; only plain maps, lists and scalars are built). The file gives
 * percent per fill; this class hands out basis points. Spot has tiers 0-9 with and without the BNB
 * discount; USD-M futures have the tiers the file lists (0-5 in the recorded schedule) and no BNB
 * discount. A tier the file lacks is an error that names it, never a fallback.
 */
public final class FeeSchedule {
  /** The configuration key that names the schedule file. */
  public static final String CONFIG_KEY = "cost.fee-schedule";

  private static final Pattern TIER = Pattern.compile("VIP(\\d)");

  private final String origin;
  private final SortedMap<Integer, FeeRates> spot;
  private final SortedMap<Integer, FeeRates> spotWithBnb;
  private final SortedMap<Integer, FeeRates> usdmFutures;

  /**
   * A schedule from tier maps (tier number to rates); {@code origin} names the source in messages.
   */
  public FeeSchedule(
      String origin,
      Map<Integer, FeeRates> spot,
      Map<Integer, FeeRates> spotWithBnb,
      Map<Integer, FeeRates> usdmFutures) {
    this.origin = Objects.requireNonNull(origin, "origin");
    this.spot = Collections.unmodifiableSortedMap(new TreeMap<>(spot));
    this.spotWithBnb = Collections.unmodifiableSortedMap(new TreeMap<>(spotWithBnb));
    this.usdmFutures = Collections.unmodifiableSortedMap(new TreeMap<>(usdmFutures));
    if (!this.spot.keySet().equals(this.spotWithBnb.keySet())) {
      throw new IllegalArgumentException(
          "spot tiers "
              + this.spot.keySet()
              + " and BNB-discounted spot tiers "
              + this.spotWithBnb.keySet()
              + " differ");
    }
  }

  /**
   * Reads the file named by {@code cost.fee-schedule} beside the configuration folder and checks
   * that the configured venue, tier and discount are in it, so a bad schedule stops start-up.
   */
  public static FeeSchedule load(ConfigSource source, CostSettings settings) {
    String file = source.describeBesideFolder(settings.feeSchedule());
    String text =
        source
            .readBesideFolder(settings.feeSchedule())
            .orElseThrow(
                () ->
                    new ConfigException(
                        file,
                        CONFIG_KEY,
                        "the fee schedule file does not exist (the path is relative to the folder"
                            + " above the configuration folder)"));
    FeeSchedule schedule = parse(text, file);
    try {
      schedule.fees(settings.venue(), settings.vipTier(), settings.bnbDiscount());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(file, CONFIG_KEY, e.getMessage(), e);
    }
    return schedule;
  }

  /** Reads a schedule file from disk. */
  public static FeeSchedule read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (NoSuchFileException e) {
      throw new ConfigException(
          file.toString(), CONFIG_KEY, "the fee schedule file does not exist");
    } catch (IOException e) {
      throw new ConfigException(file.toString(), CONFIG_KEY, "cannot read the file: " + e, e);
    }
  }

  /** Reads a schedule from a UTF-8 stream; {@code origin} names it in messages. */
  public static FeeSchedule read(InputStream in, String origin) {
    try {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), origin);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the fee schedule " + origin, e);
    }
  }

  /**
   * Parses schedule text; every problem is a {@link ConfigException} with the file, the key {@code
   * cost.fee-schedule} and a reason that starts with the field, e.g. {@code spot[3].maker: ...}.
   */
  public static FeeSchedule parse(String text, String origin) {
    Object root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(10);
      root = new Yaml(new SafeConstructor(options)).load(text);
    } catch (YAMLException e) {
      throw new ConfigException(origin, CONFIG_KEY, "invalid JSON/YAML: " + e.getMessage(), e);
    }
    if (!(root instanceof Map<?, ?> top)) {
      throw new ConfigException(
          origin, CONFIG_KEY, "must be a JSON object with spot and usdm_futures");
    }
    Map<Integer, FeeRates> spot = new TreeMap<>();
    Map<Integer, FeeRates> spotWithBnb = new TreeMap<>();
    Map<Integer, FeeRates> futures = new TreeMap<>();
    List<?> spotRows = list(top, "spot", origin);
    for (int i = 0; i < spotRows.size(); i++) {
      String at = "spot[" + i + "]";
      Map<?, ?> row = row(spotRows.get(i), at, origin);
      int tier = tier(row, at, origin, spot);
      spot.put(tier, rates(row, "maker", "taker", at, origin));
      spotWithBnb.put(tier, rates(row, "maker_with_bnb", "taker_with_bnb", at, origin));
    }
    List<?> futuresRows = list(top, "usdm_futures", origin);
    for (int i = 0; i < futuresRows.size(); i++) {
      String at = "usdm_futures[" + i + "]";
      Map<?, ?> row = row(futuresRows.get(i), at, origin);
      int tier = tier(row, at, origin, futures);
      futures.put(tier, rates(row, "maker", "taker", at, origin));
    }
    return new FeeSchedule(origin, spot, spotWithBnb, futures);
  }

  /**
   * The rates of {@code vipTier} on {@code venue}, BNB-discounted if asked.
   *
   * @throws IllegalArgumentException naming the venue and tier when the schedule lacks them
   */
  public FeeRates fees(Venue venue, int vipTier, boolean bnbDiscount) {
    Objects.requireNonNull(venue, "venue");
    SortedMap<Integer, FeeRates> tiers;
    if (venue == Venue.SPOT) {
      tiers = bnbDiscount ? spotWithBnb : spot;
    } else {
      if (bnbDiscount) {
        throw new IllegalArgumentException(
            "no BNB-discounted USDM_FUTURES rates in the fee schedule "
                + origin
                + " (the sources tabulate none); set bnb-discount to false for futures");
      }
      tiers = usdmFutures;
    }
    FeeRates rates = tiers.get(vipTier);
    if (rates == null) {
      throw new IllegalArgumentException(
          "no "
              + venue
              + (bnbDiscount ? " BNB-discounted" : "")
              + " fee rates for VIP"
              + vipTier
              + " in the fee schedule "
              + origin
              + " (tiers there: "
              + names(tiers)
              + ")");
    }
    return rates;
  }

  /** The VIP tiers the schedule has for {@code venue}. */
  public List<Integer> tiers(Venue venue) {
    return List.copyOf((venue == Venue.SPOT ? spot : usdmFutures).keySet());
  }

  /** Where the schedule was read from. */
  public String origin() {
    return origin;
  }

  @Override
  public String toString() {
    return "FeeSchedule[" + origin + ", spot " + names(spot) + ", usdm " + names(usdmFutures) + "]";
  }

  private static String names(SortedMap<Integer, FeeRates> tiers) {
    return tiers.keySet().stream().map(t -> "VIP" + t).toList().toString();
  }

  private static List<?> list(Map<?, ?> top, String key, String origin) {
    Object value = top.get(key);
    if (!(value instanceof List<?> rows)) {
      throw new ConfigException(
          origin, CONFIG_KEY, key + ": must be a list of tiers, was " + value);
    }
    return rows;
  }

  private static Map<?, ?> row(Object value, String at, String origin) {
    if (!(value instanceof Map<?, ?> row)) {
      throw new ConfigException(origin, CONFIG_KEY, at + ": must be an object, was " + value);
    }
    return row;
  }

  private static int tier(Map<?, ?> row, String at, String origin, Map<Integer, FeeRates> seen) {
    Object value = row.get("tier");
    Matcher m = TIER.matcher(String.valueOf(value));
    if (!(value instanceof String) || !m.matches()) {
      throw new ConfigException(
          origin, CONFIG_KEY, at + ".tier: must be VIP0 to VIP9, was '" + value + "'");
    }
    int tier = Integer.parseInt(m.group(1));
    if (seen.containsKey(tier)) {
      throw new ConfigException(origin, CONFIG_KEY, at + ".tier: VIP" + tier + " appears twice");
    }
    return tier;
  }

  private static FeeRates rates(
      Map<?, ?> row, String makerKey, String takerKey, String at, String origin) {
    return new FeeRates(bps(row, makerKey, at, origin), bps(row, takerKey, at, origin));
  }

  /** Percent in the file to basis points, exactly: 0.0675 % -> 6.75 bps. */
  private static double bps(Map<?, ?> row, String key, String at, String origin) {
    Object value = row.get(key);
    if (!(value instanceof Number number)) {
      throw new ConfigException(
          origin, CONFIG_KEY, at + "." + key + ": must be a number, was '" + value + "'");
    }
    BigDecimal percent = new BigDecimal(number.toString());
    if (percent.signum() < 0 || percent.compareTo(BigDecimal.ONE) > 0) {
      throw new ConfigException(
          origin,
          CONFIG_KEY,
          at + "." + key + ": must be a percentage in [0, 1], was " + percent.toPlainString());
    }
    return percent.movePointRight(2).doubleValue();
  }
}
