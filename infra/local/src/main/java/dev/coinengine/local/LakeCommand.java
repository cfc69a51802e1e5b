package dev.coinengine.local;

import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./engine lake summary|import}: look at and fill the kline lake. */
@Command(
    name = "lake",
    mixinStandardHelpOptions = true,
    description = "Inspect or fill the kline lake.",
    subcommands = {LakeCommand.Summary.class, LakeCommand.Import.class})
final class LakeCommand implements Runnable {
  final EngineEnvironment environment;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  LakeCommand(EngineEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "summary",
      mixinStandardHelpOptions = true,
      description = "Print the lake summary.")
  static final class Summary implements Callable<Integer> {
    @CommandLine.ParentCommand LakeCommand parent;
    @Mixin CommonOptions common = new CommonOptions();

    @Option(
        names = "--snapshot",
        paramLabel = "ID",
        description = "Read the lake as of this Iceberg snapshot id.")
    Long snapshot;

    @Override
    public Integer call() {
      try (EngineContext context = EngineContext.open(common.load(parent.environment))) {
        OptionalLong pinned = snapshot == null ? OptionalLong.empty() : OptionalLong.of(snapshot);
        new Console(parent.environment.out()).lakeSummary(context.lake().summary(pinned));
      }
      return 0;
    }
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = "Import a folder of <SYMBOL>-<interval>.csv.gz kline files (incremental).")
  static final class Import implements Callable<Integer> {
    @CommandLine.ParentCommand LakeCommand parent;
    @Mixin CommonOptions common = new CommonOptions();

    @Option(names = "--data", paramLabel = "DIR", required = true, description = "The folder.")
    Path data;

    @Override
    public Integer call() {
      try (EngineContext context = EngineContext.open(common.load(parent.environment))) {
        Console console = new Console(parent.environment.out());
        new ImportRun(context, console).run(data);
      }
      return 0;
    }
  }
}
