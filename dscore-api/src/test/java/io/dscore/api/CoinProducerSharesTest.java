package io.dscore.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code producer_shares} column of {@link Coin}: copying, validation, and agreement with the producer count
 * (the scorer checks the Nakamoto coefficient against the shares: it computes concentration).
 */
class CoinProducerSharesTest {

    /** The first example of the Coin Javadoc. */
    private static final Coin FLUX = Coin.builder()
            .name("Flux").symbol("FLUX")
            .layer(Layer.LAYER_1).consensus(Consensus.POW)
            .launchType(LaunchType.FAIR_LAUNCH).launchYear(2020)
            .vcFunded(VcFunding.NO).insiderAllocationPct(5.3).devFundPct(3.6)
            .governance(Governance.COMPANY).incidents(0).adminControl(AdminControl.NONE)
            .build();

    @Test
    void sharesAreUnknownByDefault() {
        assertThat(FLUX.producerShares()).isEmpty();
    }

    /** The second example of the Coin Javadoc. */
    @Test
    void javadocExample() {
        Coin coin = Coin.builder(FLUX).producerShares(410, 388, 201, 105, 99, 40).build();
        assertThat(coin.producerShares()).containsExactly(410.0, 388.0, 201.0, 105.0, 99.0, 40.0);
        assertThat(Coin.builder(coin).build()).isEqualTo(coin);
    }

    @Test
    void sharesAreUnmodifiableAndNegativeZeroReadsAsZero() {
        Coin coin = Coin.builder(FLUX).producerShares(3, 2, 1.5, -0.0).build();
        assertThat(coin.producerShares()).containsExactly(3.0, 2.0, 1.5, 0.0);
        assertThat(Double.doubleToRawLongBits(coin.producerShares().get(3))).isZero();
        assertThatThrownBy(() -> coin.producerShares().add(1.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void unknownMakesThemUnknownAndNoAmountIsRejected() {
        assertThat(Coin.builder(FLUX).producerShares(3, 2).unknown(Fact.PRODUCER_SHARES).build().producerShares())
                .isEmpty();
        assertThatThrownBy(() -> Coin.builder(FLUX).producerShares())
                .isInstanceOf(InvalidFactException.class)
                .hasMessage("producer_shares needs at least one amount (unknown(Fact.PRODUCER_SHARES) makes it unknown)");
    }

    @Test
    void countsThatAgreeWithTheSharesAreAccepted() {
        // positive shares: 5; Nakamoto: total 12, top 2 = 4 + 3 = 7 > 6
        Coin coin = Coin.builder(FLUX).producerShares(4, 3, 2, 0, 2, 1).blockProducers(5).nakamotoCoefficient(2)
                .build();
        assertThat(coin.blockProducers()).isEqualTo(OptionalInt.of(5));
        assertThat(coin.nakamotoCoefficient()).isEqualTo(OptionalInt.of(2));
    }

    static Stream<Arguments> invalidShares() {
        return Stream.of(
                Arguments.of(new double[] {1, -1}, "-1.0", "amount 2 of 2 must be a finite amount >= 0"),
                Arguments.of(new double[] {1, 2, Double.NaN}, "NaN", "amount 3 of 3 must be a finite amount >= 0"),
                Arguments.of(new double[] {Double.POSITIVE_INFINITY}, "Infinity",
                        "amount 1 of 1 must be a finite amount >= 0"),
                Arguments.of(new double[] {0, 0, 0}, null, "must hold a positive amount (all 3 are 0)"),
                Arguments.of(new double[] {Double.MAX_VALUE, Double.MAX_VALUE}, "1.7976931348623157E308",
                        "must have a finite total (the sum passes 1.7976931348623157E308 at amount 2 of 2)"));
    }

    @ParameterizedTest
    @MethodSource("invalidShares")
    void invalidSharesAreRejected(double[] shares, String value, String problem) {
        assertThatThrownBy(() -> Coin.builder(FLUX).producerShares(shares).build())
                .isInstanceOfSatisfying(InvalidFactException.class, e -> {
                    assertThat(e.fact()).isEqualTo(Fact.PRODUCER_SHARES);
                    assertThat(e.value()).isEqualTo(value);
                    assertThat(e.problem()).isEqualTo(problem);
                });
    }

    @Test
    void aProducerCountThatContradictsTheSharesIsRejected() {
        assertThatThrownBy(() -> Coin.builder(FLUX).producerShares(4, 3, 0, 2).blockProducers(4).build())
                .isInstanceOf(InvalidFactException.class)
                .hasMessage("block_producers contradicts producer_shares, which has 3 positive amounts (was 4)");
    }
}
