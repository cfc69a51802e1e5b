package dev.coinengine.store.serving;

import dev.coinengine.core.market.Interval;
import dev.coinengine.store.onnx.Device;
import dev.coinengine.store.onnx.OnnxScorer;
import dev.coinengine.store.registry.ModelKey;
import dev.coinengine.store.registry.ModelRegistry;
import dev.coinengine.store.registry.ModelVersion;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The champion models the decision functions score, with ONNX Runtime sessions cached by artifact
 * SHA-256: a session is created on first use of an artifact and shared by every key that points at
 * the same bytes. {@link #refresh()} re-reads the {@code champion} alias; sessions of artifacts no
 * champion uses any more are closed one refresh later, so a scoring call in flight never meets a
 * closed session.
 */
public final class ChampionModels implements AutoCloseable {
  /** The alias the daily push moves. */
  public static final String CHAMPION = "champion";

  private static final Logger LOG = LoggerFactory.getLogger(ChampionModels.class);

  private final ModelRegistry registry;
  private final Device device;
  private final Clock clock;
  private final Map<String, OnnxScorer> sessions = new ConcurrentHashMap<>();
  private final AtomicLong loads = new AtomicLong();
  private volatile Map<ModelKey, ModelVersion> champions = Map.of();
  // symbol/regime/timeframe -> family -> version: what a decision looks up, built once a refresh
  private volatile Map<String, Map<String, ModelVersion>> byView = Map.of();
  private volatile Instant refreshedAt = Instant.EPOCH;
  private List<OnnxScorer> retired = List.of();

  public ChampionModels(ModelRegistry registry, Device device, Clock clock) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.device = Objects.requireNonNull(device, "device");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Re-reads the champion alias; returns the number of champions. Sessions whose artifact is no
   * champion's any more are retired now and closed at the next refresh.
   */
  public synchronized int refresh() {
    Map<ModelKey, ModelVersion> next = Map.copyOf(registry.aliases(CHAMPION));
    Set<String> inUse = new HashSet<>();
    next.values().forEach(v -> inUse.add(v.sha256()));
    retired.forEach(OnnxScorer::close);
    List<OnnxScorer> nowRetired = new ArrayList<>();
    for (String sha : List.copyOf(sessions.keySet())) {
      if (!inUse.contains(sha)) {
        nowRetired.add(sessions.remove(sha));
      }
    }
    retired = nowRetired;
    Map<String, Map<String, ModelVersion>> index = new java.util.HashMap<>();
    next.forEach(
        (k, v) ->
            index
                .computeIfAbsent(view(k.symbol(), k.regime(), k.timeframe()), x -> new TreeMap<>())
                .put(k.family(), v));
    index.replaceAll((view, families) -> Map.copyOf(families));
    byView = Map.copyOf(index);
    champions = next;
    refreshedAt = clock.instant();
    return next.size();
  }

  /** When {@link #refresh()} last ran ({@link Instant#EPOCH} before the first). */
  public Instant refreshedAt() {
    return refreshedAt;
  }

  /** The champion versions of {@code symbol} in {@code regime} on {@code timeframe}, by family. */
  public Map<String, ModelVersion> versions(String symbol, String regime, Interval timeframe) {
    return byView.getOrDefault(view(symbol, regime, timeframe), Map.of());
  }

  private static String view(String symbol, String regime, Interval timeframe) {
    return symbol + "/" + regime + "/" + timeframe.code();
  }

  /** Every champion version now. */
  public Map<ModelKey, ModelVersion> all() {
    return champions;
  }

  /** The session of {@code version}, created on first use of its artifact bytes. */
  public ChampionModel load(ModelVersion version) {
    OnnxScorer scorer =
        sessions.computeIfAbsent(
            version.sha256(),
            sha -> {
              byte[] bytes = registry.readArtifact(version);
              loads.incrementAndGet();
              OnnxScorer loaded = OnnxScorer.load(bytes, device, 1);
              LOG.debug("loaded {} on {}", version.semanticId(), loaded.provider());
              return loaded;
            });
    return new ChampionModel(version, scorer);
  }

  /** Sessions open now. */
  public int openSessions() {
    return sessions.size();
  }

  /** Artifacts loaded since start (a cache miss each). */
  public long loads() {
    return loads.get();
  }

  @Override
  public synchronized void close() {
    retired.forEach(OnnxScorer::close);
    retired = List.of();
    sessions.values().forEach(OnnxScorer::close);
    sessions.clear();
  }
}
