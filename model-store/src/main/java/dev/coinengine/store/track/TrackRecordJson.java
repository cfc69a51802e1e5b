package dev.coinengine.store.track;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coinengine.core.consensus.TrackRecord;
import dev.coinengine.core.consensus.VoteCorrelations;
import dev.coinengine.core.engines.Direction;
import dev.coinengine.core.gate.EngineStats;
import dev.coinengine.core.gate.Leaderboard;
import dev.coinengine.core.gate.LeaderboardChange;
import dev.coinengine.core.gate.LeaderboardEntry;
import dev.coinengine.core.gate.Outcome;
import dev.coinengine.core.regime.Regime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The stored JSON of outcomes, leaderboards (format 1) and changes. Explicit field by field, so
 * renaming a Java field never changes what is stored.
 */
final class TrackRecordJson {
  static final int FORMAT = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private TrackRecordJson() {}

  /** A recorded outcome with the decision it belongs to. */
  record Line(String decisionId, Outcome outcome) {}

  static String outcomeLine(String decisionId, Outcome o) {
    ObjectNode node = JSON.createObjectNode();
    node.put("decisionId", decisionId);
    node.put("engineId", o.engineId());
    node.put("symbol", o.symbol());
    node.put("regime", o.regime().name());
    node.put("direction", o.direction().name());
    node.put("netReturn", o.netReturn());
    node.put("at", o.at().toString());
    return node.toString();
  }

  static Line readOutcome(String line) {
    JsonNode node = tree(line);
    return new Line(
        text(node, "decisionId"),
        new Outcome(
            text(node, "engineId"),
            text(node, "symbol"),
            Regime.valueOf(text(node, "regime")),
            Direction.valueOf(text(node, "direction")),
            number(node, "netReturn"),
            Instant.parse(text(node, "at"))));
  }

  static String changeLine(long version, LeaderboardChange c) {
    ObjectNode node = JSON.createObjectNode();
    node.put("version", version);
    node.put("engineId", c.engineId());
    node.put("regime", c.regime().name());
    node.put("enabled", c.enabled());
    node.put("reason", c.reason());
    node.put("at", c.at().toString());
    return node.toString();
  }

  static RecordedChange readChange(String line) {
    JsonNode node = tree(line);
    return new RecordedChange(
        node.path("version").asLong(-1),
        new LeaderboardChange(
            text(node, "engineId"),
            Regime.valueOf(text(node, "regime")),
            bool(node, "enabled"),
            text(node, "reason"),
            Instant.parse(text(node, "at"))));
  }

  static String leaderboard(StoredLeaderboard stored) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", stored.version());
    root.put("asOf", stored.asOf().toString());
    root.put("savedAt", stored.savedAt().toString());
    root.put("outcomes", stored.outcomes());
    Leaderboard leaderboard = stored.trackRecord().leaderboard();
    ArrayNode entries = root.putArray("entries");
    Map<Regime, TreeSet<String>> engines = new EnumMap<>(Regime.class);
    for (LeaderboardEntry e : leaderboard.entries()) {
      ObjectNode entry = entries.addObject();
      entry.put("engineId", e.engineId());
      entry.put("regime", e.regime().name());
      entry.put("enabled", e.enabled());
      entry.put("outcomes", e.stats().outcomes());
      entry.put("samples", e.stats().samples());
      entry.put("hits", e.stats().hits());
      entry.put("meanNetReturn", e.stats().meanNetReturn());
      engines.computeIfAbsent(e.regime(), r -> new TreeSet<>()).add(e.engineId());
    }
    // Pairs of the leaderboard's engines with a non-zero correlation; the rest count as 0 anyway.
    ObjectNode correlations = root.putObject("correlations");
    VoteCorrelations rho = stored.trackRecord().correlations();
    engines.forEach(
        (regime, ids) -> {
          List<String> list = List.copyOf(ids);
          ArrayNode pairs = JSON.createArrayNode();
          for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
              double r = rho.correlation(regime, list.get(i), list.get(j));
              if (r != 0) {
                pairs.addObject().put("a", list.get(i)).put("b", list.get(j)).put("rho", r);
              }
            }
          }
          if (!pairs.isEmpty()) {
            correlations.set(regime.name(), pairs);
          }
        });
    return root.toString();
  }

  static StoredLeaderboard readLeaderboard(String json) {
    JsonNode root = tree(json);
    if (root.path("format").asInt(-1) != FORMAT) {
      throw new IllegalArgumentException("not a leaderboard of format " + FORMAT);
    }
    List<LeaderboardEntry> entries = new ArrayList<>();
    for (JsonNode e : root.path("entries")) {
      entries.add(
          new LeaderboardEntry(
              text(e, "engineId"),
              Regime.valueOf(text(e, "regime")),
              new EngineStats(
                  e.path("outcomes").asInt(-1),
                  number(e, "samples"),
                  number(e, "hits"),
                  number(e, "meanNetReturn")),
              bool(e, "enabled")));
    }
    VoteCorrelations correlations = VoteCorrelations.none();
    JsonNode byRegime = root.path("correlations");
    for (Regime regime : Regime.values()) {
      JsonNode pairs = byRegime.path(regime.name());
      if (!pairs.isArray() || pairs.isEmpty()) {
        continue;
      }
      TreeSet<String> ids = new TreeSet<>();
      for (JsonNode pair : pairs) {
        ids.add(text(pair, "a"));
        ids.add(text(pair, "b"));
      }
      List<String> list = List.copyOf(ids);
      double[][] matrix = new double[list.size()][list.size()];
      for (JsonNode pair : pairs) {
        int a = list.indexOf(text(pair, "a"));
        int b = list.indexOf(text(pair, "b"));
        double r = number(pair, "rho");
        matrix[a][b] = r;
        matrix[b][a] = r;
      }
      correlations = correlations.with(regime, list, matrix);
    }
    return new StoredLeaderboard(
        root.path("version").asLong(-1),
        Instant.parse(text(root, "asOf")),
        Instant.parse(text(root, "savedAt")),
        root.path("outcomes").asInt(-1),
        new TrackRecord(Leaderboard.of(entries), correlations));
  }

  private static JsonNode tree(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("not a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isTextual()) {
      throw new IllegalArgumentException("field '" + field + "' is missing");
    }
    return value.asText();
  }

  private static double number(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isNumber()) {
      throw new IllegalArgumentException("field '" + field + "' is not a number");
    }
    return value.doubleValue();
  }

  private static boolean bool(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isBoolean()) {
      throw new IllegalArgumentException("field '" + field + "' is not true or false");
    }
    return value.booleanValue();
  }
}
