package io.dscore.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ComponentScore}: every invariant and its message, immutability, and the derived accessors. */
class ComponentScoreTest {

    private static final Reason BASE_20 = new Reason(ReasonCode.GOVERNANCE_DECISION_MAKERS, 20, "foundation");
    private static final Reason CAP_4 = new Reason(ReasonCode.GOVERNANCE_INVESTOR_INFLUENCE, -4, "investors");

    private static List<Reason> reasonsSumming(double points) {
        return List.of(new Reason(ReasonCode.UNKNOWN_FACT, points, "sum"));
    }

    static Stream<Arguments> invalidScores() {
        return Stream.of(
                // multiples of 0.5
                Arguments.of(Component.GOVERNANCE, 0.25, 0.0, 1.0, List.of(),
                        "points must be a finite multiple of 0.5 (was 0.25)"),
                Arguments.of(Component.GOVERNANCE, 1.0, 0.1, 1.0, reasonsSumming(1),
                        "minPoints must be a finite multiple of 0.5 (was 0.1)"),
                Arguments.of(Component.GOVERNANCE, 1.0, 1.0, 1.7, reasonsSumming(1),
                        "maxPoints must be a finite multiple of 0.5 (was 1.7)"),
                Arguments.of(Component.GOVERNANCE, Double.NaN, 0.0, 1.0, List.of(),
                        "points must be a finite multiple of 0.5 (was NaN)"),
                Arguments.of(Component.GOVERNANCE, 1.0, Double.NEGATIVE_INFINITY, 1.0, reasonsSumming(1),
                        "minPoints must be a finite multiple of 0.5 (was -Infinity)"),
                Arguments.of(Component.GOVERNANCE, 1.0, 1.0, Double.POSITIVE_INFINITY, reasonsSumming(1),
                        "maxPoints must be a finite multiple of 0.5 (was Infinity)"),
                // 0 <= minPoints <= points <= maxPoints <= max
                Arguments.of(Component.NODE_DISTRIBUTION, 0.0, -0.5, 0.0, List.of(),
                        "NODE_DISTRIBUTION points must satisfy 0 <= minPoints <= points <= maxPoints <= max "
                                + "(was -0.5, 0.0, 0.0, max 30.0)"),
                Arguments.of(Component.NODE_DISTRIBUTION, -1.0, -1.0, -1.0, reasonsSumming(-1),
                        "NODE_DISTRIBUTION points must satisfy 0 <= minPoints <= points <= maxPoints <= max "
                                + "(was -1.0, -1.0, -1.0, max 30.0)"),
                Arguments.of(Component.NODE_DISTRIBUTION, 4.0, 5.0, 6.0, reasonsSumming(4),
                        "NODE_DISTRIBUTION points must satisfy 0 <= minPoints <= points <= maxPoints <= max "
                                + "(was 5.0, 4.0, 6.0, max 30.0)"),
                Arguments.of(Component.INITIAL_DISTRIBUTION, 7.0, 5.0, 6.0, reasonsSumming(7),
                        "INITIAL_DISTRIBUTION points must satisfy 0 <= minPoints <= points <= maxPoints <= max "
                                + "(was 5.0, 7.0, 6.0, max 25.0)"),
                Arguments.of(Component.AUTONOMY, 5.0, 5.0, 5.5, reasonsSumming(5),
                        "AUTONOMY points must satisfy 0 <= minPoints <= points <= maxPoints <= max "
                                + "(was 5.0, 5.0, 5.5, max 5.0)"),
                Arguments.of(Component.AGE_AND_HISTORY, 15.5, 15.5, 15.5, reasonsSumming(15.5),
                        "AGE_AND_HISTORY points must satisfy 0 <= minPoints <= points <= maxPoints <= max "
                                + "(was 15.5, 15.5, 15.5, max 15.0)"),
                // reasons sum to the points
                Arguments.of(Component.GOVERNANCE, 6.0, 0.0, 25.0, reasonsSumming(5),
                        "GOVERNANCE reasons must sum to the points (reasons sum to 5.0, points 6.0)"),
                Arguments.of(Component.GOVERNANCE, 20.0, 0.0, 25.0, List.of(BASE_20, CAP_4),
                        "GOVERNANCE reasons must sum to the points (reasons sum to 16.0, points 20.0)"),
                Arguments.of(Component.GOVERNANCE, 1.0, 0.0, 25.0, List.of(),
                        "GOVERNANCE reasons must sum to the points (reasons sum to 0.0, points 1.0)"));
    }

    @ParameterizedTest(name = "{5}")
    @MethodSource("invalidScores")
    void invalidScoreIsRejected(Component component, double points, double minPoints, double maxPoints,
                                List<Reason> reasons, String message) {
        assertThatThrownBy(() -> new ComponentScore(component, points, minPoints, maxPoints, reasons))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void nullReasonIsRejected() {
        List<Reason> withNull = Arrays.asList(BASE_20, null);
        assertThatThrownBy(() -> new ComponentScore(Component.GOVERNANCE, 20, 20, 20, withNull))
                .isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class);
    }

    @Test
    void boundariesAreAccepted() {
        assertThat(new ComponentScore(Component.NODE_DISTRIBUTION, 0, 0, 0, List.of()).points())
                .isCloseTo(0, within(0.0));
        for (Component c : Component.values()) {
            ComponentScore full = new ComponentScore(c, c.max(), c.max(), c.max(), reasonsSumming(c.max()));
            assertThat(full.points()).isCloseTo(c.max(), within(0.0));
            ComponentScore wide = new ComponentScore(c, 0, 0, c.max(), List.of());
            assertThat(wide.maxPoints()).isCloseTo(c.max(), within(0.0));
        }
    }

    @Test
    void reasonsAreSummedInOrder() {
        ComponentScore score = new ComponentScore(Component.GOVERNANCE, 16, 16, 16, List.of(BASE_20, CAP_4));
        assertThat(score.reasons()).containsExactly(BASE_20, CAP_4);
        assertThat(score.points()).isCloseTo(16, within(0.0));
    }

    @Test
    void reasonsAreCopied() {
        List<Reason> reasons = new ArrayList<>(List.of(BASE_20, CAP_4));
        ComponentScore score = new ComponentScore(Component.GOVERNANCE, 16, 16, 16, reasons);
        reasons.clear();
        assertThat(score.reasons()).containsExactly(BASE_20, CAP_4);
    }

    @Test
    void reasonsAreUnmodifiable() {
        ComponentScore score = new ComponentScore(Component.GOVERNANCE, 16, 16, 16, List.of(BASE_20, CAP_4));
        List<Reason> reasons = score.reasons();
        assertThatThrownBy(() -> reasons.add(BASE_20)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> reasons.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(reasons::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void maxIsTheComponentMaximum() {
        for (Component c : Component.values()) {
            assertThat(new ComponentScore(c, 0, 0, 0, List.of()).max()).isCloseTo(c.max(), within(0.0));
        }
    }

    @Test
    void uncertainWhenTheRangeIsWide() {
        assertThat(new ComponentScore(Component.AUTONOMY, 0, 0, 2.5, List.of()).uncertain()).isTrue();
        assertThat(new ComponentScore(Component.AUTONOMY, 0, 0, 0, List.of()).uncertain()).isFalse();
        assertThat(new ComponentScore(Component.AUTONOMY, 5, 5, 5, reasonsSumming(5)).uncertain()).isFalse();
    }

    @Test
    void nullArgumentsThrowNullPointerExceptionNamingTheParameter() {
        assertThatThrownBy(() -> new ComponentScore(null, 0.0, 0.0, 0.0, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("component");
        assertThatThrownBy(() -> new ComponentScore(Component.GOVERNANCE, 0.0, 0.0, 0.0, null))
                .isInstanceOf(NullPointerException.class).hasMessage("reasons");
    }
}
