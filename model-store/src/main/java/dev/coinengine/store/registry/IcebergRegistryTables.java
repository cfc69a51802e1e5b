package dev.coinengine.store.registry;

import static dev.coinengine.store.registry.RegistryTableLayout.ALIASES;
import static dev.coinengine.store.registry.RegistryTableLayout.ALIASES_SCHEMA;
import static dev.coinengine.store.registry.RegistryTableLayout.ALIASES_SPEC;
import static dev.coinengine.store.registry.RegistryTableLayout.VERSIONS;
import static dev.coinengine.store.registry.RegistryTableLayout.VERSIONS_SCHEMA;
import static dev.coinengine.store.registry.RegistryTableLayout.VERSIONS_SPEC;

import dev.coinengine.core.market.Interval;
import dev.coinengine.store.iceberg.IcebergCatalogs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import org.apache.iceberg.DataFile;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.ManageSnapshots;
import org.apache.iceberg.PartitionKey;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.RowDelta;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.SnapshotRef;
import org.apache.iceberg.SortOrder;
import org.apache.iceberg.Table;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.data.GenericRecord;
import org.apache.iceberg.data.Record;
import org.apache.iceberg.data.parquet.GenericParquetReaders;
import org.apache.iceberg.data.parquet.GenericParquetWriter;
import org.apache.iceberg.exceptions.CommitFailedException;
import org.apache.iceberg.exceptions.ValidationException;
import org.apache.iceberg.expressions.Expressions;
import org.apache.iceberg.io.CloseableIterable;
import org.apache.iceberg.io.DataWriter;
import org.apache.iceberg.jdbc.UncheckedSQLException;
import org.apache.iceberg.parquet.Parquet;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Both tables in an Iceberg catalog. Reads keep the rows of every data file already seen (data
 * files never change), so a refresh after a commit reads only the new files, and a refresh with no
 * commit costs one catalog round trip per table.
 *
 * <p>Appends are {@link RowDelta}s that only add rows, validated from the basis snapshot with a
 * conflict filter ({@code job_id in (...)} for versions, {@code alias = ...} for aliases): Iceberg
 * retries commits that lost a race for the metadata pointer by itself and re-runs the validation
 * against the new snapshots, so unrelated concurrent appends all land, and only a real conflict
 * surfaces as {@link ConcurrentCommitException}.
 */
final class IcebergRegistryTables implements RegistryTables {
  private final Catalog catalog;
  private final Table versions;
  private final Table aliases;
  // Iceberg assigns fresh field ids on create, so rows use the tables' own schemas.
  private final Schema versionsSchema;
  private final Schema aliasesSchema;
  private final Map<String, List<ModelVersion>> versionRowsByFile = new HashMap<>();
  private final Map<String, List<Alias>> aliasRowsByFile = new HashMap<>();
  private RegistryState cached;

  private IcebergRegistryTables(Catalog catalog, Table versions, Table aliases) {
    this.catalog = catalog;
    this.versions = versions;
    this.aliases = aliases;
    this.versionsSchema = versions.schema();
    this.aliasesSchema = aliases.schema();
  }

  static IcebergRegistryTables open(Catalog catalog) {
    try {
      return new IcebergRegistryTables(
          catalog,
          openTable(
              catalog,
              VERSIONS,
              VERSIONS_SCHEMA,
              VERSIONS_SPEC,
              RegistryTableLayout.VERSIONS_PROPERTIES),
          openTable(
              catalog,
              ALIASES,
              ALIASES_SCHEMA,
              ALIASES_SPEC,
              RegistryTableLayout.ALIASES_PROPERTIES));
    } catch (UncheckedIOException | UncheckedSQLException | SdkException e) {
      throw new RegistryUnavailableException("cannot open the registry tables", e);
    }
  }

  private static Table openTable(
      Catalog catalog,
      TableIdentifier id,
      Schema schema,
      PartitionSpec spec,
      Map<String, String> properties) {
    return IcebergCatalogs.loadOrCreate(
        catalog, id, schema, spec, SortOrder.unsorted(), properties);
  }

  @Override
  public synchronized RegistryState refresh() {
    try {
      versions.refresh();
      aliases.refresh();
      long versionsBasis = snapshotId(versions.currentSnapshot());
      long aliasesBasis = snapshotId(aliases.currentSnapshot());
      if (cached != null
          && cached.versionsBasis() == versionsBasis
          && cached.aliasesBasis() == aliasesBasis) {
        return cached;
      }
      cached =
          RegistryState.of(
              versionsBasis,
              aliasesBasis,
              rows(versions, versionsBasis, versionsSchema, versionRowsByFile, this::toVersion),
              rows(aliases, aliasesBasis, aliasesSchema, aliasRowsByFile, this::toAlias));
      return cached;
    } catch (UncheckedIOException | UncheckedSQLException | SdkException e) {
      throw new RegistryUnavailableException("cannot read the registry tables", e);
    }
  }

  @Override
  public void appendVersions(List<ModelVersion> rows, RegistryState basis) {
    Map<String, List<Record>> bySymbol = new LinkedHashMap<>();
    for (ModelVersion row : rows) {
      bySymbol.computeIfAbsent(row.key().symbol(), s -> new ArrayList<>()).add(toRecord(row));
    }
    Object[] jobIds = rows.stream().map(ModelVersion::jobId).toArray();
    commit(
        VERSIONS,
        basis.versionsBasis(),
        new ArrayList<>(bySymbol.values()),
        Expressions.in("job_id", jobIds),
        "versions " + rows.stream().map(ModelVersion::semanticId).toList());
  }

  @Override
  public void appendAliases(String alias, List<Alias> rows, RegistryState basis) {
    List<Record> records = rows.stream().map(this::toRecord).toList();
    commit(
        ALIASES,
        basis.aliasesBasis(),
        List.of(records),
        Expressions.equal("alias", alias),
        rows.size() + " changes of " + alias);
  }

  private void commit(
      TableIdentifier id,
      long basis,
      List<List<Record>> partitions,
      org.apache.iceberg.expressions.Expression conflictFilter,
      String what) {
    List<DataFile> written = new ArrayList<>();
    Table table;
    try {
      table = catalog.loadTable(id);
      for (List<Record> partition : partitions) {
        written.add(write(table, partition));
      }
      RowDelta delta = table.newRowDelta();
      written.forEach(delta::addRows);
      if (basis != RegistryState.EMPTY) {
        delta.validateFromSnapshot(basis);
      }
      // With no basis snapshot the validation covers the whole history.
      delta.conflictDetectionFilter(conflictFilter).validateNoConflictingDataFiles().commit();
    } catch (ValidationException conflict) {
      deleteQuietly(id, written);
      throw new ConcurrentCommitException("conflicting commit while adding " + what, conflict);
    } catch (CommitFailedException e) {
      deleteQuietly(id, written);
      throw new RegistryConflictException("commit retries ran out while adding " + what, e);
    } catch (UncheckedIOException | UncheckedSQLException | SdkException e) {
      throw new RegistryUnavailableException("cannot commit " + what + " to " + id, e);
    }
  }

  private void deleteQuietly(TableIdentifier id, List<DataFile> files) {
    try {
      Table table = catalog.loadTable(id);
      files.forEach(f -> table.io().deleteFile(f.location()));
    } catch (RuntimeException e) {
      // An unreferenced data file is harmless; orphan-file cleanup removes it later.
    }
  }

  private static DataFile write(Table table, List<Record> rows) {
    PartitionKey partition = new PartitionKey(table.spec(), table.schema());
    partition.partition(rows.get(0));
    String location =
        table
            .locationProvider()
            .newDataLocation(table.spec(), partition, "rows-" + UUID.randomUUID() + ".parquet");
    DataWriter<Record> writer;
    try {
      writer =
          Parquet.writeData(table.io().newOutputFile(location))
              .forTable(table)
              .withPartition(partition)
              .createWriterFunc(GenericParquetWriter::create)
              .overwrite()
              .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + location, e);
    }
    try (writer) {
      rows.forEach(writer::write);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + location, e);
    }
    return writer.toDataFile();
  }

  @Override
  public void tag(String name) {
    for (int attempt = 1; ; attempt++) {
      try {
        Table table = catalog.loadTable(ALIASES);
        Snapshot current = table.currentSnapshot();
        if (current == null) {
          throw new RegistryConflictException("no alias was ever set, nothing to tag as " + name);
        }
        ManageSnapshots manage = table.manageSnapshots();
        if (table.refs().containsKey(name)) {
          manage.replaceTag(name, current.snapshotId());
        } else {
          manage.createTag(name, current.snapshotId());
        }
        manage.commit();
        return;
      } catch (IllegalArgumentException | CommitFailedException raced) {
        // Another writer created the same tag between our read and our commit.
        if (attempt == 3) {
          throw new RegistryConflictException("cannot set tag " + name, raced);
        }
      } catch (UncheckedIOException | UncheckedSQLException | SdkException e) {
        throw new RegistryUnavailableException("cannot set tag " + name, e);
      }
    }
  }

  @Override
  public synchronized List<Alias> aliasRowsAtTag(String name) {
    try {
      aliases.refresh();
      SnapshotRef ref = aliases.refs().get(name);
      if (ref == null || !ref.isTag()) {
        throw new ModelNotFoundException("no tag " + name + " on " + ALIASES);
      }
      return rows(aliases, ref.snapshotId(), aliasesSchema, aliasRowsByFile, this::toAlias);
    } catch (UncheckedIOException | UncheckedSQLException | SdkException e) {
      throw new RegistryUnavailableException("cannot read tag " + name, e);
    }
  }

  private static <T> List<T> rows(
      Table table,
      long snapshotId,
      Schema schema,
      Map<String, List<T>> cache,
      Function<Record, T> mapper) {
    if (snapshotId == RegistryState.EMPTY) {
      return List.of();
    }
    List<T> rows = new ArrayList<>();
    try (CloseableIterable<FileScanTask> tasks =
        table.newScan().useSnapshot(snapshotId).planFiles()) {
      for (FileScanTask task : tasks) {
        String location = task.file().location();
        List<T> fileRows = cache.get(location);
        if (fileRows == null) {
          fileRows = readFile(table, location, schema, mapper);
          cache.put(location, fileRows);
        }
        rows.addAll(fileRows);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot plan the scan of " + table.name(), e);
    }
    return rows;
  }

  private static <T> List<T> readFile(
      Table table, String location, Schema schema, Function<Record, T> mapper) {
    List<T> rows = new ArrayList<>();
    try (CloseableIterable<Record> records =
        Parquet.read(table.io().newInputFile(location))
            .project(schema)
            .createReaderFunc(fileSchema -> GenericParquetReaders.buildReader(schema, fileSchema))
            .build()) {
      for (Record r : records) {
        rows.add(mapper.apply(r));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + location, e);
    }
    return List.copyOf(rows);
  }

  private static long snapshotId(Snapshot snapshot) {
    return snapshot == null ? RegistryState.EMPTY : snapshot.snapshotId();
  }

  private Record toRecord(ModelVersion v) {
    GenericRecord r = GenericRecord.create(versionsSchema);
    setKey(r, v.key());
    r.setField("version", v.version());
    r.setField("semantic_id", v.semanticId());
    r.setField("job_id", v.jobId());
    r.setField("artifact_uri", v.artifactUri());
    r.setField("sha256", v.sha256());
    r.setField("size_bytes", v.sizeBytes());
    r.setField("feature_spec_hash", v.featureSpecHash());
    r.setField(
        "lake_snapshot_id", v.lakeSnapshotId().isPresent() ? v.lakeSnapshotId().getAsLong() : null);
    r.setField("provenance", v.provenance());
    r.setField("metrics", v.metrics());
    r.setField("status", v.status().name());
    r.setField("reasons", v.reasons());
    r.setField("created_at", OffsetDateTime.ofInstant(v.createdAt(), ZoneOffset.UTC));
    return r;
  }

  private Record toRecord(Alias a) {
    GenericRecord r = GenericRecord.create(aliasesSchema);
    r.setField("alias", a.name());
    setKey(r, a.key());
    r.setField("version", a.version());
    r.setField("revision", a.revision());
    r.setField("set_at", OffsetDateTime.ofInstant(a.setAt(), ZoneOffset.UTC));
    r.setField("reason", a.reason());
    return r;
  }

  private static void setKey(GenericRecord r, ModelKey key) {
    r.setField("symbol", key.symbol());
    r.setField("regime", key.regime());
    r.setField("timeframe", key.timeframe().code());
    r.setField("family", key.family());
  }

  private static ModelKey key(Record r) {
    return new ModelKey(
        (String) r.getField("symbol"),
        (String) r.getField("regime"),
        Interval.parse((String) r.getField("timeframe")),
        (String) r.getField("family"));
  }

  @SuppressWarnings("unchecked")
  private ModelVersion toVersion(Record r) {
    Long lake = (Long) r.getField("lake_snapshot_id");
    return new ModelVersion(
        key(r),
        (Integer) r.getField("version"),
        (String) r.getField("semantic_id"),
        (String) r.getField("job_id"),
        (String) r.getField("artifact_uri"),
        (String) r.getField("sha256"),
        (Long) r.getField("size_bytes"),
        (String) r.getField("feature_spec_hash"),
        lake == null ? OptionalLong.empty() : OptionalLong.of(lake),
        (Map<String, String>) r.getField("provenance"),
        (Map<String, Double>) r.getField("metrics"),
        VersionStatus.valueOf((String) r.getField("status")),
        (List<String>) r.getField("reasons"),
        ((OffsetDateTime) r.getField("created_at")).toInstant());
  }

  private Alias toAlias(Record r) {
    return new Alias(
        (String) r.getField("alias"),
        key(r),
        (Integer) r.getField("version"),
        (Long) r.getField("revision"),
        ((OffsetDateTime) r.getField("set_at")).toInstant(),
        (String) r.getField("reason"));
  }
}
