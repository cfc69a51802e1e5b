package dev.coinengine.local;

import dev.coinengine.core.config.ConfigSource;
import dev.coinengine.core.config.EngineConfig;
import dev.coinengine.core.config.Profile;
import dev.coinengine.core.cost.FeeSchedule;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command that opens the engine accepts. */
final class CommonOptions {
  @Option(
      names = "--home",
      paramLabel = "DIR",
      description = "Engine home folder (state: catalog, object store). Default: engine.home.")
  Path home;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      defaultValue = "local",
      description =
          "Configuration profile: local (embedded servers) or aws. Default: ${DEFAULT-VALUE}.")
  String profile;

  @Option(
      names = "--config",
      paramLabel = "DIR",
      description = "Configuration folder. Default: the engine's config/ folder.")
  Path configDir;

  /** The fee schedule named by {@code cost.fee-schedule}; a bad file stops start-up. */
  FeeSchedule fees(EngineEnvironment environment, EngineConfig config) {
    Path dir = configDir != null ? configDir : environment.configDir();
    return FeeSchedule.load(ConfigSource.directory(dir), config.cost());
  }

  EngineConfig load(EngineEnvironment environment) {
    Profile parsed;
    try {
      parsed = Profile.parse(profile);
    } catch (IllegalArgumentException e) {
      throw new UserError("--profile: " + e.getMessage());
    }
    return EngineContext.loadConfig(
        configDir != null ? configDir : environment.configDir(),
        parsed,
        environment.root(),
        Optional.ofNullable(home),
        environment.env());
  }
}
