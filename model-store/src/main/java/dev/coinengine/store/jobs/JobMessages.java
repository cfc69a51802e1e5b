package dev.coinengine.store.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coinengine.core.market.Interval;
import dev.coinengine.core.regime.Regime;

/**
 * The JSON body of a job message, format 1: {@code {"format":1,"jobId":...,"symbol":...,
 * "regime":...,"timeframe":...,"family":...,"lakeSnapshotId":...,"configVersion":...}}. The job id
 * is written for people reading the queue and checked on the way back in.
 */
final class JobMessages {
  static final int FORMAT = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private JobMessages() {}

  static String toJson(JobSpec spec) {
    ObjectNode node = JSON.createObjectNode();
    node.put("format", FORMAT);
    node.put("jobId", spec.jobId());
    node.put("symbol", spec.symbol());
    node.put("regime", spec.regime().name());
    node.put("timeframe", spec.timeframe().code());
    node.put("family", spec.family());
    node.put("lakeSnapshotId", spec.lakeSnapshotId());
    node.put("configVersion", spec.configVersion());
    return node.toString();
  }

  /**
   * @throws MalformedJobException if the body is not a job of format 1 or its id does not match
   */
  static JobSpec fromJson(String body) {
    JsonNode node;
    try {
      node = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new MalformedJobException("not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject() || node.path("format").asInt(-1) != FORMAT) {
      throw new MalformedJobException("not a job message of format " + FORMAT);
    }
    try {
      JsonNode snapshot = node.path("lakeSnapshotId");
      if (!snapshot.canConvertToLong()) {
        throw new MalformedJobException("lakeSnapshotId is not a number");
      }
      JobSpec spec =
          new JobSpec(
              text(node, "symbol"),
              Regime.valueOf(text(node, "regime")),
              Interval.parse(text(node, "timeframe")),
              text(node, "family"),
              snapshot.asLong(),
              text(node, "configVersion"));
      if (!spec.jobId().equals(node.path("jobId").asText())) {
        throw new MalformedJobException("jobId does not match the job's fields");
      }
      return spec;
    } catch (IllegalArgumentException e) {
      throw new MalformedJobException(e.getMessage());
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isTextual()) {
      throw new MalformedJobException("field '" + field + "' is missing");
    }
    return value.asText();
  }
}
