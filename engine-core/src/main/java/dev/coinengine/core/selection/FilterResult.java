package dev.coinengine.core.selection;

/**
 * What one filter decided about one coin: it passed, it was rejected with a reason, or the filter
 * could not check it because its input is unknown (the coin passes and the note is kept).
 */
public record FilterResult(Outcome outcome, ReasonCode reason, String detail) {

  public enum Outcome {
    PASS,
    REJECT,
    UNCHECKED
  }

  public static final FilterResult PASS = new FilterResult(Outcome.PASS, null, null);

  public FilterResult {
    if (outcome == null) {
      throw new IllegalArgumentException("outcome must not be null");
    }
    if (outcome == Outcome.REJECT && reason == null) {
      throw new IllegalArgumentException("a rejection needs a reason code");
    }
    if (outcome != Outcome.PASS && (detail == null || detail.isBlank())) {
      throw new IllegalArgumentException(outcome + " needs a detail");
    }
  }

  public static FilterResult reject(ReasonCode reason, String detail) {
    return new FilterResult(Outcome.REJECT, reason, detail);
  }

  public static FilterResult unchecked(String note) {
    return new FilterResult(Outcome.UNCHECKED, null, note);
  }

  public boolean rejected() {
    return outcome == Outcome.REJECT;
  }
}
