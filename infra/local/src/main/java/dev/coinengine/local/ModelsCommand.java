package dev.coinengine.local;

import dev.coinengine.store.registry.Alias;
import dev.coinengine.store.registry.ModelCard;
import dev.coinengine.store.registry.ModelKey;
import dev.coinengine.store.registry.ModelRegistry;
import dev.coinengine.store.registry.ModelVersion;
import dev.coinengine.store.registry.VersionFilter;
import dev.coinengine.store.registry.VersionStatus;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./engine models list|show|champions}: read the model registry. */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    description = "Look at registered model versions and champions.",
    subcommands = {
      ModelsCommand.ListVersions.class,
      ModelsCommand.Show.class,
      ModelsCommand.Champions.class
    })
final class ModelsCommand implements Runnable {
  final EngineEnvironment environment;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  ModelsCommand(EngineEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static void table(PrintStream out, List<ModelVersion> versions) {
    out.printf(
        Locale.ROOT,
        "%-40s %-9s %8s %7s %9s  %s%n",
        "version",
        "status",
        "sharpe",
        "psr",
        "oos rows",
        "reasons");
    for (ModelVersion v : versions) {
      out.printf(
          Locale.ROOT,
          "%-40s %-9s %8.2f %7.3f %9.0f  %s%n",
          v.semanticId(),
          v.status(),
          v.metric("wf_sharpe_annualised"),
          v.metric("wf_psr"),
          v.metric("wf_oos_samples"),
          String.join("; ", v.reasons()));
    }
    out.println(versions.size() + " versions");
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List model versions.")
  static final class ListVersions implements Callable<Integer> {
    @CommandLine.ParentCommand ModelsCommand parent;
    @Mixin CommonOptions common = new CommonOptions();

    @Option(names = "--symbol", paramLabel = "S", description = "Only this coin, e.g. BTCUSDT.")
    String symbol;

    @Option(
        names = "--status",
        paramLabel = "X",
        description = "Only CANDIDATE, REJECTED or FAILED versions.")
    String status;

    @Override
    public Integer call() {
      VersionFilter filter = VersionFilter.all();
      if (symbol != null) {
        filter = filter.withSymbol(symbol.toUpperCase(Locale.ROOT));
      }
      if (status != null) {
        try {
          filter = filter.withStatus(VersionStatus.valueOf(status.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new UserError("--status must be CANDIDATE, REJECTED or FAILED, was " + status);
        }
      }
      try (EngineContext context = EngineContext.open(common.load(parent.environment))) {
        table(parent.environment.out(), TrainingServices.registry(context).list(filter));
      }
      return 0;
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Print one version's model card.")
  static final class Show implements Callable<Integer> {
    @CommandLine.ParentCommand ModelsCommand parent;
    @Mixin CommonOptions common = new CommonOptions();

    @Parameters(
        paramLabel = "ID",
        description = "Semantic id, e.g. BTCUSDT-TREND-1h-linear_sgd-v1.")
    String id;

    @Override
    public Integer call() {
      try (EngineContext context = EngineContext.open(common.load(parent.environment))) {
        ModelVersion version =
            TrainingServices.registry(context)
                .find(id)
                .orElseThrow(() -> new UserError("no model version " + id));
        parent
            .environment
            .out()
            .println(new String(ModelCard.toJson(version), StandardCharsets.UTF_8));
      }
      return 0;
    }
  }

  @Command(
      name = "champions",
      mixinStandardHelpOptions = true,
      description = "The champion of every key, now or at the end of a past day.")
  static final class Champions implements Callable<Integer> {
    @CommandLine.ParentCommand ModelsCommand parent;
    @Mixin CommonOptions common = new CommonOptions();

    @Option(
        names = "--as-of",
        paramLabel = "DATE",
        description = "End of this UTC day, YYYY-MM-DD.")
    String asOf;

    @Override
    public Integer call() {
      try (EngineContext context = EngineContext.open(common.load(parent.environment))) {
        ModelRegistry registry = TrainingServices.registry(context);
        Map<ModelKey, ModelVersion> champions;
        if (asOf == null) {
          champions = registry.aliases(Alias.CHAMPION);
        } else {
          LocalDate day;
          try {
            day = LocalDate.parse(asOf);
          } catch (DateTimeParseException e) {
            throw new UserError("--as-of must be a date YYYY-MM-DD, was " + asOf);
          }
          champions =
              registry.aliasesAsOf(
                  Alias.CHAMPION, day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        table(parent.environment.out(), List.copyOf(champions.values()));
      }
      return 0;
    }
  }
}
