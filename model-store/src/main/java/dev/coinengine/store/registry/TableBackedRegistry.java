package dev.coinengine.store.registry;

import dev.coinengine.store.object.ObjectStore;
import dev.coinengine.store.object.ObjectStoreException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The registration protocol shared by every implementation; only where rows live differs ({@link
 * RegistryTables}). Steps of {@link #register} (failure cases in {@code docs/model-registry.md}):
 *
 * <ol>
 *   <li>Re-read the tables; if the job id has a row, return it.
 *   <li>Adopt a slot without a row that an earlier attempt of the same job left behind (its card
 *       names the job id and its {@code model.onnx} matches the card's SHA-256).
 *   <li>Otherwise claim slot N = (highest committed N of the key) + 1 by writing its {@code
 *       card.json} with a conditional put; if the slot is taken, adopt it as above or try N + 1.
 *   <li>Upload {@code model.onnx} into the claimed slot.
 *   <li>Commit the row, failing if a row for the same job id landed after the basis state; on such
 *       a conflict re-read: the job's row (whoever committed it) is the answer, else commit again.
 * </ol>
 */
abstract class TableBackedRegistry implements ModelRegistry {
  private static final int COMMIT_ATTEMPTS = 20;
  // Unclaimed slots are only those of writers in flight or dead; this bounds a corrupt bucket.
  private static final int SLOT_SEARCH_LIMIT = 10_000;

  private final RegistryTables tables;
  private final ObjectStore store;
  private final Clock clock;
  private final RegistrationProbe probe;

  TableBackedRegistry(
      RegistryTables tables, ObjectStore store, Clock clock, RegistrationProbe probe) {
    this.tables = Objects.requireNonNull(tables, "tables");
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.probe = Objects.requireNonNull(probe, "probe");
  }

  /** The rows behind this registry (bulk loads in benchmarks). */
  RegistryTables tables() {
    return tables;
  }

  @Override
  public ModelVersion register(Registration registration) {
    Objects.requireNonNull(registration, "registration");
    RegistryState state = tables.refresh();
    Optional<ModelVersion> existing = state.byJob(registration.jobId());
    if (existing.isPresent()) {
      return sameKey(existing.get(), registration);
    }
    ModelVersion claimed = claimSlot(registration, state);
    probe.artifactWritten(claimed);
    for (int attempt = 1; ; attempt++) {
      try {
        tables.appendVersions(List.of(claimed), state);
        return claimed;
      } catch (ConcurrentCommitException conflict) {
        state = tables.refresh();
        existing = state.byJob(registration.jobId());
        if (existing.isPresent()) {
          // Another attempt of the same job committed first; its slot wins, ours stays unlisted.
          return sameKey(existing.get(), registration);
        }
        if (attempt == COMMIT_ATTEMPTS) {
          throw new RegistryConflictException(
              "gave up committing " + claimed.semanticId() + " after " + attempt + " conflicts",
              conflict);
        }
      }
    }
  }

  private ModelVersion claimSlot(Registration registration, RegistryState state) {
    ModelKey key = registration.key();
    byte[] bytes = registration.artifactBytes();
    String sha256 = ArtifactLayout.sha256(bytes);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    int first = state.maxVersion(key) + 1;
    // A slot below the highest committed one without a row belongs to a writer that is in flight
    // or died; if it is an earlier attempt of this job with a whole upload, adopt it.
    for (int n = 1; n < first; n++) {
      if (state.version(key, n).isEmpty()) {
        Optional<ModelVersion> adopted = adoptable(key, n, registration.jobId());
        if (adopted.isPresent()) {
          return adopted.get();
        }
      }
    }
    for (int n = first; n < first + SLOT_SEARCH_LIMIT; n++) {
      String modelKey = ArtifactLayout.model(key, n);
      ModelVersion candidate =
          new ModelVersion(
              key,
              n,
              key.semanticId(n),
              registration.jobId(),
              storage(() -> store.uri(modelKey)),
              sha256,
              bytes.length,
              registration.featureSpecHash(),
              registration.lakeSnapshotId(),
              registration.provenance(),
              registration.metrics(),
              registration.status(),
              registration.reasons(),
              now);
      String cardKey = ArtifactLayout.card(key, n);
      if (storage(() -> store.putIfAbsent(cardKey, ModelCard.toJson(candidate)))) {
        storage(
            () -> {
              store.put(modelKey, bytes);
              return null;
            });
        return candidate;
      }
      Optional<ModelVersion> adopted = adoptable(key, n, registration.jobId());
      if (adopted.isPresent()) {
        return adopted.get();
      }
    }
    throw new RegistryConflictException(
        "no free slot for " + key + " among " + SLOT_SEARCH_LIMIT + " after v" + (first - 1));
  }

  /**
   * The version claimed in slot n by an earlier attempt of the same job, if its upload is whole.
   */
  private Optional<ModelVersion> adoptable(ModelKey key, int n, String jobId) {
    Optional<byte[]> cardBytes = storage(() -> store.get(ArtifactLayout.card(key, n)));
    if (cardBytes.isEmpty()) {
      return Optional.empty();
    }
    ModelVersion card;
    try {
      card = ModelCard.fromJson(cardBytes.get());
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty();
    }
    if (!card.jobId().equals(jobId) || !card.key().equals(key) || card.version() != n) {
      return Optional.empty();
    }
    Optional<byte[]> model = storage(() -> store.get(ArtifactLayout.model(key, n)));
    if (model.isEmpty() || !ArtifactLayout.sha256(model.get()).equals(card.sha256())) {
      // The earlier attempt died mid-upload or is still uploading: leave its slot alone.
      return Optional.empty();
    }
    return Optional.of(card);
  }

  private static ModelVersion sameKey(ModelVersion existing, Registration registration) {
    if (!existing.key().equals(registration.key())) {
      throw new RegistryConflictException(
          "job "
              + registration.jobId()
              + " is registered as "
              + existing.semanticId()
              + ", not under "
              + registration.key());
    }
    return existing;
  }

  @Override
  public Optional<ModelVersion> find(String semanticId) {
    Objects.requireNonNull(semanticId, "semanticId");
    return tables.refresh().bySemanticId(semanticId);
  }

  @Override
  public Optional<ModelVersion> findByJob(String jobId) {
    Objects.requireNonNull(jobId, "jobId");
    return tables.refresh().byJob(jobId);
  }

  @Override
  public List<ModelVersion> list(VersionFilter filter) {
    Objects.requireNonNull(filter, "filter");
    return tables.refresh().list(filter);
  }

  @Override
  public VersionComparison compare(String semanticIdA, String semanticIdB) {
    RegistryState state = tables.refresh();
    return VersionComparison.of(existing(state, semanticIdA), existing(state, semanticIdB));
  }

  private static ModelVersion existing(RegistryState state, String semanticId) {
    Objects.requireNonNull(semanticId, "semanticId");
    return state
        .bySemanticId(semanticId)
        .orElseThrow(() -> new ModelNotFoundException("no version " + semanticId));
  }

  @Override
  public Optional<ModelVersion> best(ModelKey key, String metric, boolean higherIsBetter) {
    Objects.requireNonNull(key, "key");
    Registration.requireText("metric", metric);
    Comparator<ModelVersion> byMetric = Comparator.comparingDouble(v -> v.metric(metric));
    if (!higherIsBetter) {
      byMetric = byMetric.reversed();
    }
    return tables.refresh().versionsOf(key).stream()
        .filter(v -> v.status() == VersionStatus.CANDIDATE && v.metrics().containsKey(metric))
        .max(byMetric.thenComparingInt(ModelVersion::version));
  }

  @Override
  public void setAliases(String alias, List<AliasChange> changes) {
    Alias.requireName(alias);
    Objects.requireNonNull(changes, "changes");
    if (changes.isEmpty()) {
      throw new IllegalArgumentException("no alias changes given for " + alias);
    }
    Set<ModelKey> keys = new HashSet<>();
    for (AliasChange change : changes) {
      if (!keys.add(change.key())) {
        throw new IllegalArgumentException(
            "key " + change.key() + " is changed twice in one batch");
      }
    }
    for (int attempt = 1; ; attempt++) {
      RegistryState state = tables.refresh();
      Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      List<Alias> rows = new ArrayList<>(changes.size());
      for (AliasChange change : changes) {
        ModelVersion target =
            state
                .version(change.key(), change.version())
                .orElseThrow(
                    () ->
                        new ModelNotFoundException(
                            "no version " + change.key().semanticId(change.version())));
        if (target.status() != VersionStatus.CANDIDATE) {
          throw new RegistryConflictException(
              target.semanticId() + " is " + target.status() + " and cannot be " + alias);
        }
        long revision = state.latestRevision(alias, change.key()) + 1;
        rows.add(new Alias(alias, change.key(), change.version(), revision, now, change.reason()));
      }
      try {
        tables.appendAliases(alias, rows, state);
        return;
      } catch (ConcurrentCommitException conflict) {
        if (attempt == COMMIT_ATTEMPTS) {
          throw new RegistryConflictException(
              "gave up setting " + alias + " after " + attempt + " conflicts", conflict);
        }
      }
    }
  }

  @Override
  public Map<ModelKey, ModelVersion> aliases(String alias) {
    Alias.requireName(alias);
    return tables.refresh().aliases(alias);
  }

  @Override
  public Map<ModelKey, ModelVersion> aliasesAsOf(String alias, Instant t) {
    Alias.requireName(alias);
    Objects.requireNonNull(t, "t");
    return tables.refresh().aliasesAsOf(alias, t);
  }

  @Override
  public List<Alias> aliasHistory(String alias, ModelKey key) {
    Alias.requireName(alias);
    Objects.requireNonNull(key, "key");
    return tables.refresh().history(alias, key);
  }

  @Override
  public String tagDaily(LocalDate day) {
    String tag = ModelRegistry.dailyTag(Objects.requireNonNull(day, "day"));
    tables.tag(tag);
    return tag;
  }

  @Override
  public Map<ModelKey, ModelVersion> aliasesOnDay(String alias, LocalDate day) {
    Alias.requireName(alias);
    String tag = ModelRegistry.dailyTag(Objects.requireNonNull(day, "day"));
    List<Alias> history = tables.aliasRowsAtTag(tag);
    // Versions are never removed, so the current index resolves every past target.
    return tables.refresh().resolve(history, a -> a.name().equals(alias));
  }

  @Override
  public byte[] readArtifact(ModelVersion version) {
    Objects.requireNonNull(version, "version");
    String key = ArtifactLayout.model(version.key(), version.version());
    byte[] bytes =
        storage(() -> store.get(key))
            .orElseThrow(
                () ->
                    new ArtifactIntegrityException(
                        "artifact of " + version.semanticId() + " is missing at " + key));
    String actual = ArtifactLayout.sha256(bytes);
    if (!actual.equals(version.sha256())) {
      throw new ArtifactIntegrityException(
          "artifact of "
              + version.semanticId()
              + " has sha256 "
              + actual
              + " but "
              + version.sha256()
              + " was registered");
    }
    return bytes;
  }

  private interface StoreCall<T> {
    T call();
  }

  private static <T> T storage(StoreCall<T> call) {
    try {
      return call.call();
    } catch (ObjectStoreException e) {
      throw new RegistryUnavailableException("object store failed: " + e.getMessage(), e);
    }
  }
}
