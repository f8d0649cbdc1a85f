package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.dscore.api.AdminControl;
import io.dscore.api.Band;
import io.dscore.api.Coin;
import io.dscore.api.SharedSecurity;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.Consensus;
import io.dscore.api.DScoreResult;
import io.dscore.api.Governance;
import io.dscore.api.LaunchType;
import io.dscore.api.Layer;
import io.dscore.api.VcFunding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the D-Score over random valid coins ({@link Coins}), checked with QuickTheories: bounds and sums,
 * band monotonicity, the monotonicity the scorers promise, determinism, {@code scoreAll}, and the ranges over
 * unknown facts. On failure QuickTheories prints the shrunk coin and the seed.
 */
class DScorePropertiesTest {

    private static final Scorer SCORER = DScore.asOf(Coins.AS_OF);

    private static DScoreResult score(Coin coin) {
        return SCORER.scoreOf(coin);
    }

    private static double points(Coin coin, Component component) {
        return score(coin).component(component).points();
    }

    // ---- the generator ----------------------------------------------------------------------------------

    @Test
    void theGeneratorCoversEveryEnumValueAndBothStatesOfEveryOptionalFact() {
        Set<Object> seen = new HashSet<>();
        Set<String> present = new HashSet<>();
        Set<String> empty = new HashSet<>();
        qt().withExamples(2000).forAll(Coins.coins()).checkAssert(coin -> {
            seen.addAll(List.of(coin.layer(), coin.consensus(), coin.launchType(), coin.vcFunded(),
                    coin.governance(), coin.adminControl()));
            (coin.hostChain().isPresent() ? present : empty).add("host_chain");
            (coin.consensusDetail().isPresent() ? present : empty).add("consensus_detail");
            (coin.mergedMinedWith().isPresent() ? present : empty).add("merged_mined_with");
            (coin.forkedFrom().isPresent() ? present : empty).add("forked_from");
            (coin.sharedSecurity() != SharedSecurity.UNKNOWN ? present : empty).add("shared_security");
            (coin.blockProducers().isPresent() ? present : empty).add("block_producers");
            (coin.nakamotoCoefficient().isPresent() ? present : empty).add("nakamoto_coefficient");
            (coin.launchYear().isPresent() ? present : empty).add("launch_year");
            (coin.insiderAllocationPct().isPresent() ? present : empty).add("insider_allocation_pct");
            (coin.devFundPct().isPresent() ? present : empty).add("dev_fund_pct");
            (coin.incidents().isPresent() ? present : empty).add("incidents");
        });
        Set<Object> all = new HashSet<>();
        all.addAll(EnumSet.allOf(Layer.class));
        all.addAll(EnumSet.allOf(Consensus.class));
        all.addAll(EnumSet.allOf(LaunchType.class));
        all.addAll(EnumSet.allOf(VcFunding.class));
        all.addAll(EnumSet.allOf(Governance.class));
        all.addAll(EnumSet.allOf(AdminControl.class));
        assertThat(seen).containsAll(all);
        List<String> facts = List.of("host_chain", "consensus_detail", "merged_mined_with", "forked_from",
                "shared_security", "block_producers", "nakamoto_coefficient", "launch_year", "insider_allocation_pct",
                "dev_fund_pct", "incidents");
        assertThat(present).containsAll(facts);
        assertThat(empty).containsAll(facts);
    }

    @Test
    void knownCoinsHaveEveryFactKnown() {
        qt().forAll(Coins.knownCoins()).checkAssert(coin -> assertThat(Coins.allKnown(coin)).isTrue());
    }

    // ---- bounds and sums --------------------------------------------------------------------------------

    @Test
    void everyComponentLiesWithinItsMaximumAndTheTotalIsTheirSum() {
        qt().forAll(Coins.coins()).checkAssert(coin -> {
            DScoreResult r = score(coin);
            assertThat(r.components()).extracting(ComponentScore::component)
                    .containsExactly(Component.values());
            double sum = 0;
            for (Component c : Component.values()) {
                double p = r.component(c).points();
                assertThat(p).as("%s", c).isBetween(0.0, c.max());
                sum += p;
            }
            assertThat(r.total()).isCloseTo(sum, within(1e-9));
            assertThat(r.total()).isBetween(0.0, 100.0);
            assertThat(r.band()).isEqualTo(Band.of(r.total()));
            assertThat(r.coin()).isSameAs(coin);
            assertThat(r.asOf()).isEqualTo(Coins.AS_OF);
        });
    }

    @Test
    void pointsLieWithinTheirRangeForEveryComponentAndTheTotal() {
        qt().forAll(Coins.coins()).checkAssert(coin -> {
            DScoreResult r = score(coin);
            for (ComponentScore s : r.components()) {
                assertThat(s.minPoints()).as("%s", s.component()).isLessThanOrEqualTo(s.points());
                assertThat(s.points()).as("%s", s.component()).isLessThanOrEqualTo(s.maxPoints());
            }
            assertThat(r.totalMin()).isLessThanOrEqualTo(r.total());
            assertThat(r.total()).isLessThanOrEqualTo(r.totalMax());
            assertThat(r.bandCertain()).isEqualTo(Band.of(r.totalMin()) == Band.of(r.totalMax()));
        });
    }

    @Test
    void bandIsMonotoneInTheTotal() {
        Gen<Double> totals = integers().between(0, 200).map(half -> half / 2.0);
        qt().forAll(totals, totals).checkAssert((a, b) -> {
            double lo = Math.min(a, b);
            double hi = Math.max(a, b);
            assertThat(Band.of(lo).floor()).isLessThanOrEqualTo(Band.of(hi).floor());
            assertThat(Band.of(lo).ordinal()).isGreaterThanOrEqualTo(Band.of(hi).ordinal());
        });
    }

    // ---- monotonicity -----------------------------------------------------------------------------------

    @Test
    void moreBlockProducersNeverLowerNodeDistribution() {
        qt().forAll(Coins.coins(), Coins.producerCounts(), Coins.producerCounts()).checkAssert((coin, a, b) -> {
            int floor = coin.nakamotoCoefficient().orElse(0);
            int fewer = Math.max(floor, Math.min(a, b));
            int more = Math.max(floor, Math.max(a, b));
            Coin few = Coin.builder(coin).blockProducers(fewer).build();
            Coin many = Coin.builder(coin).blockProducers(more).build();
            assertThat(points(many, Component.NODE_DISTRIBUTION))
                    .as("%d producers vs %d", more, fewer)
                    .isGreaterThanOrEqualTo(points(few, Component.NODE_DISTRIBUTION));
        });
    }

    @Test
    void aHigherNakamotoCoefficientNeverLowersNodeDistribution() {
        Gen<Integer> coefficients = Coins.nakamotoUpTo(Integer.MAX_VALUE);
        qt().forAll(Coins.coins(), coefficients, coefficients)
                .assuming((coin, a, b) -> coin.blockProducers().orElse(1) >= 1)
                .checkAssert((coin, a, b) -> {
                    int ceiling = coin.blockProducers().orElse(Integer.MAX_VALUE);
                    int lower = Math.min(ceiling, Math.min(a, b));
                    int higher = Math.min(ceiling, Math.max(a, b));
                    Coin low = Coin.builder(coin).nakamotoCoefficient(lower).build();
                    Coin high = Coin.builder(coin).nakamotoCoefficient(higher).build();
                    assertThat(points(high, Component.NODE_DISTRIBUTION))
                            .as("nakamoto %d vs %d", higher, lower)
                            .isGreaterThanOrEqualTo(points(low, Component.NODE_DISTRIBUTION));
                });
    }

    @Test
    void anEarlierLaunchNeverLowersAgeAndHistory() {
        qt().forAll(Coins.coins(), Coins.launchYears(), Coins.launchYears()).checkAssert((coin, a, b) -> {
            Coin earlier = Coin.builder(coin).launchYear(Math.min(a, b)).build();
            Coin later = Coin.builder(coin).launchYear(Math.max(a, b)).build();
            assertThat(points(earlier, Component.AGE_AND_HISTORY))
                    .isGreaterThanOrEqualTo(points(later, Component.AGE_AND_HISTORY));
        });
    }

    @Test
    void anEarlierLaunchNeverLowersTheStartBeforeIncidents() {
        qt().forAll(Coins.launchYears(), Coins.launchYears()).checkAssert((a, b) -> {
            Coin earlier = Coins.known().launchYear(Math.min(a, b)).incidents(0).build();
            Coin later = Coins.known().launchYear(Math.max(a, b)).incidents(0).build();
            assertThat(points(earlier, Component.AGE_AND_HISTORY))
                    .isGreaterThanOrEqualTo(points(later, Component.AGE_AND_HISTORY));
        });
    }

    @Test
    void moreIncidentsNeverRaiseAgeAndHistory() {
        qt().forAll(Coins.coins(), Coins.incidentCounts(), Coins.incidentCounts()).checkAssert((coin, a, b) -> {
            Coin fewer = Coin.builder(coin).incidents(Math.min(a, b)).build();
            Coin more = Coin.builder(coin).incidents(Math.max(a, b)).build();
            assertThat(points(more, Component.AGE_AND_HISTORY))
                    .isLessThanOrEqualTo(points(fewer, Component.AGE_AND_HISTORY));
        });
    }

    @Test
    void ventureFundingNeverRaisesInitialDistribution() {
        qt().forAll(Coins.coins()).checkAssert(coin -> {
            Coin no = Coin.builder(coin).vcFunded(VcFunding.NO).build();
            Coin yes = Coin.builder(coin).vcFunded(VcFunding.YES).build();
            assertThat(points(yes, Component.INITIAL_DISTRIBUTION))
                    .isLessThanOrEqualTo(points(no, Component.INITIAL_DISTRIBUTION));
        });
    }

    @Test
    void aLargerInsiderAllocationNeverRaisesInitialDistribution() {
        qt().forAll(Coins.coins(), Coins.percents(), Coins.percents()).checkAssert((coin, a, b) -> {
            Coin smaller = Coin.builder(coin).insiderAllocationPct(Math.min(a, b)).build();
            Coin larger = Coin.builder(coin).insiderAllocationPct(Math.max(a, b)).build();
            assertThat(points(larger, Component.INITIAL_DISTRIBUTION))
                    .isLessThanOrEqualTo(points(smaller, Component.INITIAL_DISTRIBUTION));
        });
    }

    @Test
    void aLargerDevFundNeverRaisesInitialDistribution() {
        qt().forAll(Coins.coins(), Coins.percents(), Coins.percents()).checkAssert((coin, a, b) -> {
            Coin smaller = Coin.builder(coin).devFundPct(Math.min(a, b)).build();
            Coin larger = Coin.builder(coin).devFundPct(Math.max(a, b)).build();
            assertThat(points(larger, Component.INITIAL_DISTRIBUTION))
                    .isLessThanOrEqualTo(points(smaller, Component.INITIAL_DISTRIBUTION));
        });
    }

    // ---- determinism and scoreAll -----------------------------------------------------------------------

    @Test
    void scoringIsDeterministic() {
        qt().forAll(Coins.coins()).checkAssert(coin -> {
            DScoreResult first = score(coin);
            assertThat(score(coin)).isEqualTo(first);
            assertThat(DScore.asOf(Coins.AS_OF).scoreOf(Coin.builder(coin).build())).isEqualTo(first);
        });
    }

    @Test
    void scoreAllGivesTheResultsOfScoreOfInInputOrder() {
        qt().forAll(lists().of(Coins.coins()).ofSizeBetween(0, 12)).checkAssert(coins -> {
            List<DScoreResult> all = SCORER.scoreAll(coins);
            assertThat(all).containsExactlyElementsOf(
                    coins.stream().map(SCORER::scoreOf).collect(Collectors.toList()));
        });
    }

    @Test
    void scoreAllIsIndependentOfThePermutation() {
        qt().forAll(lists().of(Coins.coins()).ofSizeBetween(0, 12), longs().all()).checkAssert((coins, seed) -> {
            List<Integer> order = IntStream.range(0, coins.size()).boxed().collect(Collectors.toList());
            Collections.shuffle(order, new Random(seed));
            List<Coin> shuffled = new ArrayList<>();
            for (int i : order) {
                shuffled.add(coins.get(i));
            }
            List<DScoreResult> results = SCORER.scoreAll(coins);
            List<DScoreResult> shuffledResults = new ArrayList<>();
            for (int i : order) {
                shuffledResults.add(results.get(i));
            }
            assertThat(SCORER.scoreAll(shuffled)).containsExactlyElementsOf(shuffledResults);
        });
    }

    // ---- ranges over unknown facts ------------------------------------------------------------------------

    @Test
    void fillingInUnknownFactsKeepsTheTotalInsideTheRange() {
        qt().forAll(Coins.withSomeUnknownsFilled()).checkAssert(pair -> {
            DScoreResult before = score(pair._1);
            DScoreResult after = score(pair._2);
            assertThat(after.total()).as("total after filling in %s", pair._2)
                    .isBetween(before.totalMin(), before.totalMax());
            for (Component c : Component.values()) {
                assertThat(after.component(c).points()).as("%s", c)
                        .isBetween(before.component(c).minPoints(), before.component(c).maxPoints());
                assertThat(after.component(c).minPoints()).as("%s range narrows", c)
                        .isGreaterThanOrEqualTo(before.component(c).minPoints());
                assertThat(after.component(c).maxPoints()).as("%s range narrows", c)
                        .isLessThanOrEqualTo(before.component(c).maxPoints());
            }
        });
    }

    @Test
    void fillingInEveryUnknownFactGivesATotalInsideTheRange() {
        qt().forAll(Coins.withAllUnknownsFilled()).checkAssert(pair -> {
            DScoreResult before = score(pair._1);
            DScoreResult after = score(pair._2);
            assertThat(Coins.allKnown(pair._2)).isTrue();
            assertThat(after.totalMin()).isCloseTo(after.total(), within(0.0));
            assertThat(after.totalMax()).isCloseTo(after.total(), within(0.0));
            assertThat(after.total()).isBetween(before.totalMin(), before.totalMax());
        });
    }

    @Test
    void allFactsKnownGiveMinEqualToMaxEqualToThePoints() {
        qt().forAll(Coins.knownCoins()).checkAssert(coin -> {
            DScoreResult r = score(coin);
            assertThat(r.totalMin()).isCloseTo(r.total(), within(0.0));
            assertThat(r.totalMax()).isCloseTo(r.total(), within(0.0));
            assertThat(r.bandCertain()).isTrue();
            for (ComponentScore s : r.components()) {
                assertThat(s.minPoints()).as("%s", s.component()).isCloseTo(s.points(), within(0.0));
                assertThat(s.maxPoints()).as("%s", s.component()).isCloseTo(s.points(), within(0.0));
            }
        });
    }
}
