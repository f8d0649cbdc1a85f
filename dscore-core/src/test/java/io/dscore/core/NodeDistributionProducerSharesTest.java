package io.dscore.core;

import io.dscore.api.Fact;
import io.dscore.api.SharedSecurity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.ComponentScore;
import io.dscore.api.Consensus;
import io.dscore.api.Governance;
import io.dscore.api.Layer;
import io.dscore.api.LaunchType;
import io.dscore.api.Reason;
import io.dscore.api.ReasonCode;
import io.dscore.api.VcFunding;
import io.dscore.core.metrics.Distribution;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Node distribution scored from {@link Coin#producerShares()}. */
class NodeDistributionProducerSharesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 19);
    private static final NodeDistributionScorer NODE = new NodeDistributionScorer();

    private static Coin.Builder coin(Consensus consensus) {
        return Coin.builder().name("Test").symbol("TST").layer(Layer.LAYER_1).consensus(consensus)
                .sharedSecurity(SharedSecurity.NO).launchType(LaunchType.FAIR_LAUNCH).vcFunded(VcFunding.NO)
                .governance(Governance.ROUGH_CONSENSUS).adminControl(AdminControl.NONE);
    }

    private static String text(ComponentScore score, ReasonCode code) {
        return score.reasons().stream().filter(r -> r.code() == code).map(Reason::text).findFirst().orElseThrow();
    }

    @Test
    void proofOfWorkSharesScoreAsTheCountsTheyImply() {
        // blocks per pool: total 100, 30 + 25 = 55 > 50, so Nakamoto coefficient 2 of 7 producers: capped at 22
        Coin withShares = coin(Consensus.POW).producerShares(30, 25, 15, 10, 10, 5, 5).build();
        Coin withCounts = coin(Consensus.POW).blockProducers(7).nakamotoCoefficient(2).build();
        ComponentScore fromShares = NODE.score(withShares, AS_OF);
        ComponentScore fromCounts = NODE.score(withCounts, AS_OF);
        assertThat(fromShares.points()).isEqualTo(22.0);
        assertThat(fromShares.minPoints()).isEqualTo(fromCounts.minPoints());
        assertThat(fromShares.maxPoints()).isEqualTo(fromCounts.maxPoints());
        assertThat(fromShares.reasons()).extracting(Reason::code).isEqualTo(
                fromCounts.reasons().stream().map(Reason::code).toList());
        assertThat(fromShares.reasons()).extracting(Reason::points).isEqualTo(
                fromCounts.reasons().stream().map(Reason::points).toList());
        // Gini of 30,25,15,10,10,5,5: ascending coefficients -6..6 step 2 -> (-30 -20 -20 +0 +30 +100 +180) / 700
        assertThat(text(fromShares, ReasonCode.NODE_NAKAMOTO_COEFFICIENT)).isEqualTo(
                "producer_shares: Nakamoto coefficient 2 of 7 producers (2 to 2): at most 22;"
                        + " largest producer 30.0%, Gini 0.343, HHI 2,000");
        assertThat(text(fromShares, ReasonCode.NODE_PRODUCER_COUNT))
                .isEqualTo("producer_shares: 7 producers with a positive share (3 or more): at most 30");
        // the example of docs/methodology.md ("Node distribution from producer shares"): keep both in step
        assertThat(fromShares.reasons()).extracting(Reason::toString).containsExactly(
                "NODE_OPEN_MINING 30.0: consensus POW: permissionless mining, up to 30 of 30",
                "NODE_PRODUCER_COUNT 0.0: producer_shares: 7 producers with a positive share (3 or more): at most 30",
                "NODE_NAKAMOTO_COEFFICIENT -8.0: producer_shares: Nakamoto coefficient 2 of 7 producers (2 to 2): "
                        + "at most 22; largest producer 30.0%, Gini 0.343, HHI 2,000");
    }

    @Test
    void stakeSharesQuoteTheMetricsWithGroupedCounts() {
        // 1,200 validators: four hold 13% each (52%), the other 1,196 share the remaining 48%
        double[] stake = new double[1200];
        Arrays.fill(stake, 0, 4, 13.0);
        Arrays.fill(stake, 4, 1200, 48.0 / 1196);
        Coin coin = coin(Consensus.POS).producerShares(stake).build();
        ComponentScore score = NODE.score(coin, AS_OF);
        Distribution d = Distribution.of(stake);
        assertThat(d.nakamotoCoefficient()).isEqualTo(4);
        assertThat(score.points()).isEqualTo(10.0); // Nakamoto 3 to 4 caps at 10; 1,200 producers allow 28
        assertThat(score.minPoints()).isEqualTo(10.0);
        assertThat(score.maxPoints()).isEqualTo(10.0);
        // Gini by hand: sum of (n - 2j - 1) x(j) over the descending amounts, over n T with T = 100:
        // four at 13 (j = 0..3): 13 * (1199 + 1197 + 1195 + 1193) = 62,192; the 1,196 equal amounts at 48/1196
        // have coefficients summing to sum_{j=4}^{1199} (1199 - 2j) = -4,784, so add -4784 * 48/1196 = -192;
        // (62,192 - 192) / (1200 * 100) = 0.516667.
        // HHI: 10,000 * (4 * 0.13^2 + 1196 * (0.48 / 1196)^2) = 676 + 1.926 = 677.9
        assertThat(text(score, ReasonCode.NODE_NAKAMOTO_COEFFICIENT)).isEqualTo(
                "producer_shares: Nakamoto coefficient 4 of 1,200 producers (3 to 4): at most 10;"
                        + " largest producer 13.0%, Gini 0.517, HHI 678");
        assertThat(text(score, ReasonCode.NODE_PRODUCER_COUNT))
                .isEqualTo("producer_shares: 1,200 producers with a positive share (300 or more): at most 28");
        assertThat(score.reasons()).extracting(Reason::code).doesNotContain(ReasonCode.NODE_SPREAD_UNCONFIRMED,
                ReasonCode.NODE_PRODUCERS_UNKNOWN, ReasonCode.UNKNOWN_FACT);
    }

    @Test
    void sharesMakeTheCountsKnownSoOnlySharedSecurityWidensTheRange() {
        Coin unknownShared = coin(Consensus.POS).hostChain("DOT").unknown(Fact.SHARED_SECURITY)
                .producerShares(5, 4, 3, 2, 1, 1, 1, 1, 1, 1).build();
        ComponentScore score = NODE.score(unknownShared, AS_OF);
        // 10 producers (cap 5), Nakamoto: total 20, 5 + 4 + 3 = 12 > 10 -> 3 (cap 12): 5 points, or 5 if shared
        assertThat(score.points()).isEqualTo(5.0);
        assertThat(score.minPoints()).isEqualTo(5.0);
        assertThat(score.maxPoints()).isEqualTo(5.0);
        Coin twoProducers = coin(Consensus.POW).hostChain("DOT").unknown(Fact.SHARED_SECURITY).producerShares(1, 1)
                .build();
        ComponentScore pow = NODE.score(twoProducers, AS_OF);
        assertThat(pow.points()).isEqualTo(5.0); // a chain naming a host chain counts as a parachain
        assertThat(pow.minPoints()).isEqualTo(5.0);
        assertThat(pow.maxPoints()).isEqualTo(22.0);
        assertThat(pow.reasons()).extracting(Reason::text).anyMatch(t -> t.startsWith("shared_security unknown"));
        assertThat(pow.reasons()).extracting(Reason::text).noneMatch(t -> t.startsWith("block_producers unknown"));
        assertThat(pow.reasons()).extracting(Reason::text).noneMatch(t -> t.startsWith("nakamoto_coefficient unknown"));
    }

    @Test
    void sharesAreIgnoredWhereTheChainHasNoProducersOfItsOwn() {
        Coin layer2 = coin(Consensus.POS).layer(Layer.LAYER_2).producerShares(1, 1).build();
        assertThat(NODE.score(layer2, AS_OF).points()).isEqualTo(0.0);
        Coin parachain = coin(Consensus.POS).hostChain("DOT").sharedSecurity(SharedSecurity.YES).producerShares(1, 1).build();
        ComponentScore score = NODE.score(parachain, AS_OF);
        assertThat(score.points()).isEqualTo(5.0);
        assertThat(score.reasons()).extracting(Reason::text).noneMatch(t -> t.contains("producer_shares"));
    }

    /** Over 1,000 generated share lists per consensus: shares score exactly as the two counts they imply. */
    @Test
    void sharesAlwaysScoreAsTheirCounts() {
        qt().withExamples(1000)
                .forAll(lists().of(integers().between(-20, 1000)).ofSizeBetween(1, 40),
                        integers().between(0, Consensus.values().length - 2)) // NONE, the last, is no chain
                .assuming((amounts, c) -> amounts.stream().anyMatch(a -> a > 0))
                .checkAssert((amounts, c) -> {
                    Consensus consensus = Consensus.values()[c];
                    List<Integer> shares = amounts.stream().map(a -> Math.max(0, a)).toList();
                    Distribution d = Distribution.of(shares);
                    Coin fromShares = coin(consensus).producerShares(shares.stream().mapToDouble(Integer::doubleValue).toArray()).build();
                    Coin fromCounts = coin(consensus).blockProducers(d.size())
                            .nakamotoCoefficient(d.nakamotoCoefficient()).build();
                    ComponentScore a = NODE.score(fromShares, AS_OF);
                    ComponentScore b = NODE.score(fromCounts, AS_OF);
                    assertThat(a.points()).isEqualTo(b.points());
                    assertThat(a.minPoints()).isEqualTo(b.minPoints());
                    assertThat(a.maxPoints()).isEqualTo(b.maxPoints());
                });
    }
}
