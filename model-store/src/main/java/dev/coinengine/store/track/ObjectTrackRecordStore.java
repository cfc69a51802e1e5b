package dev.coinengine.store.track;

import dev.coinengine.core.consensus.TrackRecord;
import dev.coinengine.core.gate.LeaderboardChange;
import dev.coinengine.core.gate.Outcome;
import dev.coinengine.store.object.InMemoryObjectStore;
import dev.coinengine.store.object.ObjectInfo;
import dev.coinengine.store.object.ObjectStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A {@link TrackRecordStore} in an {@link ObjectStore}, under {@code prefix}:
 *
 * <ul>
 *   <li>{@code outcomes/date=YYYY-MM-DD/part-<millis>-<writer>-<seq>.jsonl}: one JSON line per
 *       engine outcome, partitioned by the outcome's close time; each call writes its own part
 *       synchronously, so an outcome is durable once the call returns. Part names sort by write
 *       time, which decides the latest recording of a decision and engine.
 *   <li>{@code leaderboard/v<N>.json} (N zero-padded to 10 digits): every saved version, written
 *       only if absent, so two concurrent refreshes cannot both claim one version.
 *   <li>{@code leaderboard/changes/v<N>.jsonl}: the changes of version N, one JSON line each.
 *   <li>{@code leaderboard/current.json}: a copy of the newest version, written last. It is the
 *       commit point: a refresh that died before it left a version nobody reads as current.
 * </ul>
 */
public final class ObjectTrackRecordStore implements TrackRecordStore {
  /** Above this many days an outcome read lists the whole outcome folder instead of each day. */
  private static final long MAX_DAYS_LISTED_ONE_BY_ONE = 400;

  private final ObjectStore store;
  private final String prefix;
  private final Clock clock;
  private final String writerId;
  private final AtomicLong parts = new AtomicLong();

  /**
   * @param prefix "" or a folder ending in {@code /}
   * @param writerId distinguishes the parts of concurrent writers: 1-64 letters, digits, '.', '_'
   *     or '-'
   */
  public ObjectTrackRecordStore(ObjectStore store, String prefix, Clock clock, String writerId) {
    this.store = Objects.requireNonNull(store, "store");
    if (prefix == null || !(prefix.isEmpty() || prefix.endsWith("/"))) {
      throw new IllegalArgumentException("prefix must be empty or end with '/', was " + prefix);
    }
    this.prefix = prefix;
    this.clock = Objects.requireNonNull(clock, "clock");
    if (writerId == null || !writerId.matches("[A-Za-z0-9_.-]{1,64}")) {
      throw new IllegalArgumentException(
          "writerId must be 1-64 letters, digits, '.', '_' or '-', was " + writerId);
    }
    this.writerId = writerId;
  }

  /** At the root of {@code store}, with a random writer id. */
  public ObjectTrackRecordStore(ObjectStore store, Clock clock) {
    this(store, "", clock, UUID.randomUUID().toString().substring(0, 8));
  }

  /** The in-memory implementation: this store over a fresh {@link InMemoryObjectStore}. */
  public static ObjectTrackRecordStore inMemory(Clock clock) {
    return new ObjectTrackRecordStore(new InMemoryObjectStore("track-records", clock), clock);
  }

  @Override
  public void appendOutcomes(String decisionId, List<Outcome> outcomes) {
    if (decisionId == null || decisionId.isBlank() || decisionId.contains("\n")) {
      throw new IllegalArgumentException(
          "decisionId must not be blank or contain line breaks, was '" + decisionId + "'");
    }
    Map<LocalDate, StringBuilder> byDay = new TreeMap<>();
    for (Outcome outcome : outcomes) {
      byDay
          .computeIfAbsent(day(outcome.at()), d -> new StringBuilder())
          .append(TrackRecordJson.outcomeLine(decisionId, outcome))
          .append('\n');
    }
    long millis = clock.millis();
    for (Map.Entry<LocalDate, StringBuilder> e : byDay.entrySet()) {
      String key =
          dayFolder(e.getKey())
              + "part-"
              + String.format("%013d", millis)
              + "-"
              + writerId
              + "-"
              + String.format("%010d", parts.incrementAndGet())
              + ".jsonl";
      store.put(key, e.getValue().toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  @Override
  public List<Outcome> outcomes(Instant from, Instant to) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException("need from <= to, was " + from + " .. " + to);
    }
    List<ObjectInfo> objects = new ArrayList<>();
    LocalDate first = day(from);
    LocalDate last = day(to);
    if (ChronoUnit.DAYS.between(first, last) < MAX_DAYS_LISTED_ONE_BY_ONE) {
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        objects.addAll(store.list(dayFolder(d)));
      }
    } else {
      objects.addAll(store.list(prefix + "outcomes/"));
    }
    // The latest recording of a decision and engine wins: parts sort by write time.
    objects.sort(Comparator.comparing(info -> info.key().substring(info.key().lastIndexOf('/'))));
    Map<String, TrackRecordJson.Line> latest = new LinkedHashMap<>();
    for (ObjectInfo info : objects) {
      if (!info.key().endsWith(".jsonl")) {
        continue;
      }
      for (String line : lines(info.key())) {
        TrackRecordJson.Line parsed = parse(info.key(), line, TrackRecordJson::readOutcome);
        Instant at = parsed.outcome().at();
        if (!at.isBefore(from) && !at.isAfter(to)) {
          latest.put(parsed.decisionId() + "\n" + parsed.outcome().engineId(), parsed);
        }
      }
    }
    return latest.values().stream()
        .sorted(
            Comparator.comparing((TrackRecordJson.Line l) -> l.outcome().at())
                .thenComparing(TrackRecordJson.Line::decisionId)
                .thenComparing(l -> l.outcome().engineId()))
        .map(TrackRecordJson.Line::outcome)
        .toList();
  }

  @Override
  public Optional<StoredLeaderboard> currentLeaderboard() {
    String key = prefix + "leaderboard/current.json";
    return store
        .get(key)
        .map(
            bytes ->
                parse(
                    key,
                    new String(bytes, StandardCharsets.UTF_8),
                    TrackRecordJson::readLeaderboard));
  }

  @Override
  public StoredLeaderboard saveLeaderboard(
      TrackRecord trackRecord, Instant asOf, int outcomes, List<LeaderboardChange> changes) {
    long version = nextVersion();
    StoredLeaderboard stored =
        new StoredLeaderboard(version, asOf, clock.instant(), outcomes, trackRecord);
    byte[] json = TrackRecordJson.leaderboard(stored).getBytes(StandardCharsets.UTF_8);
    if (!store.putIfAbsent(versionKey(version), json)) {
      throw new ConcurrentRefreshException(
          "leaderboard version " + version + " was saved by another refresh first; refresh again");
    }
    if (!changes.isEmpty()) {
      StringBuilder lines = new StringBuilder();
      for (LeaderboardChange change : changes) {
        lines.append(TrackRecordJson.changeLine(version, change)).append('\n');
      }
      store.put(changesKey(version), lines.toString().getBytes(StandardCharsets.UTF_8));
    }
    store.put(prefix + "leaderboard/current.json", json);
    return stored;
  }

  @Override
  public List<RecordedChange> changes() {
    List<RecordedChange> out = new ArrayList<>();
    for (ObjectInfo info : store.list(prefix + "leaderboard/changes/")) {
      if (info.key().endsWith(".jsonl")) {
        for (String line : lines(info.key())) {
          out.add(parse(info.key(), line, TrackRecordJson::readChange));
        }
      }
    }
    return out;
  }

  private long nextVersion() {
    long newest = currentLeaderboard().map(StoredLeaderboard::version).orElse(0L);
    String versions = prefix + "leaderboard/v";
    for (ObjectInfo info : store.list(versions)) {
      String rest = info.key().substring(versions.length());
      if (rest.matches("\\d{10}\\.json")) {
        newest = Math.max(newest, Long.parseLong(rest.substring(0, 10)));
      }
    }
    return newest + 1;
  }

  private String versionKey(long version) {
    return prefix + "leaderboard/" + String.format("v%010d.json", version);
  }

  private String changesKey(long version) {
    return prefix + "leaderboard/changes/" + String.format("v%010d.jsonl", version);
  }

  private String dayFolder(LocalDate day) {
    return prefix + "outcomes/date=" + day + "/";
  }

  private static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC);
  }

  private List<String> lines(String key) {
    byte[] bytes = store.get(key).orElse(new byte[0]);
    List<String> out = new ArrayList<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        out.add(line);
      }
    }
    return out;
  }

  private static <T> T parse(String key, String text, Function<String, T> f) {
    try {
      return f.apply(text);
    } catch (RuntimeException e) {
      throw new MalformedTrackRecordException("cannot read " + key + ": " + e.getMessage(), e);
    }
  }
}
