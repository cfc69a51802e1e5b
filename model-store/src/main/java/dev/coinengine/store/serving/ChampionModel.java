package dev.coinengine.store.serving;

import dev.coinengine.store.onnx.OnnxScorer;
import dev.coinengine.store.registry.ModelVersion;
import java.util.Objects;

/** A champion version with its loaded ONNX Runtime session. */
public record ChampionModel(ModelVersion version, OnnxScorer scorer) {
  public ChampionModel {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(scorer, "scorer");
  }
}
