package dev.coinengine.store.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coinengine.core.market.Interval;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The human-readable {@code card.json} beside each {@code model.onnx}: everything the version's row
 * holds, so an artifact can be understood (and its row rebuilt) from the bucket alone.
 */
public final class ModelCard {
  /** Card format version, bumped when fields change meaning. */
  public static final int FORMAT = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ModelCard() {}

  /** The card of {@code version}, pretty-printed UTF-8 JSON. */
  public static byte[] toJson(ModelVersion version) {
    ObjectNode card = JSON.createObjectNode();
    card.put("format", FORMAT);
    card.put("semanticId", version.semanticId());
    ObjectNode key = card.putObject("key");
    key.put("symbol", version.key().symbol());
    key.put("regime", version.key().regime());
    key.put("timeframe", version.key().timeframe().code());
    key.put("family", version.key().family());
    card.put("version", version.version());
    card.put("status", version.status().name());
    version.reasons().forEach(card.putArray("reasons")::add);
    ObjectNode metrics = card.putObject("metrics");
    version.metrics().forEach(metrics::put);
    card.put("featureSpecHash", version.featureSpecHash());
    if (version.lakeSnapshotId().isPresent()) {
      card.put("lakeSnapshotId", version.lakeSnapshotId().getAsLong());
    } else {
      card.putNull("lakeSnapshotId");
    }
    ObjectNode provenance = card.putObject("provenance");
    version.provenance().forEach(provenance::put);
    card.put("jobId", version.jobId());
    card.put("createdAt", version.createdAt().toString());
    ObjectNode artifact = card.putObject("artifact");
    artifact.put("uri", version.artifactUri());
    artifact.put("sha256", version.sha256());
    artifact.put("sizeBytes", version.sizeBytes());
    try {
      return JSON.writeValueAsBytes(card);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }

  /**
   * Reads a card back.
   *
   * @throws IllegalArgumentException if the bytes are not a card of a known format
   */
  public static ModelVersion fromJson(byte[] json) {
    JsonNode card;
    try {
      card = JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "not a model card: " + new String(json, StandardCharsets.UTF_8), e);
    }
    if (card == null || card.path("format").asInt(-1) != FORMAT) {
      throw new IllegalArgumentException("not a model card of format " + FORMAT);
    }
    JsonNode key = card.path("key");
    Map<String, Double> metrics = new LinkedHashMap<>();
    card.path("metrics")
        .properties()
        .forEach(e -> metrics.put(e.getKey(), e.getValue().asDouble()));
    Map<String, String> provenance = new LinkedHashMap<>();
    card.path("provenance")
        .properties()
        .forEach(e -> provenance.put(e.getKey(), e.getValue().asText()));
    List<String> reasons = new ArrayList<>();
    card.path("reasons").forEach(r -> reasons.add(r.asText()));
    JsonNode lake = card.path("lakeSnapshotId");
    JsonNode artifact = card.path("artifact");
    return new ModelVersion(
        new ModelKey(
            text(key, "symbol"),
            text(key, "regime"),
            Interval.parse(text(key, "timeframe")),
            text(key, "family")),
        card.path("version").asInt(),
        text(card, "semanticId"),
        text(card, "jobId"),
        text(artifact, "uri"),
        text(artifact, "sha256"),
        artifact.path("sizeBytes").asLong(-1),
        text(card, "featureSpecHash"),
        lake.isNumber() ? OptionalLong.of(lake.asLong()) : OptionalLong.empty(),
        provenance,
        metrics,
        VersionStatus.valueOf(text(card, "status")),
        reasons,
        Instant.parse(text(card, "createdAt")));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isTextual()) {
      throw new IllegalArgumentException("model card field '" + field + "' is missing");
    }
    return value.asText();
  }
}
