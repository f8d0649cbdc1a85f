package io.dscore.core;

import io.dscore.api.Fact;
import static org.assertj.core.api.Assertions.assertThat;

import io.dscore.api.Coin;
import io.dscore.api.ComponentScore;
import io.dscore.api.Consensus;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A chain with a single block producer: its Nakamoto coefficient can only be 1, so leaving it unknown changes
 * neither the points nor their range.
 *
 * <p>Mutation testing notes for the code this class covers: {@code docs/mutation.md}.
 */
class NodeDistributionSingleProducerTest {

    private static final NodeDistributionScorer NODE = new NodeDistributionScorer();

    @ParameterizedTest
    @EnumSource(value = Consensus.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void anUnknownNakamotoCoefficientOfOneProducerScoresAsOne(Consensus consensus) {
        Coin unknown = Coins.known().consensus(consensus).blockProducers(1).unknown(Fact.NAKAMOTO_COEFFICIENT)
                .build();
        Coin one = Coin.builder(unknown).nakamotoCoefficient(1).build();

        ComponentScore withUnknown = NODE.score(unknown, Coins.AS_OF);
        ComponentScore withOne = NODE.score(one, Coins.AS_OF);

        assertThat(withUnknown.points()).isEqualTo(withOne.points());
        assertThat(withUnknown.minPoints()).isEqualTo(withOne.minPoints());
        assertThat(withUnknown.maxPoints()).isEqualTo(withOne.maxPoints());
        assertThat(withUnknown.uncertain()).isFalse();
    }
}
