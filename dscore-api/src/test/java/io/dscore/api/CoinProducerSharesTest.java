package io.dscore.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code producer_shares} column of {@link Coin}: copying, validation, and agreement with the two counts. */
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
    void sharesAreCopiedAndUnmodifiable() {
        List<Double> given = new ArrayList<>(List.of(3.0, 2.0, 1.0));
        Coin coin = Coin.builder(FLUX).producerShares(given).build();
        given.set(0, 100.0);
        assertThat(coin.producerShares()).containsExactly(3.0, 2.0, 1.0);
        assertThatThrownBy(() -> coin.producerShares().add(1.0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anyNumbersAreAcceptedAndNegativeZeroReadsAsZero() {
        Coin coin = Coin.builder(FLUX).producerShares(List.of(3, 2L, new BigDecimal("1.5"), -0.0)).build();
        assertThat(coin.producerShares()).containsExactly(3.0, 2.0, 1.5, 0.0);
        assertThat(Double.doubleToRawLongBits(coin.producerShares().get(3))).isZero();
    }

    @Test
    void noSharesMarksThemUnknown() {
        assertThat(Coin.builder(FLUX).producerShares(3, 2).producerShares().build().producerShares()).isEmpty();
        assertThat(Coin.builder(FLUX).producerShares(List.of()).build().producerShares()).isEmpty();
    }

    @Test
    void countsThatAgreeWithTheSharesAreAccepted() {
        // positive shares: 5; Nakamoto: total 12, top 2 = 4 + 3 = 7 > 6
        Coin coin = Coin.builder(FLUX).producerShares(4, 3, 2, 0, 2, 1).blockProducers(5).nakamotoCoefficient(2)
                .build();
        assertThat(coin.blockProducers()).isEqualTo(OptionalInt.of(5));
        assertThat(coin.nakamotoCoefficient()).isEqualTo(OptionalInt.of(2));
        // [3, 2, 1]: the largest holds exactly half, which is not a majority
        assertThat(Coin.builder(FLUX).producerShares(3, 2, 1).nakamotoCoefficient(2).build().nakamotoCoefficient())
                .isEqualTo(OptionalInt.of(2));
        // 0.1 + 0.2 as doubles is slightly more than 0.3 as a double: no majority for the largest
        assertThat(Coin.builder(FLUX).producerShares(0.1, 0.2, 0.3).nakamotoCoefficient(2).build()
                .nakamotoCoefficient()).isEqualTo(OptionalInt.of(2));
    }

    static Stream<Arguments> invalidShares() {
        return Stream.of(
                Arguments.of(Arrays.asList(1.0, -1.0), "producerShares[1] must be a finite amount >= 0 (was -1.0)"),
                Arguments.of(Arrays.asList(1.0, 2.0, Double.NaN),
                        "producerShares[2] must be a finite amount >= 0 (was NaN)"),
                Arguments.of(Arrays.asList(Double.POSITIVE_INFINITY),
                        "producerShares[0] must be a finite amount >= 0 (was Infinity)"),
                Arguments.of(Arrays.asList(1.0, null), "producerShares[1] is required (was null)"),
                Arguments.of(Arrays.asList(0.0, 0.0, 0.0),
                        "producerShares must hold a positive amount "
                                + "(producerShares[0] to producerShares[2] are all 0)"),
                Arguments.of(Arrays.asList(Double.MAX_VALUE, Double.MAX_VALUE),
                        "producerShares must have a finite total (the sum passes 1.7976931348623157E308 at "
                                + "producerShares[1], was 1.7976931348623157E308)"));
    }

    @ParameterizedTest
    @MethodSource("invalidShares")
    void invalidSharesAreRejected(List<Double> shares, String message) {
        assertThatThrownBy(() -> Coin.builder(FLUX).producerShares(shares).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void nullSharesAreRejected() {
        assertThatThrownBy(() -> Coin.builder(FLUX).producerShares((double[]) null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("producerShares is required (was null)");
        assertThatThrownBy(() -> Coin.builder(FLUX).producerShares((List<Double>) null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("producerShares is required (was null)");
    }

    @Test
    void aProducerCountThatContradictsTheSharesIsRejected() {
        assertThatThrownBy(() -> Coin.builder(FLUX).producerShares(4, 3, 0, 2).blockProducers(4).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("blockProducers contradicts producerShares (was blockProducers 4, producerShares has 3 "
                        + "positive amounts)");
    }

    @Test
    void aNakamotoCoefficientThatContradictsTheSharesIsRejected() {
        assertThatThrownBy(() -> Coin.builder(FLUX).producerShares(3, 2, 1).nakamotoCoefficient(1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nakamotoCoefficient contradicts producerShares (was nakamotoCoefficient 1, "
                        + "producerShares give a Nakamoto coefficient of 2)");
        assertThatThrownBy(() -> Coin.builder(FLUX).producerShares(60, 30, 10).nakamotoCoefficient(2).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(was nakamotoCoefficient 2, producerShares give a Nakamoto coefficient of 1)");
    }
}
