package io.dscore.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Reason}: its invariants and their messages. */
class ReasonTest {

    static Stream<Arguments> invalidReasons() {
        return Stream.of(
                Arguments.of(ReasonCode.AGE_INCIDENTS, 0.0, "", "text must not be blank (was '')"),
                Arguments.of(ReasonCode.AGE_INCIDENTS, 0.0, " \t", "text must not be blank (was ' \t')"),
                Arguments.of(ReasonCode.AGE_INCIDENTS, 0.3, "text", "points must be a finite multiple of 0.5 (was 0.3)"),
                Arguments.of(ReasonCode.AGE_INCIDENTS, -0.25, "text",
                        "points must be a finite multiple of 0.5 (was -0.25)"),
                Arguments.of(ReasonCode.AGE_INCIDENTS, Double.NaN, "text",
                        "points must be a finite multiple of 0.5 (was NaN)"),
                Arguments.of(ReasonCode.AGE_INCIDENTS, Double.POSITIVE_INFINITY, "text",
                        "points must be a finite multiple of 0.5 (was Infinity)"),
                Arguments.of(ReasonCode.AGE_INCIDENTS, Double.NEGATIVE_INFINITY, "text",
                        "points must be a finite multiple of 0.5 (was -Infinity)"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("invalidReasons")
    void invalidReasonIsRejected(ReasonCode code, double points, String text, String message) {
        assertThatThrownBy(() -> new Reason(code, points, text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void halfPointsPositiveAndNegativeAreAccepted() {
        assertThat(new Reason(ReasonCode.AUTONOMY_MERGE_MINED, 2.5, "merge-mined").points())
                .isCloseTo(2.5, within(0.0));
        assertThat(new Reason(ReasonCode.AGE_INCIDENTS, -5, "incidents 10").points()).isCloseTo(-5, within(0.0));
        assertThat(new Reason(ReasonCode.UNKNOWN_FACT, 0, "x unknown").points()).isCloseTo(0, within(0.0));
        assertThat(new Reason(ReasonCode.NODE_OPEN_MINING, 30, "POW").points()).isCloseTo(30, within(0.0));
    }

    @Test
    void toStringShowsCodePointsAndText() {
        assertThat(new Reason(ReasonCode.NODE_OPEN_MINING, 30, "consensus POW").toString())
                .isEqualTo("NODE_OPEN_MINING 30.0: consensus POW");
        assertThat(new Reason(ReasonCode.AGE_INCIDENTS, -1.5, "incidents 3").toString())
                .isEqualTo("AGE_INCIDENTS -1.5: incidents 3");
    }

    @Test
    void recordEquality() {
        assertThat(new Reason(ReasonCode.AGE_INCIDENTS, -1, "incidents 2"))
                .isEqualTo(new Reason(ReasonCode.AGE_INCIDENTS, -1, "incidents 2"))
                .isNotEqualTo(new Reason(ReasonCode.AGE_INCIDENTS, -1, "incidents 3"));
    }

    @Test
    void nullArgumentsThrowNullPointerExceptionNamingTheParameter() {
        assertThatThrownBy(() -> new Reason(null, 0.0, "text")).isInstanceOf(NullPointerException.class)
                .hasMessage("code");
        assertThatThrownBy(() -> new Reason(ReasonCode.AGE_INCIDENTS, 0.0, null))
                .isInstanceOf(NullPointerException.class).hasMessage("text");
    }
}
