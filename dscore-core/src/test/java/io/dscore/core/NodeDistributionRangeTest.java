package io.dscore.core;

import io.dscore.api.Fact;
import static org.assertj.core.api.Assertions.assertThat;

import io.dscore.api.Coin;
import io.dscore.api.SharedSecurity;
import io.dscore.api.ComponentScore;
import io.dscore.api.Consensus;
import io.dscore.api.Layer;
import io.dscore.api.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The range of Node distribution when the producer count is unknown but the Nakamoto coefficient is known: the
 * count is at least the coefficient, so the lowest candidate is the coefficient, not 0.
 *
 * <p>Mutation testing notes for the code this class covers: {@code docs/mutation.md}.
 */
class NodeDistributionRangeTest {

    private static final NodeDistributionScorer NODE = new NodeDistributionScorer();

    private static ComponentScore node(Coin.Builder coin) {
        return NODE.score(coin.build(), Coins.AS_OF);
    }

    @Test
    void anUnknownProducerCountRangesFromTheNakamotoCoefficientUp() {
        // proof of work, coefficient 3: 3 or more producers all allow 30
        ComponentScore pow = node(Coins.known().unknown(Fact.BLOCK_PRODUCERS).nakamotoCoefficient(3));
        assertThat(List.of(pow.points(), pow.minPoints(), pow.maxPoints())).containsExactly(30.0, 30.0, 30.0);

        // stake, coefficient 5: at most 18; 5 producers allow only 2, very many 28
        ComponentScore stake = node(Coins.known().consensus(Consensus.POS).unknown(Fact.BLOCK_PRODUCERS)
                .nakamotoCoefficient(5));
        assertThat(List.of(stake.points(), stake.minPoints(), stake.maxPoints())).containsExactly(18.0, 2.0, 18.0);
    }

    @Test
    void factsThatReachPartOfTheRangeOnlyTogetherGetANoteNamingThem() {
        // a parachain: unknown shared security counts as YES (5); NO alone gives the stake default 20; 0 needs NO
        // and no producers, 28 needs NO and many producers with a high Nakamoto coefficient
        Coin coin = Coins.known().layer(Layer.LAYER_1).consensus(Consensus.POS).hostChain("DOT")
                .sharedSecurity(SharedSecurity.UNKNOWN).unknown(Fact.BLOCK_PRODUCERS)
                .unknown(Fact.NAKAMOTO_COEFFICIENT).build();
        ComponentScore score = NODE.score(coin, Coins.AS_OF);
        assertThat(List.of(score.points(), score.minPoints(), score.maxPoints())).containsExactly(5.0, 0.0, 28.0);
        assertThat(score.reasons()).extracting(Reason::text).containsSubsequence(
                "shared_security unknown: 5 to 20 depending on it (range +15)",
                "shared_security and block_producers and nakamoto_coefficient unknown: 0 to 28 depending on them"
                        + " together (range +28)");
    }

    @Test
    void noUnknownNodeFactsNeedANoteTogether() {
        List<OptionalInt> producers = new ArrayList<>(List.of(OptionalInt.empty()));
        for (int p : new int[] {0, 1, 2, 3, 5, 9, 10, 99, 100, 299, 300, 999, 1000, 5000}) {
            producers.add(OptionalInt.of(p));
        }
        List<OptionalInt> coefficients = new ArrayList<>(List.of(OptionalInt.empty()));
        for (int n : new int[] {1, 2, 3, 4, 5, 9, 10, 50}) {
            coefficients.add(OptionalInt.of(n));
        }
        int checked = 0;
        for (Consensus consensus : Consensus.values()) {
            if (consensus == Consensus.NONE) {
                continue; // not a chain of its own
            }
            // a known shared security: with a host chain, an unknown one counts as YES, and reaching 0 then takes
            // both NO and no producers, which the note "together" rightly says
            for (SharedSecurity shared : new SharedSecurity[] {SharedSecurity.YES, SharedSecurity.NO}) {
                for (OptionalInt p : producers) {
                    for (OptionalInt n : coefficients) {
                        if (p.isPresent() && n.isPresent() && n.getAsInt() > p.getAsInt()) {
                            continue;
                        }
                        Coin.Builder b = Coins.known().layer(Layer.LAYER_1).consensus(consensus).hostChain("DOT")
                                .sharedSecurity(shared).unknown(Fact.BLOCK_PRODUCERS).unknown(Fact.NAKAMOTO_COEFFICIENT);
                        p.ifPresent(b::blockProducers);
                        n.ifPresent(b::nakamotoCoefficient);
                        Coin coin = b.build();
                        assertThat(NODE.score(coin, Coins.AS_OF).reasons()).extracting(Reason::text)
                                .as("%s", coin).noneMatch(text -> text.contains("together"));
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(1000);
    }
}
