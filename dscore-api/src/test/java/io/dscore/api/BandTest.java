package io.dscore.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Band#of(double)} at every boundary, the labels, and the rejected totals. */
class BandTest {

    static Stream<Arguments> boundaries() {
        return Stream.of(
                Arguments.of(0.0, Band.CENTRALIZED),
                Arguments.of(19.5, Band.CENTRALIZED),
                Arguments.of(20.0, Band.CENTRALIZED_LEANING),
                Arguments.of(39.5, Band.CENTRALIZED_LEANING),
                Arguments.of(40.0, Band.MODERATELY_DECENTRALIZED),
                Arguments.of(59.5, Band.MODERATELY_DECENTRALIZED),
                Arguments.of(60.0, Band.DECENTRALIZED),
                Arguments.of(79.5, Band.DECENTRALIZED),
                Arguments.of(80.0, Band.HIGHLY_DECENTRALIZED),
                Arguments.of(100.0, Band.HIGHLY_DECENTRALIZED),
                // between half points, too: the floor is inclusive, the band below ends just under it
                Arguments.of(Math.nextDown(20.0), Band.CENTRALIZED),
                Arguments.of(Math.nextDown(80.0), Band.DECENTRALIZED),
                Arguments.of(-0.0, Band.CENTRALIZED));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("boundaries")
    void totalFallsInTheBandOfItsFloor(double total, Band band) {
        assertThat(Band.of(total)).isEqualTo(band);
    }

    @Test
    void labels() {
        assertThat(Band.HIGHLY_DECENTRALIZED.label()).isEqualTo("Highly Decentralized");
        assertThat(Band.DECENTRALIZED.label()).isEqualTo("Decentralized");
        assertThat(Band.MODERATELY_DECENTRALIZED.label()).isEqualTo("Moderately Decentralized");
        assertThat(Band.CENTRALIZED_LEANING.label()).isEqualTo("Centralized Leaning");
        assertThat(Band.CENTRALIZED.label()).isEqualTo("Centralized");
    }

    @Test
    void floors() {
        assertThat(Band.HIGHLY_DECENTRALIZED.floor()).isCloseTo(80, within(0.0));
        assertThat(Band.DECENTRALIZED.floor()).isCloseTo(60, within(0.0));
        assertThat(Band.MODERATELY_DECENTRALIZED.floor()).isCloseTo(40, within(0.0));
        assertThat(Band.CENTRALIZED_LEANING.floor()).isCloseTo(20, within(0.0));
        assertThat(Band.CENTRALIZED.floor()).isCloseTo(0, within(0.0));
    }

    @Test
    void eachBandIsTheBandOfItsFloor() {
        for (Band band : Band.values()) {
            assertThat(Band.of(band.floor())).isEqualTo(band);
        }
    }

    @Test
    void bandsAreListedFromTheHighestFloorDown() {
        assertThat(Band.values()).containsExactly(Band.HIGHLY_DECENTRALIZED, Band.DECENTRALIZED,
                Band.MODERATELY_DECENTRALIZED, Band.CENTRALIZED_LEANING, Band.CENTRALIZED);
    }

    static Stream<Arguments> invalidTotals() {
        return Stream.of(
                Arguments.of(Double.NaN, "total must be from 0 to 100 (was NaN)"),
                Arguments.of(-1.0, "total must be from 0 to 100 (was -1.0)"),
                Arguments.of(-0.5, "total must be from 0 to 100 (was -0.5)"),
                Arguments.of(100.5, "total must be from 0 to 100 (was 100.5)"),
                Arguments.of(Double.POSITIVE_INFINITY, "total must be from 0 to 100 (was Infinity)"),
                Arguments.of(Double.NEGATIVE_INFINITY, "total must be from 0 to 100 (was -Infinity)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTotals")
    void totalOutsideZeroToHundredIsRejected(double total, String message) {
        assertThatThrownBy(() -> Band.of(total))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
