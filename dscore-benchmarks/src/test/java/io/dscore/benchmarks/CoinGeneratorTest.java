package io.dscore.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.dscore.api.SharedSecurity;
import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.Consensus;
import io.dscore.api.Governance;
import io.dscore.api.LaunchType;
import io.dscore.api.Layer;
import io.dscore.api.VcFunding;
import io.dscore.core.DScore;
import io.dscore.core.Scorer;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CoinGeneratorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 19);
    private static final long SEED = 20260619L;

    @Test
    void sameSeedGivesSameCoins() {
        List<Coin> first = new CoinGenerator(SEED, AS_OF).coins(2_000);
        List<Coin> second = new CoinGenerator(SEED, AS_OF).coins(2_000);

        assertThat(first).hasSize(2_000).isEqualTo(second);
    }

    @Test
    void otherSeedGivesOtherCoins() {
        List<Coin> first = new CoinGenerator(SEED, AS_OF).coins(100);
        List<Coin> second = new CoinGenerator(SEED + 1, AS_OF).coins(100);

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void mixCoversEveryEnumConstant() {
        List<Coin> coins = new CoinGenerator(SEED, AS_OF).coins(1_000);

        assertThat(seen(coins, Coin::layer)).containsExactlyInAnyOrder(Layer.values());
        assertThat(seen(coins, Coin::consensus)).containsExactlyInAnyOrder(Consensus.values());
        assertThat(seen(coins, Coin::launchType)).containsExactlyInAnyOrder(LaunchType.values());
        assertThat(seen(coins, Coin::governance)).containsExactlyInAnyOrder(Governance.values());
        assertThat(seen(coins, Coin::vcFunded)).containsExactlyInAnyOrder(VcFunding.values());
        assertThat(seen(coins, Coin::adminControl)).containsExactlyInAnyOrder(AdminControl.values());
    }

    @Test
    void mixHasEveryOptionalFactBothEmptyAndFilled() {
        List<Coin> coins = new CoinGenerator(SEED, AS_OF).coins(1_000);

        assertBoth(coins, c -> c.hostChain().isPresent(), "hostChain");
        assertBoth(coins, c -> c.consensusDetail().isPresent(), "consensusDetail");
        assertBoth(coins, c -> c.mergedMinedWith().isPresent(), "mergedMinedWith");
        assertBoth(coins, c -> c.sharedSecurity() != SharedSecurity.UNKNOWN, "sharedSecurity");
        assertBoth(coins, c -> c.sharedSecurity() == SharedSecurity.YES, "sharedSecurity YES");
        assertBoth(coins, c -> c.blockProducers().isPresent(), "blockProducers");
        assertBoth(coins, c -> c.nakamotoCoefficient().isPresent(), "nakamotoCoefficient");
        assertBoth(coins, c -> c.launchYear().isPresent(), "launchYear");
        assertBoth(coins, c -> c.forkedFrom().isPresent(), "forkedFrom");
        assertBoth(coins, c -> c.insiderAllocationPct().isPresent(), "insiderAllocationPct");
        assertBoth(coins, c -> c.devFundPct().isPresent(), "devFundPct");
        assertBoth(coins, c -> c.incidents().isPresent(), "incidents");
    }

    @Test
    void valuesSpanTheirRangesWithinCoinValidation() {
        List<Coin> coins = new CoinGenerator(SEED, AS_OF).coins(5_000);

        assertThat(coins).allSatisfy(c -> {
            c.blockProducers().ifPresent(p -> assertThat(p).isBetween(0, 99_999));
            c.nakamotoCoefficient().ifPresent(n -> {
                assertThat(n).isGreaterThanOrEqualTo(1);
                c.blockProducers().ifPresent(p -> assertThat(n).isLessThanOrEqualTo(p));
            });
            c.launchYear().ifPresent(y -> assertThat(y).isBetween(2008, AS_OF.getYear()));
            c.insiderAllocationPct().ifPresent(p -> assertThat(p).isBetween(0.0, 100.0));
            c.devFundPct().ifPresent(p -> assertThat(p).isBetween(0.0, 100.0));
            c.incidents().ifPresent(i -> assertThat(i).isBetween(0, 12));
        });
        // the ends of the ranges are reached, so every rule-table row is exercised
        assertThat(coins).anySatisfy(c -> assertThat(c.blockProducers()).hasValue(0));
        assertThat(coins).anySatisfy(c -> assertThat(c.blockProducers().orElse(0)).isGreaterThanOrEqualTo(1_000));
        assertThat(coins).anySatisfy(c -> assertThat(c.launchYear()).hasValue(2008));
        assertThat(coins).anySatisfy(c -> assertThat(c.launchYear()).hasValue(AS_OF.getYear()));
    }

    @Test
    void everyGeneratedCoinScoresAsOfTheGeneratorDate() {
        Scorer scorer = DScore.asOf(AS_OF);
        qt().withExamples(20).forAll(longs().all()).checkAssert(seed -> {
            List<Coin> coins = new CoinGenerator(seed, AS_OF).coins(200);
            // Coin's constructor validated each one; the scorer rejects a launch after the as-of date
            assertThat(scorer.scoreAll(coins)).hasSize(200);
        });
    }

    @Test
    void rejectsNegativeSize() {
        assertThatThrownBy(() -> new CoinGenerator(SEED, AS_OF).coins(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size must be >= 0 (was -1)");
    }

    private static <T> List<T> seen(List<Coin> coins, Function<Coin, T> fact) {
        return coins.stream().map(fact).distinct().collect(Collectors.toList());
    }

    private static void assertBoth(List<Coin> coins, Predicate<Coin> filled, String fact) {
        assertThat(coins).as(fact + " filled").anyMatch(filled);
        assertThat(coins).as(fact + " empty").anyMatch(filled.negate());
    }
}
