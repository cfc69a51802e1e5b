package dev.coinengine.store.decisions;

import java.time.Instant;
import java.util.Objects;

/**
 * One decision as it goes to the decision log: its id, when it was made (which also picks the day's
 * partition) and its structured JSON, one line without line breaks.
 */
public record LoggedDecision(String decisionId, Instant decidedAt, String json) {
  public LoggedDecision {
    if (decisionId == null || decisionId.isBlank()) {
      throw new IllegalArgumentException("decisionId must not be blank");
    }
    Objects.requireNonNull(decidedAt, "decidedAt");
    if (json == null || json.isBlank()) {
      throw new IllegalArgumentException("json must not be blank");
    }
    if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          "json must be one line (JSON Lines), decision " + decisionId);
    }
  }
}
