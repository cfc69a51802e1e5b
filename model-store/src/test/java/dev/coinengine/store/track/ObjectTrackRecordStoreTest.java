package dev.coinengine.store.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.consensus.TrackRecord;
import dev.coinengine.core.engines.Direction;
import dev.coinengine.core.gate.Leaderboard;
import dev.coinengine.core.regime.Regime;
import dev.coinengine.store.object.InMemoryObjectStore;
import dev.coinengine.store.object.ObjectInfo;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract over an in-memory object store, plus the object layout. */
class ObjectTrackRecordStoreTest extends TrackRecordStoreContract {
  private final Clock clock = Clock.fixed(DAY1.plusSeconds(86_400 * 10), ZoneOffset.UTC);
  private InMemoryObjectStore objects;

  @Override
  protected TrackRecordStore newStore() {
    objects = new InMemoryObjectStore("track", clock);
    return new ObjectTrackRecordStore(objects, "track/", clock, "test-writer");
  }

  @Test
  void outcomesArePartitionedByTheDayTheyClosed() {
    store.appendOutcomes(
        "d-1",
        List.of(
            outcome("a", Direction.LONG, 0.001, DAY1),
            outcome("b", Direction.LONG, 0.001, DAY1.plusSeconds(86_400))));

    assertThat(objects.list("track/outcomes/").stream().map(ObjectInfo::key))
        .hasSize(2)
        .anySatisfy(k -> assertThat(k).startsWith("track/outcomes/date=2026-11-02/part-"))
        .anySatisfy(k -> assertThat(k).startsWith("track/outcomes/date=2026-11-03/part-"))
        .allSatisfy(k -> assertThat(k).endsWith(".jsonl").contains("-test-writer-"));
  }

  @Test
  void leaderboardVersionsAreKeptBesideTheCurrentCopy() {
    TrackRecord record =
        new TrackRecord(
            Leaderboard.of(List.of(entry("a", Regime.RANGE, true))),
            dev.coinengine.core.consensus.VoteCorrelations.none());
    store.saveLeaderboard(record, DAY1, 1, List.of());
    store.saveLeaderboard(record, DAY1, 1, List.of());

    assertThat(objects.list("track/leaderboard/").stream().map(ObjectInfo::key))
        .containsExactly(
            "track/leaderboard/current.json",
            "track/leaderboard/v0000000001.json",
            "track/leaderboard/v0000000002.json");
    assertThat(objects.get("track/leaderboard/current.json").orElseThrow())
        .isEqualTo(objects.get("track/leaderboard/v0000000002.json").orElseThrow());
  }

  @Test
  void aVersionLeftByAnInterruptedRefreshIsSkipped() {
    TrackRecord record = TrackRecord.empty();
    store.saveLeaderboard(record, DAY1, 0, List.of());
    // A refresh that stopped after claiming version 2 but before committing current.json.
    objects.put(
        "track/leaderboard/v0000000002.json",
        objects.get("track/leaderboard/v0000000001.json").orElseThrow());

    assertThat(store.currentLeaderboard().orElseThrow().version()).isEqualTo(1);
    assertThat(store.saveLeaderboard(record, DAY1, 0, List.of()).version()).isEqualTo(3);
    assertThat(store.currentLeaderboard().orElseThrow().version()).isEqualTo(3);
  }

  @Test
  void aCorruptObjectIsNamedInTheFailure() {
    objects.put(
        "track/leaderboard/current.json", "{\"format\":1,".getBytes(StandardCharsets.UTF_8));
    objects.put(
        "track/outcomes/date=2026-11-02/part-x.jsonl",
        "{\"decisionId\":\"d\"}\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> store.currentLeaderboard())
        .isInstanceOf(MalformedTrackRecordException.class)
        .hasMessageContaining("track/leaderboard/current.json");
    assertThatThrownBy(() -> store.outcomes(DAY1, DAY1))
        .isInstanceOf(MalformedTrackRecordException.class)
        .hasMessageContaining("part-x.jsonl")
        .hasMessageContaining("engineId");
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> store.appendOutcomes(" ", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decisionId");
    assertThatThrownBy(() -> store.outcomes(DAY1, DAY1.minusMillis(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from <= to");
    assertThatThrownBy(() -> new ObjectTrackRecordStore(objects, "x", clock, "w"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prefix");
  }

  @Test
  void theInMemoryStoreFulfilsTheContractToo() {
    TrackRecordStore memory = ObjectTrackRecordStore.inMemory(clock);
    memory.appendOutcomes("d", List.of(outcome("a", Direction.SHORT, -0.5, DAY1)));

    assertThat(memory.outcomes(DAY1, DAY1))
        .containsExactly(outcome("a", Direction.SHORT, -0.5, DAY1));
  }
}
