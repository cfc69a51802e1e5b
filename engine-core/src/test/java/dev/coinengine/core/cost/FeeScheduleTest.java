package dev.coinengine.core.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.coinengine.core.config.ConfigException;
import dev.coinengine.core.config.ConfigSource;
import dev.coinengine.core.config.CostSettings;
import dev.coinengine.core.config.CostSettings.Venue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

class FeeScheduleTest {
  private static final String KEY_VALUE = "config/fees/binance-fee-schedule.json";

  @TempDir Path temp;

  private static FeeSchedule repositorySchedule() {
    return FeeSchedule.read(RepositoryFiles.feeSchedule());
  }

  @Test
  void spotVip0IsTenBasisPointsMakerAndTaker() {
    assertThat(repositorySchedule().fees(Venue.SPOT, 0, false)).isEqualTo(new FeeRates(10, 10));
  }

  @Test
  void bnbDiscountTakesAQuarterOffSpotFees() {
    FeeSchedule schedule = repositorySchedule();

    assertThat(schedule.fees(Venue.SPOT, 0, true)).isEqualTo(new FeeRates(7.5, 7.5));
    assertThat(schedule.fees(Venue.SPOT, 1, true)).isEqualTo(new FeeRates(6.75, 7.5));
    for (int tier = 0; tier <= 9; tier++) {
      FeeRates full = schedule.fees(Venue.SPOT, tier, false);
      FeeRates bnb = schedule.fees(Venue.SPOT, tier, true);
      assertThat(bnb.makerBps()).isCloseTo(full.makerBps() * 0.75, offset(1e-12));
      assertThat(bnb.takerBps()).isCloseTo(full.takerBps() * 0.75, offset(1e-12));
    }
  }

  @Test
  void spotHasTenTiersAndFuturesTheSixTheSourcesList() {
    FeeSchedule schedule = repositorySchedule();

    assertThat(schedule.tiers(Venue.SPOT)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(schedule.tiers(Venue.USDM_FUTURES)).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(schedule.fees(Venue.SPOT, 9, false)).isEqualTo(new FeeRates(1.2, 2.4));
    assertThat(schedule.fees(Venue.USDM_FUTURES, 0, false)).isEqualTo(new FeeRates(2, 5));
    assertThat(schedule.fees(Venue.USDM_FUTURES, 5, false)).isEqualTo(new FeeRates(0.8, 2.7));
  }

  @Test
  void missingFuturesTierIsAnErrorThatNamesIt() {
    assertThatThrownBy(() -> repositorySchedule().fees(Venue.USDM_FUTURES, 6, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("USDM_FUTURES")
        .hasMessageContaining("VIP6")
        .hasMessageContaining("[VIP0, VIP1, VIP2, VIP3, VIP4, VIP5]");
  }

  @Test
  void futuresWithBnbDiscountIsRefusedBecauseTheSourcesHaveNoSuchRates() {
    assertThatThrownBy(() -> repositorySchedule().fees(Venue.USDM_FUTURES, 0, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no BNB-discounted USDM_FUTURES rates");
  }

  @Test
  void projectCopyEqualsTheSharedScheduleValueForValue() throws IOException {
    Path shared = RepositoryFiles.sharedData("fees/binance-fee-schedule.json");
    Yaml yaml = new Yaml();
    Object copy = yaml.load(Files.readString(RepositoryFiles.feeSchedule()));
    Object original = yaml.load(Files.readString(shared));

    assertThat(copy).isEqualTo(original);
  }

  @Test
  void loadResolvesTheKeyAgainstTheFolderAboveTheConfigFolder() throws IOException {
    Path config = Files.createDirectories(temp.resolve("config"));
    Files.createDirectories(config.resolve("fees"));
    Files.copy(RepositoryFiles.feeSchedule(), config.resolve("fees/binance-fee-schedule.json"));

    FeeSchedule schedule =
        FeeSchedule.load(ConfigSource.directory(config), settings(Venue.SPOT, 3, true));

    assertThat(schedule.fees(Venue.SPOT, 3, true)).isEqualTo(new FeeRates(3.15, 4.5));
    assertThat(schedule.origin())
        .isEqualTo(config.resolve("fees/binance-fee-schedule.json").toString());
  }

  @Test
  void loadFromTheRepositoryConfigFolderWorks() {
    ConfigSource source = ConfigSource.directory(RepositoryFiles.root().resolve("config"));

    FeeSchedule schedule = FeeSchedule.load(source, settings(Venue.USDM_FUTURES, 2, false));

    assertThat(schedule.fees(Venue.USDM_FUTURES, 2, false)).isEqualTo(new FeeRates(1.4, 3.5));
  }

  @Test
  void missingFileIsAConfigExceptionWithFileAndKey() {
    Path config = temp.resolve("config");

    assertThatThrownBy(
            () -> FeeSchedule.load(ConfigSource.directory(config), settings(Venue.SPOT, 0, false)))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e -> {
              ConfigException ce = (ConfigException) e;
              assertThat(ce.origin()).endsWith("binance-fee-schedule.json");
              assertThat(ce.key()).isEqualTo("cost.fee-schedule");
              assertThat(ce.reason()).contains("does not exist");
            });
  }

  @Test
  void badValueIsAConfigExceptionNamingFileKeyAndField() throws IOException {
    Path config = Files.createDirectories(temp.resolve("config/fees")).getParent();
    String broken =
        Files.readString(RepositoryFiles.feeSchedule())
            .replaceFirst("\"maker\": 0.0420", "\"maker\": \"cheap\"");
    Files.writeString(config.resolve("fees/binance-fee-schedule.json"), broken);

    assertThatThrownBy(
            () -> FeeSchedule.load(ConfigSource.directory(config), settings(Venue.SPOT, 0, false)))
        .isInstanceOf(ConfigException.class)
        .hasMessageEndingWith("cost.fee-schedule: spot[3].maker: must be a number, was 'cheap'")
        .hasMessageStartingWith(config.resolve("fees/binance-fee-schedule.json").toString());
  }

  @Test
  void configuredTierMissingFromTheFileStopsLoading() {
    ConfigSource source = ConfigSource.directory(RepositoryFiles.root().resolve("config"));

    assertThatThrownBy(() -> FeeSchedule.load(source, settings(Venue.USDM_FUTURES, 7, false)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("cost.fee-schedule")
        .hasMessageContaining("VIP7");
  }

  @Test
  void rejectsDuplicateTiersNegativeRatesAndInvalidJson() {
    String duplicate =
        "{\"spot\": [{\"tier\": \"VIP0\", \"maker\": 0.1, \"taker\": 0.1, \"maker_with_bnb\":"
            + " 0.075, \"taker_with_bnb\": 0.075}, {\"tier\": \"VIP0\", \"maker\": 0.1, \"taker\":"
            + " 0.1, \"maker_with_bnb\": 0.075, \"taker_with_bnb\": 0.075}], \"usdm_futures\": []}";
    String negative =
        "{\"spot\": [], \"usdm_futures\": [{\"tier\": \"VIP0\", \"maker\": -0.02, \"taker\":"
            + " 0.05}]}";

    assertThatThrownBy(() -> FeeSchedule.parse(duplicate, "dup.json"))
        .hasMessage("dup.json: cost.fee-schedule: spot[1].tier: VIP0 appears twice");
    assertThatThrownBy(() -> FeeSchedule.parse(negative, "neg.json"))
        .hasMessage(
            "neg.json: cost.fee-schedule: usdm_futures[0].maker: must be a percentage in [0, 1],"
                + " was -0.02");
    assertThatThrownBy(() -> FeeSchedule.parse("{\"spot\": [", "bad.json"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("bad.json: cost.fee-schedule: invalid JSON/YAML");
  }

  @Test
  void readsFromAStream() {
    String json =
        "{\"spot\": [{\"tier\": \"VIP0\", \"maker\": 0.1, \"taker\": 0.1, \"maker_with_bnb\":"
            + " 0.075, \"taker_with_bnb\": 0.075}], \"usdm_futures\": [{\"tier\": \"VIP0\","
            + " \"maker\": 0.02, \"taker\": 0.05}]}";

    FeeSchedule schedule =
        FeeSchedule.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "stream");

    assertThat(schedule.fees(Venue.USDM_FUTURES, 0, false)).isEqualTo(new FeeRates(2, 5));
    assertThat(schedule.origin()).isEqualTo("stream");
  }

  static CostSettings settings(Venue venue, int tier, boolean bnb) {
    return new CostSettings(venue, tier, bnb, 5, KEY_VALUE);
  }
}
