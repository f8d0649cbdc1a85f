package io.dscore.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Improvement}: its validation (one row per rule, whole message) and its one-line form. */
class ImprovementTest {

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of(Fact.GOVERNANCE, " ", "ON_CHAIN", 18.0, "from must not be blank (was ' ')"),
                Arguments.of(Fact.GOVERNANCE, "COMPANY", "", 18.0, "to must not be blank (was '')"),
                Arguments.of(Fact.GOVERNANCE, "COMPANY", "ON_CHAIN", 0.0, "gain must be > 0 (was 0.0)"),
                Arguments.of(Fact.GOVERNANCE, "COMPANY", "ON_CHAIN", -0.5, "gain must be > 0 (was -0.5)"),
                Arguments.of(Fact.GOVERNANCE, "COMPANY", "ON_CHAIN", 0.25,
                        "gain must be a finite multiple of 0.5 (was 0.25)"),
                Arguments.of(Fact.GOVERNANCE, "COMPANY", "ON_CHAIN", Double.NaN,
                        "gain must be a finite multiple of 0.5 (was NaN)"),
                Arguments.of(Fact.GOVERNANCE, "COMPANY", "ON_CHAIN", Double.POSITIVE_INFINITY,
                        "gain must be a finite multiple of 0.5 (was Infinity)"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void invalidArgumentsAreRejectedNamingTheFieldAndTheValue(Fact fact, String from, String to, double gain,
                                                              String message) {
        assertThatThrownBy(() -> new Improvement(fact, from, to, gain))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void theSmallestGainIsHalfAPoint() {
        Improvement improvement = new Improvement(Fact.DEV_FUND_PCT, "unknown", "0", 0.5);

        assertThat(improvement.gain()).isCloseTo(0.5, within(0.0));
        assertThat(improvement.from()).isEqualTo("unknown");
        assertThat(improvement.to()).isEqualTo("0");
        assertThat(improvement.fact()).isEqualTo(Fact.DEV_FUND_PCT);
    }

    @Test
    void toStringNamesTheColumnBothValuesAndTheGain() {
        assertThat(new Improvement(Fact.GOVERNANCE, "FOUNDATION", "ON_CHAIN", 9))
                .hasToString("governance FOUNDATION -> ON_CHAIN: +9");
        assertThat(new Improvement(Fact.BLOCK_PRODUCERS, "45", "1000", 21))
                .hasToString("block_producers 45 -> 1000: +21");
    }

    @Test
    void toStringKeepsAHalfPoint() {
        assertThat(new Improvement(Fact.INSIDER_ALLOCATION_PCT, "12.5", "0", 2.5))
                .hasToString("insider_allocation_pct 12.5 -> 0: +2.5");
    }

    @Test
    void nullArgumentsThrowNullPointerExceptionNamingTheParameter() {
        assertThatThrownBy(() -> new Improvement(null, "COMPANY", "ON_CHAIN", 18.0))
                .isInstanceOf(NullPointerException.class).hasMessage("fact");
        assertThatThrownBy(() -> new Improvement(Fact.GOVERNANCE, null, "ON_CHAIN", 18.0))
                .isInstanceOf(NullPointerException.class).hasMessage("from");
        assertThatThrownBy(() -> new Improvement(Fact.GOVERNANCE, "COMPANY", null, 18.0))
                .isInstanceOf(NullPointerException.class).hasMessage("to");
    }
}
