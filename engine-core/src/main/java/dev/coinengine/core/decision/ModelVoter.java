package dev.coinengine.core.decision;

import dev.coinengine.core.engines.Vote;
import java.util.List;

/**
 * The machine-learned engines: for a coin's view on one timeframe, the votes of the models that
 * serve its regime there (none while the regime is unknown or no model is champion). Engine ids are
 * {@code ml_<family>_<timeframe>}, one per family and timeframe, so consensus sees at most one vote
 * per engine.
 */
@FunctionalInterface
public interface ModelVoter {
  List<Vote> votes(String symbol, TimeframeView view);

  /** No models: the rule engines vote alone. */
  ModelVoter NONE = (symbol, view) -> List.of();
}
