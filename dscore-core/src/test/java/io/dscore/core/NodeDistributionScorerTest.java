package io.dscore.core;

import io.dscore.api.Fact;
import io.dscore.api.SharedSecurity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.Consensus;
import io.dscore.api.Layer;
import io.dscore.api.ReasonCode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link NodeDistributionScorer}: the shared contract, then one test per rule of its Javadoc. */
class NodeDistributionScorerTest extends ComponentScorerContractTest {

    @Override
    ComponentScorer scorer() {
        return new NodeDistributionScorer();
    }

    @Override
    Component component() {
        return Component.NODE_DISTRIBUTION;
    }

    /** A layer 1 of the given consensus with every fact known; tests set producers and Nakamoto coefficient. */
    private static Coin.Builder chain(Consensus consensus) {
        return Coins.known().consensus(consensus);
    }

    private static Coin.Builder chain(Consensus consensus, int producers, int nakamoto) {
        return chain(consensus).blockProducers(producers).nakamotoCoefficient(nakamoto);
    }

    // ---- rule 1: no block producers of its own ----------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Layer.class, names = {"LAYER_2", "TOKEN"})
    void layer2AndTokenHaveNoProducersOfTheirOwn(Layer layer) {
        ComponentScore s = score(chain(Consensus.POS, 5000, 50).layer(layer)
                .consensus(layer == Layer.TOKEN ? Consensus.NONE : Consensus.POS));
        assertExactly(s, 0);
        assertThat(codes(s)).containsExactly(ReasonCode.NODE_NO_OWN_PRODUCERS);
        assertThat(s.reasons().get(0).text()).isEqualTo("layer " + layer + ": no block producers of its own");
    }

    @Test
    void unknownFactsDoNotMatterWithoutOwnProducers() {
        Coin.Builder token = Coins.known().layer(Layer.TOKEN).consensus(Consensus.NONE)
                .unknown(Fact.SHARED_SECURITY).unknown(Fact.BLOCK_PRODUCERS)
                .unknown(Fact.NAKAMOTO_COEFFICIENT);
        ComponentScore s = score(token);
        assertExactly(s, 0);
        assertThat(codes(s)).containsExactly(ReasonCode.NODE_NO_OWN_PRODUCERS);
    }

    @Test
    void aLayer2WithoutConsensusHasNoProducersOfItsOwn() {
        ComponentScore s = score(chain(Consensus.NONE, 5000, 50).layer(Layer.LAYER_2));
        assertExactly(s, 0);
        assertThat(codes(s)).containsExactly(ReasonCode.NODE_NO_OWN_PRODUCERS);
        assertThat(s.reasons().get(0).text()).isEqualTo("layer LAYER_2: no block producers of its own");
    }

    // ---- rule 2: shared security ------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Consensus.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void sharedSecurityGivesFive(Consensus consensus) {
        ComponentScore s = score(chain(consensus, 5000, 50).hostChain("DOT").sharedSecurity(SharedSecurity.YES));
        assertExactly(s, 5);
        assertThat(codes(s)).containsExactly(ReasonCode.NODE_SHARED_SECURITY);
        assertThat(s.reasons().get(0).text())
                .isEqualTo("shared_security YES: block production secured by another chain, 5 of 30");
    }

    @Test
    void unknownSharedSecurityWithoutAHostChainIsNo() {
        ComponentScore s = score(chain(Consensus.POW, 5000, 50).unknown(Fact.HOST_CHAIN).unknown(Fact.SHARED_SECURITY));
        assertExactly(s, 30);
        assertThat(s.reasons()).noneMatch(r -> r.code() == ReasonCode.UNKNOWN_FACT);
    }

    @Test
    void unknownSharedSecurityWithAHostChainCountsAsYesAndTheRangeCoversNo() {
        ComponentScore s = score(chain(Consensus.POW, 5000, 50).hostChain("DOT").unknown(Fact.SHARED_SECURITY));
        assertPoints(s, 5, 5, 30);
        assertThat(unknownNote(s, "shared_security").text())
                .isEqualTo("shared_security unknown: 5 to 30 depending on it (range +25)");
        assertThat(ruleCodes(s)).containsExactly(ReasonCode.NODE_SHARED_SECURITY);
        assertThat(s.reasons().get(0).text()).isEqualTo("shared_security UNKNOWN with host_chain DOT (counted as YES):"
                + " block production secured by another chain, 5 of 30");
    }

    // ---- rule 3: proof of work ----------------------------------------------------------------------------

    @Test
    void proofOfWorkGivesThirty() {
        ComponentScore s = score(chain(Consensus.POW, 5000, 50));
        assertExactly(s, 30);
        assertThat(codes(s)).containsExactly(ReasonCode.NODE_OPEN_MINING, ReasonCode.NODE_PRODUCER_COUNT,
                ReasonCode.NODE_NAKAMOTO_COEFFICIENT);
        assertThat(reason(s, ReasonCode.NODE_OPEN_MINING).points()).isCloseTo(30, within(0.0));
        assertThat(reason(s, ReasonCode.NODE_OPEN_MINING).text())
                .isEqualTo("consensus POW: permissionless mining, up to 30 of 30");
        assertThat(reason(s, ReasonCode.NODE_PRODUCER_COUNT).points()).isCloseTo(0, within(0.0));
    }

    @Test
    void proofOfWorkWithNothingKnownGivesThirtyRangingDownToZero() {
        ComponentScore s = score(chain(Consensus.POW).unknown(Fact.BLOCK_PRODUCERS)
                .unknown(Fact.NAKAMOTO_COEFFICIENT));
        assertPoints(s, 0, 30, 30);
        assertThat(ruleCodes(s)).containsExactly(ReasonCode.NODE_OPEN_MINING);
        assertThat(unknownNote(s, "block_producers").text()).startsWith("block_producers unknown: 0 to 30");
        assertThat(unknownNote(s, "nakamoto_coefficient").text()).startsWith("nakamoto_coefficient unknown: 14 to 30");
    }

    @ParameterizedTest(name = "PoW block_producers {0}: {1}")
    @CsvSource({"1000, 30", "4, 30", "3, 30", "2, 22", "1, 14", "0, 0"})
    void proofOfWorkProducerCountCaps(int producers, double points) {
        ComponentScore s = score(chain(Consensus.POW).blockProducers(producers)
                .unknown(Fact.NAKAMOTO_COEFFICIENT));
        assertThat(s.points()).isCloseTo(points, within(0.0));
        assertThat(reason(s, ReasonCode.NODE_PRODUCER_COUNT).points()).isCloseTo(points - 30, within(0.0));
        assertThat(reason(s, ReasonCode.NODE_PRODUCER_COUNT).text())
                .startsWith("block_producers " + producers + " (")
                .endsWith("at most " + Points.format(points));
    }

    @ParameterizedTest(name = "PoW nakamoto_coefficient {0}: {1}")
    @CsvSource({"50, 30", "3, 30", "2, 22", "1, 14"})
    void proofOfWorkNakamotoCoefficientCaps(int nakamoto, double points) {
        ComponentScore s = score(chain(Consensus.POW, 5000, nakamoto));
        assertExactly(s, points);
        assertThat(reason(s, ReasonCode.NODE_NAKAMOTO_COEFFICIENT).points()).isCloseTo(points - 30, within(0.0));
        assertThat(reason(s, ReasonCode.NODE_NAKAMOTO_COEFFICIENT).text())
                .startsWith("nakamoto_coefficient " + nakamoto + " (")
                .endsWith("at most " + Points.format(points));
    }

    @Test
    void proofOfWorkTakesTheLowerOfBothCaps() {
        assertExactly(score(chain(Consensus.POW, 2, 1)), 14);
        assertExactly(score(chain(Consensus.POW, 2, 2)), 22);
        assertExactly(score(chain(Consensus.POW, 1, 1)), 14);
    }

    // ---- rule 4: stake-based ------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Consensus.class, names = {"POS", "BFT", "DPOS", "OTHER"})
    void stakeBasedGivesUpToTwentyEight(Consensus consensus) {
        ComponentScore s = score(chain(consensus, 1000, 10));
        assertExactly(s, 28);
        assertThat(codes(s)).containsExactly(ReasonCode.NODE_STAKE_VALIDATORS, ReasonCode.NODE_PRODUCER_COUNT,
                ReasonCode.NODE_NAKAMOTO_COEFFICIENT);
        assertThat(reason(s, ReasonCode.NODE_STAKE_VALIDATORS).points()).isCloseTo(28, within(0.0));
        assertThat(reason(s, ReasonCode.NODE_STAKE_VALIDATORS).text())
                .isEqualTo("consensus " + consensus + ": stake-based validators, up to 28 of 30");
    }

    /** The Nakamoto coefficient is chosen so that it does not cap below the producer row. */
    @ParameterizedTest(name = "stake block_producers {0} (nakamoto {1}): {2}")
    @CsvSource({
        "5000, 10, 28",
        "1000, 10, 28",
        "999, 10, 28",
        "300, 10, 28",
        "299, 10, 18",
        "100, 10, 18",
        "99, 10, 5",
        "10, 10, 5",
        "9, 9, 2",
        "2, 2, 2",
        "1, 1, 2"})
    void stakeProducerCountCaps(int producers, int nakamoto, double points) {
        ComponentScore s = score(chain(Consensus.POS, producers, nakamoto));
        assertExactly(s, points);
        assertThat(reason(s, ReasonCode.NODE_PRODUCER_COUNT).text())
                .startsWith("block_producers " + producers + " (")
                .endsWith("at most " + Points.format(points));
    }

    @Test
    void stakeWithNoProducersGivesZero() {
        ComponentScore s = score(chain(Consensus.POS).blockProducers(0).unknown(Fact.NAKAMOTO_COEFFICIENT));
        assertExactly(s, 0);
        assertThat(reason(s, ReasonCode.NODE_PRODUCER_COUNT).points()).isCloseTo(-28, within(0.0));
        assertThat(reason(s, ReasonCode.NODE_PRODUCER_COUNT).text()).isEqualTo("block_producers 0 (below 1): at most 0");
    }

    /** Producers are many, so only the Nakamoto coefficient caps. */
    @ParameterizedTest(name = "stake nakamoto_coefficient {0}: {1}")
    @CsvSource({"1000, 28", "10, 28", "9, 18", "5, 18", "4, 10", "3, 10", "2, 5", "1, 2"})
    void stakeNakamotoCoefficientCaps(int nakamoto, double points) {
        ComponentScore s = score(chain(Consensus.POS, 100_000, nakamoto));
        assertExactly(s, points);
        assertThat(reason(s, ReasonCode.NODE_PRODUCER_COUNT).points()).isCloseTo(0, within(0.0));
        assertThat(reason(s, ReasonCode.NODE_NAKAMOTO_COEFFICIENT).points()).isCloseTo(points - 28, within(0.0));
        assertThat(reason(s, ReasonCode.NODE_NAKAMOTO_COEFFICIENT).text())
                .startsWith("nakamoto_coefficient " + nakamoto + " (")
                .endsWith("at most " + Points.format(points));
    }

    @Test
    void reasonTextNamesTheProducerCount() {
        ComponentScore s = score(chain(Consensus.POS, 45, 5));
        assertExactly(s, 5);
        assertThat(reason(s, ReasonCode.NODE_PRODUCER_COUNT).text())
                .isEqualTo("block_producers 45 (10 to 99): at most 5");
        assertThat(reason(s, ReasonCode.NODE_NAKAMOTO_COEFFICIENT).text())
                .isEqualTo("nakamoto_coefficient 5 (5 to 9): at most 18");
        assertThat(reason(s, ReasonCode.NODE_PRODUCER_COUNT).points()).isCloseTo(-23, within(0.0));
        assertThat(reason(s, ReasonCode.NODE_NAKAMOTO_COEFFICIENT).points()).isCloseTo(0, within(0.0));
    }

    @Test
    void producerCountWithoutNakamotoCoefficientCapsAtTwentySix() {
        ComponentScore s = score(chain(Consensus.POS).blockProducers(1000).unknown(Fact.NAKAMOTO_COEFFICIENT));
        assertPoints(s, 2, 26, 28);
        assertThat(ruleCodes(s)).containsExactly(ReasonCode.NODE_STAKE_VALIDATORS, ReasonCode.NODE_PRODUCER_COUNT,
                ReasonCode.NODE_SPREAD_UNCONFIRMED);
        assertThat(reason(s, ReasonCode.NODE_SPREAD_UNCONFIRMED).points()).isCloseTo(-2, within(0.0));
        assertThat(reason(s, ReasonCode.NODE_SPREAD_UNCONFIRMED).text()).contains("nakamoto_coefficient unknown")
                .endsWith("at most 26");
        assertThat(unknownNote(s, "nakamoto_coefficient").text()).startsWith("nakamoto_coefficient unknown: 2 to 28");
    }

    @Test
    void theUnconfirmedSpreadCapDoesNotLowerASmallerProducerCap() {
        ComponentScore s = score(chain(Consensus.POS).blockProducers(299).unknown(Fact.NAKAMOTO_COEFFICIENT));
        assertThat(s.points()).isCloseTo(18, within(0.0));
        assertThat(reason(s, ReasonCode.NODE_SPREAD_UNCONFIRMED).points()).isCloseTo(0, within(0.0));
    }

    @ParameterizedTest(name = "{0} with neither fact: {1}")
    @CsvSource({"POS, 20", "BFT, 20", "DPOS, 10", "OTHER, 10"})
    void stakeWithNeitherProducersNorNakamotoGetsADefault(Consensus consensus, double points) {
        ComponentScore s = score(chain(consensus).unknown(Fact.BLOCK_PRODUCERS)
                .unknown(Fact.NAKAMOTO_COEFFICIENT));
        assertPoints(s, 0, points, 28);
        assertThat(ruleCodes(s)).containsExactly(ReasonCode.NODE_STAKE_VALIDATORS, ReasonCode.NODE_PRODUCERS_UNKNOWN);
        assertThat(reason(s, ReasonCode.NODE_PRODUCERS_UNKNOWN).points()).isCloseTo(points - 28, within(0.0));
        assertThat(reason(s, ReasonCode.NODE_PRODUCERS_UNKNOWN).text())
                .isEqualTo("block_producers and nakamoto_coefficient unknown: " + consensus + " assumed "
                        + Points.format(points));
    }

    @Test
    void unknownProducerCountRangesUpwardFromTheNakamotoCoefficient() {
        ComponentScore s = score(chain(Consensus.POS).unknown(Fact.BLOCK_PRODUCERS).nakamotoCoefficient(10));
        // 10 producers: at most 5; many producers: the coefficient's 28
        assertPoints(s, 5, 28, 28);
        assertThat(ruleCodes(s)).containsExactly(ReasonCode.NODE_STAKE_VALIDATORS,
                ReasonCode.NODE_NAKAMOTO_COEFFICIENT);
        assertThat(unknownNote(s, "block_producers").text()).startsWith("block_producers unknown: 5 to 28");
    }

    // ---- rule 5: proof of authority ------------------------------------------------------------------------

    @ParameterizedTest(name = "PoA block_producers {0}, nakamoto {1}: {2}")
    @CsvSource({"5000, 50, 8", "1000, 10, 8", "100, 10, 8", "99, 10, 5", "10, 10, 5", "9, 9, 2", "1, 1, 2",
        "5000, 3, 8", "5000, 2, 5", "5000, 1, 2"})
    void proofOfAuthorityGivesUpToEightCappedByTheSameTables(int producers, int nakamoto, double points) {
        ComponentScore s = score(chain(Consensus.POA, producers, nakamoto));
        assertExactly(s, points);
        assertThat(codes(s)).containsExactly(ReasonCode.NODE_PERMISSIONED_AUTHORITIES,
                ReasonCode.NODE_PRODUCER_COUNT, ReasonCode.NODE_NAKAMOTO_COEFFICIENT);
        assertThat(reason(s, ReasonCode.NODE_PERMISSIONED_AUTHORITIES).points()).isCloseTo(8, within(0.0));
        assertThat(reason(s, ReasonCode.NODE_PERMISSIONED_AUTHORITIES).text()).isEqualTo(
                "consensus POA: permissioned authorities, up to 8 of 30");
    }

    @Test
    void proofOfAuthorityWithNoProducersGivesZero() {
        assertExactly(score(chain(Consensus.POA).blockProducers(0).unknown(Fact.NAKAMOTO_COEFFICIENT)), 0);
    }

    @Test
    void proofOfAuthorityWithNeitherFactGivesEight() {
        ComponentScore s = score(chain(Consensus.POA).unknown(Fact.BLOCK_PRODUCERS)
                .unknown(Fact.NAKAMOTO_COEFFICIENT));
        assertPoints(s, 0, 8, 8);
        assertThat(reason(s, ReasonCode.NODE_PRODUCERS_UNKNOWN).points()).isCloseTo(0, within(0.0));
    }

    @Test
    void proofOfAuthorityIsNotCappedByTheUnconfirmedSpread() {
        ComponentScore s = score(chain(Consensus.POA).blockProducers(1000).unknown(Fact.NAKAMOTO_COEFFICIENT));
        assertPoints(s, 2, 8, 8);
    }

    // ---- monotonicity, by example ---------------------------------------------------------------------------

    @Test
    void moreProducersNeverLowerThePointsAcrossEveryRow() {
        for (Consensus consensus : List.of(Consensus.POW, Consensus.POS, Consensus.DPOS, Consensus.POA)) {
            double previous = 0;
            for (int producers : new int[] {0, 1, 2, 3, 9, 10, 99, 100, 299, 300, 999, 1000, 5000}) {
                double points = score(chain(consensus).blockProducers(producers)
                        .unknown(Fact.NAKAMOTO_COEFFICIENT)).points();
                assertThat(points).as("%s with %d producers", consensus, producers).isGreaterThanOrEqualTo(previous);
                previous = points;
            }
        }
    }
}
