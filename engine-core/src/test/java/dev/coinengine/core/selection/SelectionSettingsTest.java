package dev.coinengine.core.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelectionSettingsTest {

  @Test
  void defaultsFollowFreqtradeWhereItHasOne() {
    SelectionSettings d = SelectionSettings.defaults();
    assertThat(d.quoteAsset()).isEqualTo("USDT");
    assertThat(d.maxSpreadBps()).isEqualTo(50.0); // SpreadFilter max_spread_ratio 0.005
    assertThat(d.minListingDays()).isEqualTo(10.0); // AgeFilter min_days_listed
    assertThat(d.minRangeChange()).isEqualTo(0.01); // RangeStabilityFilter min_rate_of_change
    assertThat(d.lookbackDays()).isEqualTo(10);
    assertThat(d.maxVolatility()).isInfinite();
    assertThat(d.ranking()).isEqualTo(RankingMethod.QUOTE_VOLUME);
    assertThat(d.stablecoins()).contains("USDC", "FDUSD", "TUSD", "BUSD", "DAI", "USD1");
    assertThat(d.fiat()).contains("EUR", "GBP", "TRY", "BRL");
  }

  @Test
  void negativeLimitIsRejectedNamingTheField() {
    assertThatThrownBy(() -> SelectionSettings.defaults().withLimit(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> SelectionSettings.fromMap(Map.of("limit", -5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  @Test
  void unknownRankingMethodIsRejectedNamingTheField() {
    assertThatThrownBy(() -> SelectionSettings.fromMap(Map.of("ranking", "market-cap")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ranking")
        .hasMessageContaining("market-cap");
  }

  @Test
  void kebabCaseKeysOverrideDefaults() {
    SelectionSettings s =
        SelectionSettings.fromMap(
            Map.of(
                "quote-asset", "fdusd",
                "min-quote-volume-24h", "250000",
                "max-volatility", 0.3,
                "max-spread-bps", "none",
                "blacklist", "BNB.*, .*DOWNUSDT",
                "stablecoins", List.of("usdc", "TUSD"),
                "ranking", "liquidity-score",
                "require-stats", true,
                "limit", 450));
    assertThat(s.quoteAsset()).isEqualTo("FDUSD");
    assertThat(s.minQuoteVolume24h()).isEqualTo(250_000.0);
    assertThat(s.maxVolatility()).isEqualTo(0.3);
    assertThat(s.maxSpreadBps()).isInfinite();
    assertThat(s.blacklist()).containsExactly("BNB.*", ".*DOWNUSDT");
    assertThat(s.stablecoins()).containsExactlyInAnyOrder("USDC", "TUSD");
    assertThat(s.ranking()).isEqualTo(RankingMethod.LIQUIDITY_SCORE);
    assertThat(s.requireStats()).isTrue();
    assertThat(s.limit()).isEqualTo(450);
    assertThat(s.minListingDays()).isEqualTo(SelectionSettings.defaults().minListingDays());
  }

  @Test
  void unknownKeyIsRejected() {
    assertThatThrownBy(() -> SelectionSettings.fromMap(Map.of("number-assets", 20)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("number-assets");
  }

  @Test
  void badValuesNameTheirField() {
    assertThatThrownBy(() -> SelectionSettings.fromMap(Map.of("blacklist", List.of("BNB[.*"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blacklist");
    assertThatThrownBy(() -> SelectionSettings.fromMap(Map.of("max-spread-bps", -1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max-spread-bps");
    assertThatThrownBy(
            () -> SelectionSettings.fromMap(Map.of("min-volatility", 0.5, "max-volatility", 0.1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("min-volatility");
    assertThatThrownBy(() -> SelectionSettings.fromMap(Map.of("lookback-days", 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lookback-days");
    assertThatThrownBy(() -> SelectionSettings.fromMap(Map.of("min-listing-days", "ten")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("min-listing-days");
  }

  @Test
  void rankingMethodParsesConfigNamesAndEnumNames() {
    for (RankingMethod method : RankingMethod.values()) {
      assertThat(RankingMethod.parse(method.code())).isEqualTo(method);
      assertThat(RankingMethod.parse(method.name())).isEqualTo(method);
    }
    assertThatThrownBy(() -> RankingMethod.parse(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ranking");
  }

  @Test
  void selectorRejectsNegativeLimitToo() {
    assertThatThrownBy(
            () ->
                new ChainedCoinSelector(
                    FilterChain.standard(SelectionSettings.defaults()),
                    RankingMethod.QUOTE_VOLUME,
                    -3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }
}
