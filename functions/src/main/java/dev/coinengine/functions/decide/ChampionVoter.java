package dev.coinengine.functions.decide;

import dev.coinengine.core.decision.ModelVoter;
import dev.coinengine.core.decision.TimeframeView;
import dev.coinengine.core.engines.Direction;
import dev.coinengine.core.engines.Vote;
import dev.coinengine.store.registry.ModelVersion;
import dev.coinengine.store.serving.ChampionModel;
import dev.coinengine.store.serving.ChampionModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The champion ONNX models as engines {@code ml_<family>_<timeframe>}: the champion of the coin's
 * regime on that timeframe scores the view's feature row. Its vote: raw score P(LONG) − P(SHORT);
 * direction the arg-max label (FLAT when FLAT is most likely); confidence |P(LONG) − P(SHORT)|. A
 * model trained on another feature spec than the one served is skipped (logged once), never fed
 * misaligned columns.
 */
public final class ChampionVoter implements ModelVoter {
  private static final Logger LOG = LoggerFactory.getLogger(ChampionVoter.class);

  private final ChampionModels champions;
  private final String featureSpecHash;
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  public ChampionVoter(ChampionModels champions, String featureSpecHash) {
    this.champions = champions;
    this.featureSpecHash = featureSpecHash;
  }

  @Override
  public List<Vote> votes(String symbol, TimeframeView view) {
    if (view.regime().isEmpty() || view.features().isEmpty()) {
      return List.of();
    }
    Map<String, ModelVersion> versions =
        champions.versions(symbol, view.regime().get().name(), view.timeframe());
    List<Vote> votes = new ArrayList<>(versions.size());
    for (Map.Entry<String, ModelVersion> e : versions.entrySet()) {
      ModelVersion version = e.getValue();
      if (!version.featureSpecHash().equals(featureSpecHash)) {
        if (warned.add(version.semanticId())) {
          LOG.warn(
              "{} was trained on feature spec {}, serving computes {}: skipped",
              version.semanticId(),
              version.featureSpecHash(),
              featureSpecHash);
        }
        continue;
      }
      ChampionModel model = champions.load(version);
      votes.add(vote(engineId(e.getKey(), view), model, view.features().get()));
    }
    return votes;
  }

  static String engineId(String family, TimeframeView view) {
    return "ml_" + family + "_" + view.timeframe().code();
  }

  private static Vote vote(String engineId, ChampionModel model, float[] row) {
    double[] p = model.scorer().probabilities(row);
    List<String> labels = model.scorer().labels();
    double longP = probability(labels, p, "LONG");
    double shortP = probability(labels, p, "SHORT");
    double flatP = probability(labels, p, "FLAT");
    double raw = longP - shortP;
    Direction direction = flatP >= longP && flatP >= shortP ? Direction.FLAT : Direction.of(raw);
    double confidence = direction == Direction.FLAT ? 0.0 : Math.min(1.0, Math.abs(raw));
    return new Vote(engineId, direction, confidence, raw, model.version().semanticId());
  }

  private static double probability(List<String> labels, double[] p, String label) {
    int i = labels.indexOf(label);
    return i < 0 ? 0.0 : p[i];
  }
}
