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
 * <p>This is why PIT's {@code p >= 1} as {@code p > 1} in {@code NodeDistributionScorer.nakamotoCandidates}
 * survives, and is equivalent: with one producer the mutant tries no coefficient instead of 1, and the producer
 * count already caps the points at least as low as a coefficient of 1 does (30 or 14 for proof of work, 2 for
 * stake and authorities).
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
