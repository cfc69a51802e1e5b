package dev.coinengine.store.jobs;

import dev.coinengine.core.market.Interval;
import dev.coinengine.core.regime.Regime;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * One training job as it travels on the queue: which model to train and on which data. The job id
 * is derived from every field, so the same job enqueued twice has the same id and the registry
 * (idempotent per job id) keeps one version of it.
 *
 * @param symbol Binance symbol, e.g. {@code BTCUSDT}
 * @param regime the regime the model is trained for
 * @param timeframe the bar interval the model reads
 * @param family model family code, kebab-case, e.g. {@code linear-sgd}
 * @param lakeSnapshotId kline lake snapshot the bars are read at (pinned)
 * @param configVersion version of the training configuration (trainer, labels, validation)
 */
public record JobSpec(
    String symbol,
    Regime regime,
    Interval timeframe,
    String family,
    long lakeSnapshotId,
    String configVersion) {
  private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9]{2,30}");
  private static final Pattern FAMILY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern CONFIG_VERSION = Pattern.compile("[A-Za-z0-9._:-]{1,80}");

  public JobSpec {
    require("symbol", symbol, SYMBOL);
    if (regime == null || timeframe == null) {
      throw new IllegalArgumentException("regime and timeframe must not be null");
    }
    require("family", family, FAMILY);
    require("configVersion", configVersion, CONFIG_VERSION);
  }

  /** SHA-256 (hex) of {@code symbol|regime|timeframe|family|lakeSnapshotId|configVersion}. */
  public String jobId() {
    String text =
        String.join(
            "|",
            symbol,
            regime.name(),
            timeframe.code(),
            family,
            Long.toString(lakeSnapshotId),
            configVersion);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required on every JVM", e);
    }
  }

  /** {@code BTCUSDT TREND 1h linear-sgd}, for logs. */
  public String describe() {
    return symbol + " " + regime + " " + timeframe.code() + " " + family;
  }

  private static void require(String field, String value, Pattern pattern) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + " must match " + pattern.pattern() + ", was '" + value + "'");
    }
  }
}
