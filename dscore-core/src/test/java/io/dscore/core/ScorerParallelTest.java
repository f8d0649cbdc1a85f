package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.DScoreResult;
import io.dscore.api.Governance;
import io.dscore.api.VcFunding;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Scorer#scoreAllParallel} gives what {@link Scorer#scoreAll} gives, in input order. */
class ScorerParallelTest {

    private static final Scorer SCORER = DScore.asOf(TrainingSet.AS_OF);

    /** The calibration coins and variants of them with unknown and changed facts: a few thousand coins. */
    private static List<Coin> manyCoins() {
        List<Coin> coins = new ArrayList<>();
        int n = 0;
        for (Coin coin : TrainingSet.coins()) {
            for (Governance g : Governance.values()) {
                for (VcFunding v : VcFunding.values()) {
                    for (AdminControl a : AdminControl.values()) {
                        coins.add(Coin.builder(coin).symbol(coin.symbol() + "-" + n++)
                                .governance(g).vcFunded(v).adminControl(a).build());
                    }
                }
            }
        }
        return coins;
    }

    @Test
    void equalsScoreAllInInputOrder() {
        List<Coin> coins = manyCoins();

        List<DScoreResult> parallel = SCORER.scoreAllParallel(coins);

        assertThat(coins).hasSizeGreaterThan(4_000);
        assertThat(parallel).isEqualTo(SCORER.scoreAll(coins));
        for (int i = 0; i < coins.size(); i++) {
            assertThat(parallel.get(i).coin()).isSameAs(coins.get(i));
        }
    }

    @Test
    void keepsTheIterationOrderOfAnyCollection() {
        List<Coin> shuffled = manyCoins();
        Collections.shuffle(shuffled, new Random(7));

        assertThat(SCORER.scoreAllParallel(new LinkedHashSet<>(shuffled)))
                .isEqualTo(SCORER.scoreAll(shuffled));
        assertThat(SCORER.scoreAllParallel(new ArrayDeque<>(shuffled)))
                .isEqualTo(SCORER.scoreAll(shuffled));
    }

    @Test
    void equalsScoreAllOnAnyPrefixOfTheCoins() {
        List<Coin> coins = manyCoins();
        qt().withExamples(30).forAll(integers().between(0, coins.size())).checkAssert(size -> {
            List<Coin> prefix = coins.subList(0, size);
            assertThat(SCORER.scoreAllParallel(prefix)).isEqualTo(SCORER.scoreAll(prefix));
        });
    }

    @Test
    void givesAnEmptyListForNoCoins() {
        assertThat(SCORER.scoreAllParallel(List.of())).isEmpty();
    }

    @Test
    void returnsAnUnmodifiableList() {
        List<DScoreResult> results = SCORER.scoreAllParallel(TrainingSet.coins());

        assertThatThrownBy(() -> results.add(results.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsANullCollectionOrElement() {
        List<Coin> withNull = new ArrayList<>(TrainingSet.coins());
        withNull.add(null);

        assertThatThrownBy(() -> SCORER.scoreAllParallel(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SCORER.scoreAllParallel(withNull)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void rejectsALaunchAfterTheAsOfDate() {
        List<Coin> coins = new ArrayList<>(manyCoins());
        coins.add(Coin.builder(coins.get(0)).launchYear(TrainingSet.AS_OF.getYear() + 1).build());

        assertThatThrownBy(() -> DScore.asOf(TrainingSet.AS_OF).scoreAllParallel(coins))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("launch_year must not be after the as-of date 2026-06-19 (was 2027)");
    }

    @Test
    void reportsAFailureInAnyChunk() {
        List<Coin> coins = new ArrayList<>(manyCoins());
        coins.set(10, null);

        assertThatThrownBy(() -> SCORER.scoreAllParallel(coins)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void keepsTheInterruptOfTheCallingThread() {
        List<Coin> coins = manyCoins();
        Thread.currentThread().interrupt();
        try {
            assertThat(SCORER.scoreAllParallel(coins)).isEqualTo(SCORER.scoreAll(coins));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void scoresEachCoinAsScoreOfDoes() {
        List<Coin> coins = Arrays.asList(TrainingSet.coins().toArray(new Coin[0]));

        List<DScoreResult> results = SCORER.scoreAllParallel(coins);

        for (int i = 0; i < coins.size(); i++) {
            assertThat(results.get(i)).isEqualTo(SCORER.scoreOf(coins.get(i)));
        }
    }
}
