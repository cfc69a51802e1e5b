package dev.coinengine.functions.training;

import dev.coinengine.core.selection.Exclusion;
import dev.coinengine.core.selection.RankedCoin;
import dev.coinengine.core.selection.RankingMethod;
import dev.coinengine.core.selection.ReasonCode;
import dev.coinengine.core.selection.Selection;
import dev.coinengine.runner.launch.TrainingCoins;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A lake stand-in for the functions' tests (the functions carry no Iceberg): one snapshot, a fixed
 * newest day, and the same ranked coins every day with USDCUSDT left out as a stablecoin.
 */
public final class ListedCoins implements TrainingCoins {
  public static final long SNAPSHOT = 4242L;
  public static final LocalDate NEWEST = LocalDate.parse("2023-10-01");
  public static final List<String> RANKED = List.of("BTCUSDT", "ETHUSDT", "SOLUSDT", "XRPUSDT");

  @Override
  public OptionalLong currentSnapshot() {
    return OptionalLong.of(SNAPSHOT);
  }

  @Override
  public Optional<LocalDate> newestDay(long snapshot) {
    return Optional.of(NEWEST);
  }

  @Override
  public Selection select(LocalDate day, long snapshot) {
    List<RankedCoin> coins = new ArrayList<>();
    for (int i = 0; i < RANKED.size(); i++) {
      coins.add(new RankedCoin(i + 1, RANKED.get(i), 100 - i, Map.of(), List.of()));
    }
    return new Selection(
        day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
        RankingMethod.QUOTE_VOLUME,
        coins,
        List.of(new Exclusion("USDCUSDT", ReasonCode.STABLECOIN, "stablecoin")));
  }
}
