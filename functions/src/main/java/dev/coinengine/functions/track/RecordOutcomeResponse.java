package dev.coinengine.functions.track;

/**
 * The answer of {@code recordOutcome}.
 *
 * @param decisionId the decision the outcomes belong to
 * @param recorded engine outcomes stored (one per vote)
 * @param directional LONG and SHORT votes among them, which count for the hit rates
 * @param flat FLAT votes, stored with a net return of 0 for the vote correlations only
 * @param hits directional votes whose net return was positive
 */
public record RecordOutcomeResponse(
    String decisionId, int recorded, int directional, int flat, int hits) {}
