package dev.coinengine.core.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.coinengine.core.features.SyntheticBars;
import dev.coinengine.core.market.Bar;
import dev.coinengine.core.market.BarSeries;
import dev.coinengine.core.market.Interval;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RuleEngineTest {
  private static final List<RuleEngine> ENGINES = RuleEngines.standard(Interval.H1);

  private static BarSeries prefix(BarSeries bars, int size) {
    return new BarSeries(bars.symbol(), bars.interval(), bars.bars().subList(0, size));
  }

  /** {@code bars} up to {@code row}, then a different random future of {@code extra} bars. */
  private static BarSeries otherFuture(BarSeries bars, int row, int extra, long seed) {
    Random random = new Random(seed);
    List<Bar> out = new ArrayList<>(bars.bars().subList(0, row + 1));
    Bar last = out.get(out.size() - 1);
    double close = last.close();
    for (int i = 1; i <= extra; i++) {
      double open = close;
      close = close * Math.exp(0.05 * random.nextGaussian());
      out.add(
          new Bar(
              last.openTimeMs() + i * Interval.H1.millis(),
              open,
              Math.max(open, close) * 1.01,
              Math.min(open, close) * 0.99,
              close,
              1e6 * random.nextDouble(),
              Double.NaN,
              -1));
    }
    return new BarSeries(bars.symbol(), Interval.H1, out);
  }

  /** Prices reflected around {@code level}: rises become falls of the same size. */
  private static BarSeries reflected(BarSeries bars, double level) {
    List<Bar> out = new ArrayList<>();
    for (Bar b : bars.bars()) {
      out.add(
          new Bar(
              b.openTimeMs(),
              level - b.open(),
              level - b.low(),
              level - b.high(),
              level - b.close(),
              b.volume(),
              b.quoteVolume(),
              b.trades()));
    }
    return new BarSeries(bars.symbol(), bars.interval(), out);
  }

  @Test
  void standardSetHasNineDistinctIdsNamedByRuleAndInterval() {
    for (Interval interval : Interval.values()) {
      List<String> ids = RuleEngines.standard(interval).stream().map(RuleEngine::id).toList();
      assertThat(ids).hasSize(9).doesNotHaveDuplicates();
      assertThat(ids).allMatch(id -> id.matches("rule_[a-z_]+_" + interval.code()));
    }
    assertThat(ENGINES.get(0).id()).isEqualTo("rule_donchian_1h");
  }

  @Test
  void appendingFutureBarsNeverChangesAVote() {
    BarSeries bars = SyntheticBars.walk("LOOKUSDT", 500, 0.0, 0.02, 11);
    for (RuleEngine engine : ENGINES) {
      for (int row = 0; row < bars.size(); row += 7) {
        Vote atRow = engine.vote(prefix(bars, row + 1));
        assertThat(engine.vote(bars, row)).as("%s at %d", engine.id(), row).isEqualTo(atRow);
        assertThat(engine.vote(otherFuture(bars, row, 30, row), row))
            .as("%s at %d with another future", engine.id(), row)
            .isEqualTo(atRow);
      }
    }
  }

  @Test
  void aVoteReadsNothingBeforeItsLookback() {
    BarSeries bars = SyntheticBars.walk("LOOKUSDT", 400, 0.001, 0.02, 5);
    for (RuleEngine engine : ENGINES) {
      int row = bars.size() - 1;
      int from = row - engine.lookbackBars() + 1;
      BarSeries window =
          new BarSeries(bars.symbol(), bars.interval(), bars.bars().subList(from, row + 1));
      assertThat(engine.vote(window)).as(engine.id()).isEqualTo(engine.vote(bars));
      BarSeries tooShort =
          new BarSeries(bars.symbol(), bars.interval(), bars.bars().subList(from + 1, row + 1));
      assertThat(engine.vote(tooShort)).as(engine.id()).isEqualTo(Vote.abstain(engine.id()));
    }
  }

  @Test
  void reflectedPricesGiveMirroredVotes() {
    // every rule but time-series momentum (log returns) is linear in price
    int directional = 0;
    for (long seed = 0; seed < 20; seed++) {
      BarSeries bars = SyntheticBars.walk("MIRRORUSDT", 300, 0.0, 0.01, seed);
      BarSeries mirror = reflected(bars, 400);
      for (RuleEngine engine : ENGINES) {
        if (engine instanceof TimeSeriesMomentum) {
          continue;
        }
        for (int row = 120; row < bars.size(); row += 3) {
          Vote up = engine.vote(bars, row);
          Vote down = engine.vote(mirror, row);
          assertThat(down.direction())
              .as("%s at %d", engine.id(), row)
              .isEqualTo(up.direction().opposite());
          assertThat(down.confidence()).isCloseTo(up.confidence(), offset(1e-9));
          directional += up.direction() == Direction.FLAT ? 0 : 1;
        }
      }
    }
    assertThat(directional).isGreaterThan(100);
  }

  @Test
  void aSteadyRallyIsLongForTrendRulesAndShortForReversionRules() {
    Random random = new Random(1);
    double[] closes = new double[260];
    double price = 100;
    for (int i = 0; i < closes.length; i++) {
      price *= Math.exp((i >= 200 ? 0.01 : 0.0) + 0.003 * random.nextGaussian());
      closes[i] = price;
    }
    BarSeries bars = SyntheticBars.fromCloses("RALLYUSDT", closes, 0.001, 2);
    Map<String, Direction> votes = new HashMap<>();
    ENGINES.forEach(e -> votes.put(e.id(), e.vote(bars).direction()));

    assertThat(votes)
        .containsEntry("rule_ma_cross_1h", Direction.LONG)
        .containsEntry("rule_tsmom_1h", Direction.LONG)
        .containsEntry("rule_macd_1h", Direction.LONG)
        .containsEntry("rule_rsi_reversion_1h", Direction.SHORT)
        .containsEntry("rule_range_position_1h", Direction.SHORT);
  }

  @Test
  void aCrashBarIsAShortBreakoutAndAnOversoldReversion() {
    double[] closes = new double[120];
    Random random = new Random(9);
    for (int i = 0; i < closes.length; i++) {
      closes[i] = 100 * Math.exp(0.002 * random.nextGaussian());
    }
    closes[closes.length - 1] = 90;
    List<Bar> bars =
        new ArrayList<>(SyntheticBars.fromCloses("CRASHUSDT", closes, 0.001, 4).bars());
    Bar last = bars.remove(bars.size() - 1);
    bars.add(
        new Bar(
            last.openTimeMs(),
            last.open(),
            last.high(),
            last.low(),
            last.close(),
            10 * last.volume() + 10_000,
            Double.NaN,
            -1));
    BarSeries series = new BarSeries("CRASHUSDT", Interval.H1, bars);
    Map<String, Vote> votes = new HashMap<>();
    ENGINES.forEach(e -> votes.put(e.id(), e.vote(series)));

    assertThat(votes.get("rule_donchian_1h").direction()).isEqualTo(Direction.SHORT);
    assertThat(votes.get("rule_donchian_1h").confidence()).isEqualTo(1.0);
    assertThat(votes.get("rule_atr_expansion_1h").direction()).isEqualTo(Direction.SHORT);
    assertThat(votes.get("rule_volume_breakout_1h").direction()).isEqualTo(Direction.SHORT);
    assertThat(votes.get("rule_bollinger_reversion_1h").direction()).isEqualTo(Direction.LONG);
    assertThat(votes.get("rule_range_position_1h").direction()).isEqualTo(Direction.LONG);
  }

  @Test
  void enginesRefuseBarsOfAnotherInterval() {
    BarSeries hourly = SyntheticBars.walk("X", 100, 0, 0.01, 1);
    RuleEngine fourHourly = RuleEngines.standard(Interval.H4).get(0);

    assertThatThrownBy(() -> fourHourly.vote(hourly))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule_donchian_4h votes on 4h bars, got 1h");
    assertThatThrownBy(() -> ENGINES.get(0).vote(hourly, 100))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void votesAreValidated() {
    assertThatThrownBy(() -> Vote.rule("x", Direction.LONG, 1.5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confidence must be in [0, 1], was 1.5");
    assertThatThrownBy(() -> Vote.rule(" ", Direction.LONG, 0.5, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Vote("ml_lgbm_1h", Direction.SHORT, 0.4, -0.7, "BTCUSDT-TREND-1h-v3").mirrored())
        .isEqualTo(new Vote("ml_lgbm_1h", Direction.LONG, 0.4, 0.7, "BTCUSDT-TREND-1h-v3"));
  }
}
