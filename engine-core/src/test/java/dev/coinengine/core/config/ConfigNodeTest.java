package dev.coinengine.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigNodeTest {
  private static final String FILE = "config/test.yaml";

  private static ConfigNode parse(String yaml) {
    return YamlParser.parse(yaml, FILE);
  }

  @Test
  void readsTypedValuesFromNestedSections() {
    ConfigNode queue =
        parse(
                """
                queue:
                  max-receive-count: 5
                  visibility-timeout: 15m
                  endpoint: http://127.0.0.1:9324
                  enabled: true
                  ratio: 0.25
                  names: [a, b]
                  batch: 50_000
                """)
            .section("queue");

    assertThat(queue.path()).isEqualTo("queue");
    assertThat(queue.integer("max-receive-count", 1, 1000)).isEqualTo(5);
    assertThat(queue.duration("visibility-timeout")).isEqualTo(Duration.ofMinutes(15));
    assertThat(queue.uri("endpoint")).isEqualTo(URI.create("http://127.0.0.1:9324"));
    assertThat(queue.bool("enabled")).isTrue();
    assertThat(queue.doubleInRange("ratio", 0, 1)).isEqualTo(0.25);
    assertThat(queue.stringList("names")).containsExactly("a", "b");
    assertThat(queue.integer("batch")).isEqualTo(50_000);
  }

  @Test
  void dottedKeysReachIntoSubSections() {
    ConfigNode root = parse("market-data:\n  binance:\n    base-url: https://api.binance.com\n");

    assertThat(root.section("market-data").uri("binance.base-url").getHost())
        .isEqualTo("api.binance.com");
    assertThat(root.origin("market-data.binance.base-url")).isEqualTo(FILE + ":3");
  }

  @ParameterizedTest
  @CsvSource({
    "500ms,500",
    "20s,20000",
    "2m,120000",
    "1h,3600000",
    "1d,86400000",
    "PT2M,120000",
    "0,0"
  })
  void acceptsShortAndIsoDurations(String text, long millis) {
    assertThat(parse("t: " + text).duration("t")).isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest
  @ValueSource(strings = {"5x", "-1s", "1.5h", "PT-2M", "soon"})
  void rejectsMalformedDurationsWithKeyAndValue(String text) {
    ConfigNode node = parse("queue:\n  wait-time: " + text + "\n");

    assertThatThrownBy(() -> node.section("queue").duration("wait-time"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            FILE
                + ":2: queue.wait-time: must be a duration such as 500ms, 20s, 2m, 1h, 1d or PT2M,"
                + " was '"
                + text
                + "'");
  }

  @Test
  void outOfRangeIntegerNamesFileLineKeyAndValue() {
    ConfigNode queue = parse("queue:\n  wait: 1\n  max-receive-count: 0\n").section("queue");

    assertThatThrownBy(() -> queue.integer("max-receive-count", 1, 1000))
        .isInstanceOf(ConfigException.class)
        .hasMessage(FILE + ":3: queue.max-receive-count: must be between 1 and 1000, was 0");
  }

  @Test
  void wrongTypesAreReportedWithTheOffendingValue() {
    ConfigNode root = parse("a: abc\nb: [1, 2]\nc:\n  d: 1\nf: 1.5\ng: yes\nh: 12\n");

    assertThatThrownBy(() -> root.integer("a"))
        .hasMessage(FILE + ":1: a: must be a whole number, was 'abc'");
    assertThatThrownBy(() -> root.string("b"))
        .hasMessage(FILE + ":2: b: must be a single value, was a list [1, 2]");
    assertThatThrownBy(() -> root.string("c"))
        .hasMessage(FILE + ":3: c: must be a single value, was a section of keys");
    assertThatThrownBy(() -> root.section("a"))
        .hasMessage(FILE + ":1: a: must be a section of keys, was 'abc'");
    assertThatThrownBy(() -> root.stringList("a"))
        .hasMessage(FILE + ":1: a: must be a list such as [a, b], was 'abc'");
    assertThatThrownBy(() -> root.integer("f"))
        .hasMessageContaining("must be a whole number, was '1.5'");
    assertThatThrownBy(() -> root.bool("g"))
        .hasMessage(FILE + ":6: g: must be true or false, was 'yes'");
    assertThatThrownBy(() -> root.number("a"))
        .hasMessage(FILE + ":1: a: must be a number, was 'abc'");
    assertThat(root.positiveDouble("h")).isEqualTo(12.0);
  }

  @Test
  void rejectsNonPositiveAndOutOfRangeNumbers() {
    ConfigNode root = parse("zero: 0\nbig: 2.5\n");

    assertThatThrownBy(() -> root.positiveDouble("zero"))
        .hasMessage(FILE + ":1: zero: must be greater than 0, was 0.0");
    assertThatThrownBy(() -> root.doubleInRange("big", 0, 1))
        .hasMessage(FILE + ":2: big: must be between 0.0 and 1.0, was 2.5");
  }

  @Test
  void rejectsUrisThatAreMalformedOrRelative() {
    ConfigNode root = parse("a: 'http://exa mple.com'\nb: example.com/x\nc:\n");

    assertThatThrownBy(() -> root.uri("a"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(FILE + ":1: a: must be a URI, was 'http://exa mple.com'");
    assertThatThrownBy(() -> root.uri("b"))
        .hasMessage(
            FILE
                + ":2: b: must be an absolute URI with a scheme such as https://, was 'example.com/x'");
    assertThat(root.optionalUri("c")).isEmpty();
    assertThat(root.optionalUri("absent")).isEmpty();
  }

  @Test
  void missingKeyNamesTheSectionThatShouldHoldIt() {
    ConfigNode root = parse("top: 1\nqueue:\n  region: x\n");

    assertThatThrownBy(() -> root.section("queue").string("training-queue"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(FILE + ":2: queue.training-queue: is required");
    assertThatThrownBy(() -> root.string("storage.bucket"))
        .hasMessage(FILE + ": storage.bucket: is required");
  }

  @Test
  void blankRequiredValueIsRejectedButOptionalReadsItAsEmpty() {
    ConfigNode root = parse("token:\nname: ''\n");

    assertThatThrownBy(() -> root.string("token"))
        .hasMessage(FILE + ":1: token: must not be blank");
    assertThat(root.optionalString("token")).isEmpty();
    assertThat(root.optionalString("name")).isEmpty();
  }

  @Test
  void unknownKeyIsRejectedListingTheAllowedOnes() {
    ConfigNode queue = parse("queue:\n  region: x\n  max-recieve-count: 5\n").section("queue");

    assertThatThrownBy(() -> queue.requireOnlyKeys("region", "max-receive-count"))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            FILE
                + ":3: queue.max-recieve-count: unknown key (allowed here: region,"
                + " max-receive-count)");
  }

  @Test
  void enumsAreReadInKebabCaseAndListTheChoices() {
    ConfigNode root = parse("venue: usdm-futures\nbad: margin\n");

    assertThat(root.enumOf("venue", CostSettings.Venue.class))
        .isEqualTo(CostSettings.Venue.USDM_FUTURES);
    assertThatThrownBy(() -> root.enumOf("bad", CostSettings.Venue.class))
        .hasMessage(FILE + ":2: bad: must be one of spot, usdm-futures, was 'margin'");
  }

  @Test
  void yamlSyntaxErrorNamesFileAndLine() {
    assertThatThrownBy(() -> parse("queue:\n  region: x\n  bad: [1, 2\nhttp:\n  port: 1\n"))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e -> {
              ConfigException failure = (ConfigException) e;
              assertThat(failure.origin()).matches("config/test\\.yaml:\\d+");
              assertThat(failure.reason()).startsWith("invalid YAML: ");
            });
    assertThatThrownBy(() -> parse("a: 1\nb: c: d\n"))
        .hasMessageStartingWith(FILE + ":2: invalid YAML: ")
        .hasMessageContaining("mapping values are not allowed here");
  }

  @Test
  void duplicateAndCamelCaseKeysAreRejected() {
    assertThatThrownBy(() -> parse("a: 1\nb: 2\na: 3\n")).hasMessage(FILE + ":3: a: duplicate key");
    assertThatThrownBy(() -> parse("queue:\n  maxReceiveCount: 3\n"))
        .hasMessage(
            FILE
                + ":2: queue.maxReceiveCount: keys are lower-case kebab-case, such as"
                + " max-receive-count");
  }

  @Test
  void typeTagsCannotInstantiateClasses() {
    assertThatThrownBy(() -> parse("home: !!java.io.File /tmp\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(FILE + ":1: ")
        .hasMessageContaining("tag is not allowed");
    assertThatThrownBy(() -> parse("home: !custom x\n")).hasMessageContaining("is not allowed");
  }

  @Test
  void emptyFileIsAnEmptySection() {
    assertThat(parse("# only a comment\n").keys()).isEmpty();
  }

  @Test
  void topLevelMustBeAMapping() {
    assertThatThrownBy(() -> parse("- a\n- b\n"))
        .hasMessage(FILE + ":1: the top level must be a mapping of sections");
  }

  @Test
  void buildAttributesARecordFailureToTheKeyAndItsLine() {
    ConfigNode queue = parse("queue:\n  region: x\n  visibility-timeout: 13h\n").section("queue");

    assertThatThrownBy(
            () ->
                queue.build(
                    () -> {
                      throw Checks.invalid(
                          "visibility-timeout", "must be between 0s and 12h, was 13h");
                    }))
        .isInstanceOf(ConfigException.class)
        .hasMessage(FILE + ":3: queue.visibility-timeout: must be between 0s and 12h, was 13h");
    assertThatThrownBy(
            () ->
                queue.build(
                    () -> {
                      throw new IllegalArgumentException("something about the whole section");
                    }))
        .hasMessage(FILE + ":1: queue: something about the whole section");
  }

  @Test
  void listsHoldOnlyPlainValues() {
    assertThatThrownBy(() -> parse("names:\n  - a\n  - {b: 1}\n"))
        .hasMessage(FILE + ":3: names: lists may only hold plain, non-blank values");
    assertThat(parse("names: []\n").stringList("names")).isEqualTo(List.of());
  }
}
