package dev.coinengine.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinengine.core.market.Interval;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  private static final Path CONFIG = ConfigFolders.repositoryConfig();

  @TempDir Path temp;

  private static ConfigLoader repository(Map<String, String> environment) {
    return new ConfigLoader(ConfigSource.directory(CONFIG), environment);
  }

  private ConfigLoader copyWithOverlay(Profile profile, String overlay) {
    Path folder = ConfigFolders.copyOfRepositoryConfig(temp.resolve("config"));
    ConfigFolders.write(folder.resolve(ConfigLoader.overlayFile(profile)), overlay);
    return new ConfigLoader(ConfigSource.directory(folder), Map.of());
  }

  private ConfigLoader minimal(String base, String overlay, Map<String, String> environment) {
    ConfigFolders.write(temp.resolve(ConfigLoader.BASE_FILE), base);
    ConfigFolders.write(temp.resolve(ConfigLoader.overlayFile(Profile.LOCAL)), overlay);
    return new ConfigLoader(ConfigSource.directory(temp), environment);
  }

  @Test
  void localProfileRunsEverythingOnLoopbackWithEmbeddedServers() {
    EngineConfig config = repository(Map.of()).load(Profile.LOCAL);

    int s3Port = config.storage().embedded().port();
    assertThat(config.storage().embedded().enabled()).isTrue();
    assertThat(config.storage().endpoint()).contains(URI.create("http://127.0.0.1:" + s3Port));
    assertThat(config.storage().pathStyle()).isTrue();
    assertThat(config.storage().credentials()).isPresent();
    assertThat(config.queue().embedded().enabled()).isTrue();
    assertThat(config.queue().endpoint())
        .contains(URI.create("http://127.0.0.1:" + config.queue().embedded().port()));
    assertThat(config.catalog().warehouse())
        .isEqualTo(URI.create("s3://" + config.storage().bucket() + "/warehouse"));
    assertThat(config.catalog().uri())
        .isEqualTo("jdbc:sqlite:" + config.engine().home() + "/catalog.db");
    assertThat(config.marketData().binanceOffline()).isTrue();
    assertThat(config.training().timeframes()).containsExactly(Interval.H1, Interval.H4);
    assertThat(config.riskPresets().presets().keySet())
        .containsExactlyInAnyOrder("conservative", "balanced", "aggressive");
  }

  @Test
  void awsProfileLeavesEndpointsAndCredentialsToTheSdk() {
    EngineConfig config = repository(Map.of()).load(Profile.AWS);

    assertThat(config.storage().endpoint()).isEmpty();
    assertThat(config.storage().credentials()).isEmpty();
    assertThat(config.storage().embedded().enabled()).isFalse();
    assertThat(config.queue().endpoint()).isEmpty();
    assertThat(config.queue().credentials()).isEmpty();
    assertThat(config.marketData().binanceOffline()).isFalse();
    assertThat(config.storage().region()).isEqualTo("eu-central-1");
  }

  @Test
  void awsRegionVariableFillsThePlaceholderAndShowsInTheOrigin() {
    ConfigLoader loader = repository(Map.of("AWS_REGION", "us-west-2"));

    assertThat(loader.load(Profile.AWS).queue().region()).isEqualTo("us-west-2");
    Path overlay = CONFIG.resolve(ConfigLoader.overlayFile(Profile.AWS));
    assertThat(loader.tree(Profile.AWS).origin("storage.region"))
        .isEqualTo(
            overlay
                + ":"
                + ConfigFolders.lineStarting(overlay, "  region:")
                + " via env AWS_REGION");
  }

  @Test
  void engineVariableOverridesAKeyAndBecomesItsOrigin() {
    ConfigLoader loader = repository(Map.of("ENGINE_QUEUE_MAX_RECEIVE_COUNT", "9"));

    assertThat(loader.load(Profile.LOCAL).queue().maxReceiveCount()).isEqualTo(9);
    assertThat(loader.tree(Profile.LOCAL).origin("queue.max-receive-count"))
        .isEqualTo("env ENGINE_QUEUE_MAX_RECEIVE_COUNT");
  }

  @Test
  void overriddenKeysFlowIntoReferencesToThem() {
    EngineConfig config =
        repository(
                Map.of(
                    "ENGINE_STORAGE_EMBEDDED_PORT", "9555",
                    "ENGINE_ENGINE_HOME", "/srv/engine",
                    "ENGINE_STORAGE_BUCKET", "prod-models"))
            .load(Profile.LOCAL);

    assertThat(config.storage().endpoint()).contains(URI.create("http://127.0.0.1:9555"));
    assertThat(config.catalog().uri()).isEqualTo("jdbc:sqlite:/srv/engine/catalog.db");
    assertThat(config.catalog().warehouse()).isEqualTo(URI.create("s3://prod-models/warehouse"));
  }

  @Test
  void listKeysTakeCommaSeparatedOverrides() {
    EngineConfig config =
        repository(Map.of("ENGINE_TRAINING_TIMEFRAMES", "4h, 1d")).load(Profile.LOCAL);

    assertThat(config.training().timeframes()).containsExactly(Interval.H4, Interval.D1);
  }

  @Test
  void authTokenComesFromTheEnvironmentAndIsNeverPrinted() {
    EngineConfig config =
        repository(Map.of("ENGINE_HTTP_AUTH_TOKEN", "t0ps3cret")).load(Profile.AWS);

    assertThat(config.http().authToken()).contains("t0ps3cret");
    assertThat(config.toString()).doesNotContain("t0ps3cret");
    assertThat(repository(Map.of()).load(Profile.AWS).http().authToken()).isEmpty();
  }

  @Test
  void secretKeysAreNeverPrinted() {
    EngineConfig config =
        repository(Map.of("ENGINE_STORAGE_SECRET_KEY", "s3cr3t-value")).load(Profile.LOCAL);

    assertThat(config.storage().credentials().orElseThrow().secretKey()).isEqualTo("s3cr3t-value");
    assertThat(config.toString()).doesNotContain("s3cr3t-value");
  }

  @Test
  void badValueFromTheEnvironmentNamesTheVariable() {
    ConfigLoader loader = repository(Map.of("ENGINE_QUEUE_MAX_RECEIVE_COUNT", "0"));

    assertThatThrownBy(() -> loader.load(Profile.LOCAL))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "env ENGINE_QUEUE_MAX_RECEIVE_COUNT: queue.max-receive-count: must be between 1 and"
                + " 1000, was 0");
  }

  @Test
  void badValueFromAnOverlayNamesTheOverlayFileAndLine() {
    ConfigLoader loader = copyWithOverlay(Profile.LOCAL, "queue:\n  visibility-timeout: 13h\n");

    assertThatThrownBy(() -> loader.load(Profile.LOCAL))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e -> {
              ConfigException failure = (ConfigException) e;
              assertThat(failure.origin())
                  .isEqualTo(temp.resolve("config/scalable_engine-local.yaml") + ":2");
              assertThat(failure.key()).isEqualTo("queue.visibility-timeout");
              assertThat(failure.reason()).isEqualTo("must be between 0s and 12h, was 13h");
            });
  }

  @Test
  void unknownKeyInAnOverlayIsRejected() {
    ConfigLoader loader = copyWithOverlay(Profile.AWS, "storage:\n  bukket: typo\n");

    assertThatThrownBy(() -> loader.load(Profile.AWS))
        .hasMessageStartingWith(
            temp.resolve("config/scalable_engine-aws.yaml") + ":2: storage.bukket: unknown key");
  }

  @Test
  void overlayCannotTurnASectionIntoAValueOrBack() {
    ConfigLoader intoValue = copyWithOverlay(Profile.LOCAL, "queue: 5\n");
    assertThatThrownBy(() -> intoValue.tree(Profile.LOCAL))
        .hasMessageContaining("scalable_engine-local.yaml:1: queue: is a section in ");

    ConfigLoader intoSection = copyWithOverlay(Profile.LOCAL, "engine:\n  home:\n    x: 1\n");
    assertThatThrownBy(() -> intoSection.tree(Profile.LOCAL))
        .hasMessageContaining("scalable_engine-local.yaml:2: engine.home: is a value in ");
  }

  @Test
  void originsTrackTheFileAndLineThatSetEachValue() {
    ConfigNode tree = repository(Map.of()).tree(Profile.LOCAL);
    Path base = CONFIG.resolve(ConfigLoader.BASE_FILE);
    Path overlay = CONFIG.resolve(ConfigLoader.overlayFile(Profile.LOCAL));

    assertThat(tree.origin("queue.max-receive-count"))
        .isEqualTo(base + ":" + ConfigFolders.lineStarting(base, "  max-receive-count:"));
    assertThat(tree.origin("storage.bucket"))
        .isEqualTo(overlay + ":" + ConfigFolders.lineStarting(overlay, "  bucket:"));
  }

  @Test
  void classpathSourceLoadsTheSameConfiguration() throws IOException {
    URL root = ConfigFolders.repositoryRoot().toUri().toURL();
    try (URLClassLoader jar = new URLClassLoader(new URL[] {root}, null)) {
      ConfigLoader loader = new ConfigLoader(ConfigSource.classpath(jar, "config"), Map.of());

      assertThat(loader.load(Profile.LOCAL).toString())
          .isEqualTo(repository(Map.of()).load(Profile.LOCAL).toString());
      assertThat(loader.tree(Profile.LOCAL).origin("http.port"))
          .startsWith("classpath:config/scalable_engine.yaml:");
    }
  }

  @Test
  void filesThatKeysNameAreReadBesideTheConfigFolderOnDiskAndOnTheClasspath() throws IOException {
    String feeSchedule = repository(Map.of()).load(Profile.LOCAL).cost().feeSchedule();
    URL root = ConfigFolders.repositoryRoot().toUri().toURL();
    try (URLClassLoader jar = new URLClassLoader(new URL[] {root}, null)) {
      ConfigSource classpath = ConfigSource.classpath(jar, "config");
      ConfigSource directory = ConfigSource.directory(CONFIG);

      assertThat(classpath.readBesideFolder(feeSchedule))
          .isPresent()
          .isEqualTo(directory.readBesideFolder(feeSchedule));
      assertThat(classpath.describeBesideFolder(feeSchedule))
          .isEqualTo("classpath:config/fees/binance-fee-schedule.json");
      assertThat(Path.of(directory.describeBesideFolder(feeSchedule)))
          .isEqualTo(CONFIG.resolve("fees/binance-fee-schedule.json").normalize());
      assertThat(directory.readBesideFolder("config/fees/absent.json")).isEmpty();
    }
  }

  @Test
  void missingFilesAreNamed() {
    ConfigFolders.write(temp.resolve(ConfigLoader.BASE_FILE), "engine:\n  home: x\n");
    ConfigLoader loader = new ConfigLoader(ConfigSource.directory(temp), Map.of());

    assertThatThrownBy(() -> loader.tree(Profile.AWS))
        .hasMessage(
            temp.resolve("scalable_engine-aws.yaml")
                + ": the overlay for profile 'aws' is missing");
    assertThatThrownBy(
            () ->
                new ConfigLoader(ConfigSource.directory(temp.resolve("none")), Map.of())
                    .tree(Profile.AWS))
        .hasMessageEndingWith("scalable_engine.yaml: the base configuration file is missing");
  }

  @Test
  void unknownProfileIsRefused() {
    assertThatThrownBy(() -> Profile.parse("dev"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown profile 'dev' (expected local or aws)");
    assertThat(Profile.parse("aws")).isEqualTo(Profile.AWS);
  }

  @Test
  void environmentPlaceholdersUseTheVariableOrTheDefault() {
    String base = "a:\n  secret: ${SECRET_X:-fallback}\n  plain: $${NOT_A_PLACEHOLDER}\n";

    assertThat(minimal(base, "", Map.of()).tree(Profile.LOCAL).string("a.secret"))
        .isEqualTo("fallback");
    assertThat(minimal(base, "", Map.of("SECRET_X", "")).tree(Profile.LOCAL).string("a.secret"))
        .isEqualTo("fallback");
    assertThat(minimal(base, "", Map.of("SECRET_X", "v1")).tree(Profile.LOCAL).string("a.secret"))
        .isEqualTo("v1");
    assertThat(minimal(base, "", Map.of()).tree(Profile.LOCAL).string("a.plain"))
        .isEqualTo("${NOT_A_PLACEHOLDER}");
  }

  @Test
  void missingVariableWithoutDefaultNamesFileKeyAndVariable() {
    ConfigLoader loader = minimal("a:\n  b: 1\n", "a:\n  token: ${TOKEN_X}\n", Map.of());

    assertThatThrownBy(() -> loader.tree(Profile.LOCAL))
        .hasMessage(
            temp.resolve("scalable_engine-local.yaml")
                + ":2: a.token: needs the environment variable TOKEN_X, which is not set (write"
                + " ${TOKEN_X:-default} to give a default)");
  }

  @Test
  void keyReferencesResolveAndReportCyclesAndUnknownKeys() {
    assertThat(
            minimal("a:\n  x: ${b.y}/z\nb:\n  y: ${b.w}\n  w: root\n", "", Map.of())
                .tree(Profile.LOCAL)
                .string("a.x"))
        .isEqualTo("root/z");
    assertThatThrownBy(
            () -> minimal("a:\n  x: ${a.y}\n  y: ${a.x}\n", "", Map.of()).tree(Profile.LOCAL))
        .hasMessageContaining("placeholders form a cycle: a.x -> a.y -> a.x");
    assertThatThrownBy(() -> minimal("a:\n  x: ${a.nope}\n", "", Map.of()).tree(Profile.LOCAL))
        .hasMessage(
            temp.resolve(ConfigLoader.BASE_FILE)
                + ":2: a.x: ${a.nope} refers to the unknown key a.nope");
    assertThatThrownBy(() -> minimal("a:\n  x: ${oops\n", "", Map.of()).tree(Profile.LOCAL))
        .hasMessageContaining("a.x: has an unterminated ${ in '${oops'");
  }

  @Test
  void overrideValuesAreTakenLiterally() {
    ConfigLoader loader = minimal("a:\n  x: 1\n", "", Map.of("ENGINE_A_X", "${NOT_EXPANDED}"));

    assertThat(loader.tree(Profile.LOCAL).string("a.x")).isEqualTo("${NOT_EXPANDED}");
  }

  @Test
  void keysThatShareAnEnvironmentVariableAreRejected() {
    ConfigLoader loader = minimal("a:\n  b-c: 1\na-b:\n  c: 2\n", "", Map.of());

    assertThatThrownBy(() -> loader.tree(Profile.LOCAL))
        .hasMessageContaining("a-b.c: shares the variable ENGINE_A_B_C with a.b-c");
  }

  @Test
  void environmentVariableNamesFollowTheKey() {
    assertThat(ConfigLoader.environmentVariable("queue.max-receive-count"))
        .isEqualTo("ENGINE_QUEUE_MAX_RECEIVE_COUNT");
    assertThat(ConfigLoader.environmentVariable("http.auth-token"))
        .isEqualTo("ENGINE_HTTP_AUTH_TOKEN");
  }

  @Test
  void everyKeyOfTheBaseFileIsDocumentedWithItsVariable() {
    Path reference = ConfigFolders.repositoryRoot().resolve("docs/configuration.md");
    String docs = ConfigFolders.read(reference);
    ConfigNode base =
        YamlParser.parse(ConfigFolders.read(CONFIG.resolve(ConfigLoader.BASE_FILE)), "base");

    assertThat(base.leaves().keySet())
        .allSatisfy(
            key -> {
              assertThat(docs).contains("`" + key + "`");
              assertThat(docs).contains("`" + ConfigLoader.environmentVariable(key) + "`");
            });
  }
}
