package dev.coinengine.local;

import dev.coinengine.core.config.MarketDataSettings;
import dev.coinengine.core.market.csv.KlineCsvReader;
import dev.coinengine.store.lake.ImportOptions;
import dev.coinengine.store.lake.ImportResult;
import dev.coinengine.store.lake.KlineImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** Imports a folder of kline files into the lake, printing progress and the outcome. */
final class ImportRun {
  private final EngineContext context;
  private final Console console;

  ImportRun(EngineContext context, Console console) {
    this.context = context;
    this.console = console;
  }

  ImportResult run(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new UserError("--data: " + folder + " is not a folder");
    }
    MarketDataSettings settings = context.config().marketData();
    KlineImporter importer =
        new KlineImporter(
            context.lake(),
            new KlineCsvReader(),
            new ImportOptions(settings.importThreads(), settings.symbolsPerCommit()),
            Clock.systemUTC());
    console.line("import: " + folder);
    ImportResult result = importer.importFolder(folder, console.progress("import"));
    console.importResult(result);
    return result;
  }
}
