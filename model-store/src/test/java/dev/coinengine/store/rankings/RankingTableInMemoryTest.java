package dev.coinengine.store.rankings;

import dev.coinengine.store.iceberg.CatalogSettings;
import dev.coinengine.store.iceberg.IcebergCatalogs;
import java.util.UUID;
import org.apache.iceberg.catalog.Catalog;

class RankingTableInMemoryTest extends RankingTableContract {

  @Override
  protected Catalog newCatalog() {
    // In-memory files are JVM-wide, so each test gets its own warehouse.
    return IcebergCatalogs.open(
        CatalogSettings.inMemory("test", "mem://rankings-" + UUID.randomUUID()));
  }
}
