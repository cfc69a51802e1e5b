package dev.coinengine.store.registry;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Object keys of artifacts and cards: {@code models/<SYMBOL>/<REGIME>/<TF>/<family>/v<N>/}. */
final class ArtifactLayout {
  static final String MODEL = "model.onnx";
  static final String CARD = "card.json";

  private ArtifactLayout() {}

  static String folder(ModelKey key, int version) {
    return "models/" + key.path() + "/v" + version + "/";
  }

  static String model(ModelKey key, int version) {
    return folder(key, version) + MODEL;
  }

  static String card(ModelKey key, int version) {
    return folder(key, version) + CARD;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
