package dev.coinengine.core.config;

import java.time.Duration;
import java.util.Optional;

/**
 * Section {@code serving}: what the decision functions keep in memory and how they log.
 *
 * @param keepBars base-interval bars held in memory per symbol (enough for the 4h regime look-back)
 * @param barsMaxAge how old a symbol's cached window may get before a request past its end re-reads
 *     the lake
 * @param championRefresh how often the champion alias is re-read
 * @param decisionLogCapacity decisions queued before callers wait
 * @param decisionLogBatch most decisions per written part
 * @param decisionLogFlush longest wait of a decision before its part is written
 * @param decisionLogOfferTimeout how long a caller waits for room before a decision is dropped
 * @param decisionLogFolder local copy of the decision log; empty = none
 */
public record ServingSettings(
    int keepBars,
    Duration barsMaxAge,
    Duration championRefresh,
    int decisionLogCapacity,
    int decisionLogBatch,
    Duration decisionLogFlush,
    Duration decisionLogOfferTimeout,
    Optional<String> decisionLogFolder) {

  public ServingSettings {
    Checks.between("keep-bars", keepBars, 200, 1_000_000);
    Checks.between("bars-max-age", barsMaxAge, Duration.ofSeconds(1), Duration.ofDays(1));
    Checks.between("champion-refresh", championRefresh, Duration.ofSeconds(1), Duration.ofDays(1));
    Checks.between("decision-log-capacity", decisionLogCapacity, 1, 10_000_000);
    Checks.between("decision-log-batch", decisionLogBatch, 1, decisionLogCapacity);
    Checks.between(
        "decision-log-flush", decisionLogFlush, Duration.ofMillis(1), Duration.ofMinutes(10));
    Checks.between(
        "decision-log-offer-timeout",
        decisionLogOfferTimeout,
        Duration.ofMillis(1),
        Duration.ofMinutes(10));
    Checks.present("decision-log-folder", decisionLogFolder);
  }

  static ServingSettings from(ConfigNode node) {
    node.requireOnlyKeys(
        "keep-bars",
        "bars-max-age",
        "champion-refresh",
        "decision-log-capacity",
        "decision-log-batch",
        "decision-log-flush",
        "decision-log-offer-timeout",
        "decision-log-folder");
    int keepBars = node.integer("keep-bars");
    Duration barsMaxAge = node.duration("bars-max-age");
    Duration refresh = node.duration("champion-refresh");
    int capacity = node.integer("decision-log-capacity");
    int batch = node.integer("decision-log-batch");
    Duration flush = node.duration("decision-log-flush");
    Duration offer = node.duration("decision-log-offer-timeout");
    Optional<String> folder = node.optionalString("decision-log-folder");
    return node.build(
        () ->
            new ServingSettings(
                keepBars, barsMaxAge, refresh, capacity, batch, flush, offer, folder));
  }
}
