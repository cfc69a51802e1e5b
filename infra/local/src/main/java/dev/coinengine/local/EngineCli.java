package dev.coinengine.local;

import dev.coinengine.core.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.LogManager;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ./engine} command line. Subcommands are built here with constructor wiring. */
@Command(
    name = "engine",
    mixinStandardHelpOptions = true,
    description = "The 400-coin engine: data lake, coin selection, training and decisions.",
    subcommands = {CommandLine.HelpCommand.class})
public final class EngineCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command tree for a given engine root, environment and console. */
  static CommandLine commandLine(Path engineRoot, Map<String, String> env, PrintStream out) {
    EngineEnvironment environment = new EngineEnvironment(engineRoot, env, out);
    CommandLine cli = new CommandLine(new EngineCli());
    cli.addSubcommand("local", new LocalCommand(environment));
    cli.addSubcommand("lake", new LakeCommand(environment));
    cli.addSubcommand("rankings", new RankingsCommand(environment));

    cli.addSubcommand("train", new TrainCommand(environment));
    cli.addSubcommand("runner", new RunnerCommand(environment));
    cli.addSubcommand("models", new ModelsCommand(environment));
    cli.addSubcommand("evaluate", new EvaluateCommand(environment));

    cli.addSubcommand("leaderboard", new LeaderboardCommand(environment));
    cli.setExecutionExceptionHandler(
        (exception, commandLine, parseResult) -> {
          // Configuration and input errors are the user's to fix: one clear line, no stack trace.
          if (exception instanceof ConfigException || exception instanceof UserError) {
            commandLine.getErr().println("engine: " + exception.getMessage());
            return 2;
          }
          throw exception;
        });
    return cli;
  }

  public static void main(String[] args) {
    quietJavaUtilLogging();
    String root = System.getProperty("engine.root", ".");
    int exit =
        commandLine(Path.of(root).toAbsolutePath().normalize(), System.getenv(), System.out)
            .execute(args);
    System.exit(exit);
  }

  private static void quietJavaUtilLogging() {
    try (InputStream config = EngineCli.class.getResourceAsStream("/engine-logging.properties")) {
      if (config != null) {
        LogManager.getLogManager().readConfiguration(config);
      }
    } catch (IOException e) {
      System.err.println("engine: cannot configure java.util.logging: " + e.getMessage());
    }
  }
}
