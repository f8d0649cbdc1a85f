package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.Reason;
import io.dscore.api.ReasonCode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules every {@link ComponentScorer} keeps, run against each of the five (as Commons Statistics'
 * {@code BaseStatisticTest}): the component it names, points within 0 to the maximum, determinism, reasons
 * summing to the points, points within their range, a single point value when every fact is known, and reason
 * codes of its own component. Each subclass adds one example test per rule of its scorer's table.
 */
abstract class ComponentScorerContractTest {

    static final LocalDate AS_OF = Coins.AS_OF;

    /**
     * Returns a new instance of the scorer under test.
     *
     * @return the scorer
     */
    abstract ComponentScorer scorer();

    /**
     * Returns the component the scorer must score.
     *
     * @return the component
     */
    abstract Component component();

    ComponentScore score(Coin coin) {
        return scorer().score(coin, AS_OF);
    }

    ComponentScore score(Coin.Builder coin) {
        return score(coin.build());
    }

    /** The reason codes of a score, in order. */
    static List<ReasonCode> codes(ComponentScore score) {
        return score.reasons().stream().map(Reason::code).collect(Collectors.toList());
    }

    /** The reason codes of a score without the {@link ReasonCode#UNKNOWN_FACT} notes, in order. */
    static List<ReasonCode> ruleCodes(ComponentScore score) {
        return codes(score).stream().filter(c -> c != ReasonCode.UNKNOWN_FACT).collect(Collectors.toList());
    }

    /** The one reason of a score with the given code. */
    static Reason reason(ComponentScore score, ReasonCode code) {
        List<Reason> found = score.reasons().stream().filter(r -> r.code() == code).collect(Collectors.toList());
        assertThat(found).as("reasons with code %s in %s", code, score.reasons()).hasSize(1);
        return found.get(0);
    }

    /** The {@link ReasonCode#UNKNOWN_FACT} note about one fact. */
    static Reason unknownNote(ComponentScore score, String fact) {
        List<Reason> found = score.reasons().stream()
                .filter(r -> r.code() == ReasonCode.UNKNOWN_FACT && r.text().startsWith(fact + " unknown"))
                .collect(Collectors.toList());
        assertThat(found).as("UNKNOWN_FACT notes on %s in %s", fact, score.reasons()).hasSize(1);
        return found.get(0);
    }

    /** Asserts the points and that no unknown fact leaves them open. */
    static void assertExactly(ComponentScore score, double points) {
        assertThat(score.points()).as("points of %s", score.reasons()).isCloseTo(points, within(1e-9));
        assertThat(score.minPoints()).as("minPoints").isCloseTo(points, within(1e-9));
        assertThat(score.maxPoints()).as("maxPoints").isCloseTo(points, within(1e-9));
    }

    /** Asserts the points and their range. */
    static void assertPoints(ComponentScore score, double min, double points, double max) {
        assertThat(score.points()).as("points of %s", score.reasons()).isCloseTo(points, within(1e-9));
        assertThat(score.minPoints()).as("minPoints of %s", score.reasons()).isCloseTo(min, within(1e-9));
        assertThat(score.maxPoints()).as("maxPoints of %s", score.reasons()).isCloseTo(max, within(1e-9));
    }

    private String codePrefix() {
        switch (component()) {
            case NODE_DISTRIBUTION:
                return "NODE_";
            case INITIAL_DISTRIBUTION:
                return "INITIAL_";
            case GOVERNANCE:
                return "GOVERNANCE_";
            case AGE_AND_HISTORY:
                return "AGE_";
            default:
                return "AUTONOMY_";
        }
    }

    // ---- the shared rules ------------------------------------------------------------------------------

    @Test
    void scorerNamesItsComponent() {
        assertThat(scorer().component()).isEqualTo(component());
        assertThat(score(Coins.known()).component()).isEqualTo(component());
        assertThat(score(Coins.known()).max()).isCloseTo(component().max(), within(0.0));
    }

    @Test
    void pointsLieWithinZeroAndTheMaximum() {
        ComponentScorer scorer = scorer();
        qt().forAll(Coins.coins()).checkAssert(coin -> {
            ComponentScore s = scorer.score(coin, AS_OF);
            assertThat(s.component()).isEqualTo(component());
            assertThat(s.points()).isBetween(0.0, component().max());
            assertThat(s.minPoints()).isBetween(0.0, component().max());
            assertThat(s.maxPoints()).isBetween(0.0, component().max());
            assertThat(s.points() * 2).isCloseTo(Math.rint(s.points() * 2), within(0.0));
        });
    }

    @Test
    void scoringIsDeterministic() {
        ComponentScorer scorer = scorer();
        qt().forAll(Coins.coins()).checkAssert(coin -> {
            ComponentScore first = scorer.score(coin, AS_OF);
            assertThat(scorer.score(coin, AS_OF)).isEqualTo(first);
            assertThat(scorer().score(Coin.builder(coin).build(), AS_OF)).isEqualTo(first);
        });
    }

    @Test
    void reasonsSumToThePoints() {
        ComponentScorer scorer = scorer();
        qt().forAll(Coins.coins()).checkAssert(coin -> {
            ComponentScore s = scorer.score(coin, AS_OF);
            double sum = s.reasons().stream().mapToDouble(Reason::points).sum();
            assertThat(sum).isCloseTo(s.points(), within(1e-9));
        });
    }

    @Test
    void pointsLieWithinTheirRange() {
        ComponentScorer scorer = scorer();
        qt().forAll(Coins.coins()).checkAssert(coin -> {
            ComponentScore s = scorer.score(coin, AS_OF);
            assertThat(s.minPoints()).isLessThanOrEqualTo(s.points());
            assertThat(s.points()).isLessThanOrEqualTo(s.maxPoints());
        });
    }

    @Test
    void allFactsKnownGiveOnePointValue() {
        ComponentScorer scorer = scorer();
        qt().forAll(Coins.knownCoins()).checkAssert(coin -> {
            ComponentScore s = scorer.score(coin, AS_OF);
            assertThat(s.minPoints()).isCloseTo(s.points(), within(0.0));
            assertThat(s.maxPoints()).isCloseTo(s.points(), within(0.0));
            assertThat(s.uncertain()).isFalse();
            assertThat(codes(s)).doesNotContain(ReasonCode.UNKNOWN_FACT);
        });
    }

    @Test
    void reasonCodesBelongToTheComponent() {
        ComponentScorer scorer = scorer();
        qt().forAll(Coins.coins()).checkAssert(coin -> {
            ComponentScore s = scorer.score(coin, AS_OF);
            assertThat(s.reasons()).isNotEmpty();
            assertThat(s.reasons().get(0).code()).as("first reason sets the base").isNotEqualTo(ReasonCode.UNKNOWN_FACT);
            for (Reason r : s.reasons()) {
                assertThat(r.code() == ReasonCode.UNKNOWN_FACT || r.code().name().startsWith(codePrefix()))
                        .as("code %s belongs to %s", r.code(), component()).isTrue();
                assertThat(Double.doubleToRawLongBits(r.points())).as("%s prints as -0.0", r)
                        .isNotEqualTo(Double.doubleToRawLongBits(-0.0));
            }
        });
    }

    @Test
    void unknownFactNotesGiveNoPointsAndComeOnlyWithAWideRange() {
        ComponentScorer scorer = scorer();
        qt().forAll(Coins.coins()).checkAssert(coin -> {
            ComponentScore s = scorer.score(coin, AS_OF);
            for (Reason r : s.reasons()) {
                if (r.code() == ReasonCode.UNKNOWN_FACT) {
                    assertThat(r.points()).isCloseTo(0, within(0.0));
                    assertThat(r.text()).contains(" unknown: ");
                    assertThat(s.uncertain()).isTrue();
                }
            }
        });
    }

    @Test
    void aWideRangeIsExplainedByAnUnknownFactNote() {
        ComponentScorer scorer = scorer();
        qt().forAll(Coins.coins()).checkAssert(coin -> {
            ComponentScore s = scorer.score(coin, AS_OF);
            if (s.uncertain()) {
                assertThat(codes(s)).contains(ReasonCode.UNKNOWN_FACT);
            }
        });
    }

    @Test
    void nullArgumentsAreRejected() {
        Coin coin = Coins.known().build();
        assertThatThrownBy(() -> scorer().score(null, AS_OF)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> scorer().score(coin, null)).isInstanceOf(NullPointerException.class);
    }
}
