package io.dscore.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link DScoreResult}: invariants and messages, immutability, and the derived totals and band. */
class DScoreResultTest {

    private static final Methodology M = new Methodology("dscore", "1", LocalDate.of(2026, 11, 27));

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 19);
    private static final Coin COIN = CoinValidationTest.valid().build();

    private static ComponentScore score(Component c, double min, double points, double max) {
        List<Reason> reasons = points == 0 ? List.of()
                : List.of(new Reason(ReasonCode.UNKNOWN_FACT, points, c + " " + points));
        return new ComponentScore(c, points, min, max, reasons);
    }

    private static ComponentScore score(Component c, double points) {
        return score(c, points, points, points);
    }

    /** Flux as published: 30 + 13 + 7 + 13 + 5 = 68. */
    private static List<ComponentScore> flux() {
        return List.of(score(Component.NODE_DISTRIBUTION, 30), score(Component.INITIAL_DISTRIBUTION, 13),
                score(Component.GOVERNANCE, 7), score(Component.AGE_AND_HISTORY, 13), score(Component.AUTONOMY, 5));
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThatThrownBy(() -> new DScoreResult(null, AS_OF, M, flux()))
                .isInstanceOf(NullPointerException.class).hasMessage("coin");
        assertThatThrownBy(() -> new DScoreResult(COIN, null, M, flux()))
                .isInstanceOf(NullPointerException.class).hasMessage("asOf");
        assertThatThrownBy(() -> new DScoreResult(COIN, AS_OF, null, flux()))
                .isInstanceOf(NullPointerException.class).hasMessage("methodology");
        assertThatThrownBy(() -> new DScoreResult(COIN, AS_OF, M, null))
                .isInstanceOf(NullPointerException.class).hasMessage("components");
    }

    @Test
    void nullComponentScoreIsRejected() {
        List<ComponentScore> withNull = new ArrayList<>(flux());
        withNull.set(2, null);
        assertThatThrownBy(() -> new DScoreResult(COIN, AS_OF, M, withNull))
                .isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class);
    }

    @Test
    void oneScorePerComponentIsRequired() {
        assertThatThrownBy(() -> new DScoreResult(COIN, AS_OF, M, flux().subList(0, 4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("components must hold one score per component, 5 (was 4)");
        assertThatThrownBy(() -> new DScoreResult(COIN, AS_OF, M, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("components must hold one score per component, 5 (was 0)");
        List<ComponentScore> six = new ArrayList<>(flux());
        six.add(score(Component.AUTONOMY, 5));
        assertThatThrownBy(() -> new DScoreResult(COIN, AS_OF, M, six))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("components must hold one score per component, 5 (was 6)");
    }

    @Test
    void scoresMustBeInComponentOrder() {
        List<ComponentScore> swapped = new ArrayList<>(flux());
        swapped.set(1, flux().get(2));
        swapped.set(2, flux().get(1));
        assertThatThrownBy(() -> new DScoreResult(COIN, AS_OF, M, swapped))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("components[1] must be INITIAL_DISTRIBUTION (was GOVERNANCE)");
        List<ComponentScore> twice = new ArrayList<>(flux());
        twice.set(4, score(Component.NODE_DISTRIBUTION, 0));
        assertThatThrownBy(() -> new DScoreResult(COIN, AS_OF, M, twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("components[4] must be AUTONOMY (was NODE_DISTRIBUTION)");
    }

    @Test
    void accessors() {
        DScoreResult result = new DScoreResult(COIN, AS_OF, M, flux());
        assertThat(result.coin()).isSameAs(COIN);
        assertThat(result.asOf()).isEqualTo(AS_OF);
        assertThat(result.components()).containsExactlyElementsOf(flux());
        for (Component c : Component.values()) {
            assertThat(result.component(c).component()).isEqualTo(c);
            assertThat(result.component(c)).isEqualTo(flux().get(c.ordinal()));
        }
        assertThatThrownBy(() -> result.component(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void totalIsTheSumAndBandIsTheBandOfTheTotal() {
        DScoreResult result = new DScoreResult(COIN, AS_OF, M, flux());
        assertThat(result.total()).isCloseTo(68, within(1e-9));
        assertThat(result.band()).isEqualTo(Band.DECENTRALIZED);
        assertThat(result.totalMin()).isCloseTo(68, within(1e-9));
        assertThat(result.totalMax()).isCloseTo(68, within(1e-9));
        assertThat(result.bandCertain()).isTrue();
    }

    @Test
    void extremeTotals() {
        List<ComponentScore> zero = new ArrayList<>();
        List<ComponentScore> full = new ArrayList<>();
        for (Component c : Component.values()) {
            zero.add(score(c, 0));
            full.add(score(c, c.max()));
        }
        DScoreResult none = new DScoreResult(COIN, AS_OF, M, zero);
        assertThat(none.total()).isCloseTo(0, within(1e-9));
        assertThat(none.band()).isEqualTo(Band.CENTRALIZED);
        DScoreResult all = new DScoreResult(COIN, AS_OF, M, full);
        assertThat(all.total()).isCloseTo(100, within(1e-9));
        assertThat(all.band()).isEqualTo(Band.HIGHLY_DECENTRALIZED);
    }

    @Test
    void totalRangeSumsTheComponentRanges() {
        List<ComponentScore> scores = List.of(
                score(Component.NODE_DISTRIBUTION, 0, 30, 30),
                score(Component.INITIAL_DISTRIBUTION, 6, 13, 25),
                score(Component.GOVERNANCE, 7, 7, 20),
                score(Component.AGE_AND_HISTORY, 8, 13, 13),
                score(Component.AUTONOMY, 2.5, 5, 5));
        DScoreResult result = new DScoreResult(COIN, AS_OF, M, scores);
        assertThat(result.total()).isCloseTo(68, within(1e-9));
        assertThat(result.totalMin()).isCloseTo(23.5, within(1e-9));
        assertThat(result.totalMax()).isCloseTo(93, within(1e-9));
        assertThat(result.bandCertain()).isFalse();
    }

    @Test
    void bandCertainWhenTheWholeRangeIsInOneBand() {
        List<ComponentScore> inside = List.of(
                score(Component.NODE_DISTRIBUTION, 28, 30, 30),
                score(Component.INITIAL_DISTRIBUTION, 13),
                score(Component.GOVERNANCE, 7),
                score(Component.AGE_AND_HISTORY, 13),
                score(Component.AUTONOMY, 5));
        DScoreResult result = new DScoreResult(COIN, AS_OF, M, inside);
        assertThat(result.totalMin()).isCloseTo(66, within(1e-9));
        assertThat(result.bandCertain()).isTrue();
        // a range that just reaches the next floor is not certain
        List<ComponentScore> reaching = new ArrayList<>(inside);
        reaching.set(2, score(Component.GOVERNANCE, 7, 7, 19));
        DScoreResult reachingResult = new DScoreResult(COIN, AS_OF, M, reaching);
        assertThat(reachingResult.totalMax()).isCloseTo(80, within(1e-9));
        assertThat(reachingResult.bandCertain()).isFalse();
        // and one that stops half a point below it is
        reaching.set(2, score(Component.GOVERNANCE, 7, 7, 18.5));
        assertThat(new DScoreResult(COIN, AS_OF, M, reaching).bandCertain()).isTrue();
    }

    @Test
    void componentsAreCopied() {
        List<ComponentScore> scores = new ArrayList<>(flux());
        DScoreResult result = new DScoreResult(COIN, AS_OF, M, scores);
        scores.set(4, score(Component.AUTONOMY, 0));
        assertThat(result.component(Component.AUTONOMY).points()).isCloseTo(5, within(0.0));
    }

    @Test
    void componentsAreUnmodifiable() {
        List<ComponentScore> components = new DScoreResult(COIN, AS_OF, M, flux()).components();
        assertThatThrownBy(() -> components.set(0, score(Component.NODE_DISTRIBUTION, 0)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> components.add(score(Component.AUTONOMY, 0)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(components::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void recordEquality() {
        assertThat(new DScoreResult(COIN, AS_OF, M, flux())).isEqualTo(new DScoreResult(COIN, AS_OF, M,
                Arrays.asList(flux().toArray(new ComponentScore[0]))));
        assertThat(new DScoreResult(COIN, AS_OF, M, flux()))
                .isNotEqualTo(new DScoreResult(COIN, AS_OF.plusDays(1), M, flux()))
                .isNotEqualTo(new DScoreResult(COIN, AS_OF, new Methodology("dscore", "0", AS_OF), flux()));
    }
}
