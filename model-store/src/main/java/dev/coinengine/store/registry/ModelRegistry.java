package dev.coinengine.store.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Brain Library: model versions with their artifacts, and aliases with their history.
 *
 * <p>Guarantees every implementation gives (checked by the contract test): version numbers are
 * monotone and gap-free per key under concurrent writers; registration is idempotent per job id;
 * the artifact and its card are on the object store before the version's row is committed; listings
 * come from the committed rows, so an artifact whose writer died before committing is never listed.
 * Invalid arguments throw {@link IllegalArgumentException}; infrastructure failures {@link
 * RegistryUnavailableException}.
 */
public interface ModelRegistry {

  /**
   * Uploads the artifact and its card to {@code models/<key path>/v<N>/} and commits the version.
   * If a version for {@code registration.jobId()} exists already, returns it and writes nothing. If
   * an earlier attempt of the same job uploaded a complete artifact but died before committing,
   * that artifact is adopted (the first complete upload of a job wins).
   *
   * @throws RegistryConflictException if the job id is registered under another key
   */
  ModelVersion register(Registration registration);

  /** The version with this semantic id, e.g. {@code BTCUSDT-TREND-1h-linear_sgd-v3}. */
  Optional<ModelVersion> find(String semanticId);

  /** The version registered by this training job. */
  Optional<ModelVersion> findByJob(String jobId);

  /** Committed versions matching {@code filter}, ordered by key, then version. */
  List<ModelVersion> list(VersionFilter filter);

  /**
   * The two versions side by side.
   *
   * @throws ModelNotFoundException if either is unknown
   */
  VersionComparison compare(String semanticIdA, String semanticIdB);

  /**
   * The {@link VersionStatus#CANDIDATE} version of {@code key} with the best value of {@code
   * metric}; versions without the metric are skipped; ties go to the newer version.
   */
  Optional<ModelVersion> best(ModelKey key, String metric, boolean higherIsBetter);

  /**
   * Points {@code alias} of {@code key} at {@code version}, appending to its history.
   *
   * @throws ModelNotFoundException if the version does not exist
   * @throws RegistryConflictException if the version is not a candidate
   */
  default void setAlias(String alias, ModelKey key, int version, String reason) {
    setAliases(alias, List.of(new AliasChange(key, version, reason)));
  }

  /** Sets {@code alias} for many keys at once (a daily push): all changes land or none. */
  void setAliases(String alias, List<AliasChange> changes);

  /** The version {@code alias} points at now, for every key that has the alias. */
  Map<ModelKey, ModelVersion> aliases(String alias);

  /** The version {@code alias} pointed at at instant {@code t}, for every key that had it then. */
  Map<ModelKey, ModelVersion> aliasesAsOf(String alias, Instant t);

  /** Every change of {@code alias} for {@code key}, oldest first. */
  List<Alias> aliasHistory(String alias, ModelKey key);

  /**
   * Marks the current alias state as the fleet of {@code day} ({@code champions-YYYY-MM-DD}); a
   * second push on the same day moves the mark.
   *
   * @return the tag name
   * @throws RegistryConflictException if no alias was ever set
   */
  String tagDaily(LocalDate day);

  /**
   * The version {@code alias} pointed at in the state tagged for {@code day}, for every key.
   *
   * @throws ModelNotFoundException if {@code day} was never tagged
   */
  Map<ModelKey, ModelVersion> aliasesOnDay(String alias, LocalDate day);

  /**
   * The artifact bytes of {@code version}, checked against its SHA-256.
   *
   * @throws ArtifactIntegrityException if the artifact is missing or its bytes differ
   */
  byte[] readArtifact(ModelVersion version);

  /** The daily tag name for {@code day}. */
  static String dailyTag(LocalDate day) {
    return "champions-" + day;
  }
}
