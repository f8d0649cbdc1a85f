package io.dscore.core;

import io.dscore.api.Fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.DScoreResult;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** {@link DScore} and {@link Scorer}: the as-of date, withers, argument checks, scoring as of today. */
class ScorerTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 19);

    private static Coin launched(int year) {
        return Coins.known().launchYear(year).build();
    }

    @Test
    void asOfBefore2008IsRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DScore.asOf(java.time.LocalDate.of(2007, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("asOf must be in 2008 or later (was 2007-12-31)");
        org.assertj.core.api.Assertions.assertThat(DScore.asOf(java.time.LocalDate.of(2008, 1, 1)).asOf().getYear())
                .isEqualTo(2008);
    }

    @Test
    void asOfIsTheDateGiven() {
        assertThat(DScore.asOf(AS_OF).asOf()).isEqualTo(AS_OF);
        assertThat(DScore.asOf(AS_OF).scoreOf(launched(2020)).asOf()).isEqualTo(AS_OF);
    }

    @Test
    void withAsOfReturnsANewScorerAndLeavesThisOneUnchanged() {
        Scorer scorer = DScore.asOf(AS_OF);
        Scorer later = scorer.withAsOf(LocalDate.of(2033, 1, 1));
        assertThat(later).isNotSameAs(scorer);
        assertThat(later.asOf()).isEqualTo(LocalDate.of(2033, 1, 1));
        assertThat(scorer.asOf()).isEqualTo(AS_OF);
        Coin coin = launched(2020);
        assertThat(scorer.scoreOf(coin).component(Component.AGE_AND_HISTORY).points()).isCloseTo(13, within(0.0));
        assertThat(later.scoreOf(coin).component(Component.AGE_AND_HISTORY).points()).isCloseTo(15, within(0.0));
    }

    @Test
    void toStringNamesTheDate() {
        assertThat(DScore.asOf(AS_OF)).hasToString("Scorer[asOf=2026-06-19]");
    }

    @Test
    void aLaunchYearAfterTheAsOfDateIsRejected() {
        assertThatThrownBy(() -> DScore.asOf(AS_OF).scoreOf(launched(2027)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("launch_year must not be after the as-of date 2026-06-19 (was 2027)");
        assertThatThrownBy(() -> DScore.asOf(LocalDate.of(2019, 12, 31)).scoreOf(launched(2020)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("launch_year must not be after the as-of date 2019-12-31 (was 2020)");
        assertThatThrownBy(() -> DScore.asOf(AS_OF).scoreAll(List.of(launched(2020), launched(2027))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("launch_year must not be after the as-of date 2026-06-19 (was 2027)");
    }

    @Test
    void aLaunchInTheYearOfTheAsOfDateIsAccepted() {
        DScoreResult early = DScore.asOf(LocalDate.of(2026, 1, 1)).scoreOf(launched(2026));
        assertThat(early.component(Component.AGE_AND_HISTORY).points()).isCloseTo(4, within(0.0));
        DScoreResult result = DScore.asOf(AS_OF).scoreOf(launched(2026));
        assertThat(result.component(Component.AGE_AND_HISTORY).points()).isCloseTo(4, within(0.0));
    }

    @Test
    void anUnknownLaunchYearIsNeverAfterTheAsOfDate() {
        Coin coin = Coins.known().unknown(Fact.LAUNCH_YEAR).build();
        assertThat(DScore.asOf(LocalDate.of(2008, 1, 1)).scoreOf(coin).component(Component.AGE_AND_HISTORY)
                .points()).isCloseTo(5, within(0.0));
    }

    @Test
    void nullArgumentsAreRejected() {
        Scorer scorer = DScore.asOf(AS_OF);
        assertThatThrownBy(() -> DScore.asOf(null)).isInstanceOf(NullPointerException.class).hasMessage("asOf");
        assertThatThrownBy(() -> scorer.withAsOf(null)).isInstanceOf(NullPointerException.class).hasMessage("asOf");
        assertThatThrownBy(() -> scorer.scoreOf(null)).isInstanceOf(NullPointerException.class).hasMessage("coin");
        assertThatThrownBy(() -> scorer.scoreAll(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> scorer.scoreAll(Arrays.asList(launched(2020), null)))
                .isInstanceOf(NullPointerException.class).hasMessage("coin");
        assertThatThrownBy(() -> DScore.scoreOf(null)).isInstanceOf(NullPointerException.class).hasMessage("coin");
        assertThatThrownBy(() -> DScore.scoreAll(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void scoreAllOfNothingIsEmpty() {
        assertThat(DScore.asOf(AS_OF).scoreAll(List.of())).isEmpty();
    }

    @Test
    void scoreAllKeepsDuplicates() {
        Coin coin = launched(2020);
        List<DScoreResult> results = DScore.asOf(AS_OF).scoreAll(List.of(coin, coin));
        assertThat(results).hasSize(2);
        assertThat(results.get(0)).isEqualTo(results.get(1));
    }

    @Test
    void dscoreScoreOfUsesToday() {
        Coin coin = launched(2020);
        LocalDate before = LocalDate.now();
        DScoreResult result = DScore.scoreOf(coin);
        LocalDate after = LocalDate.now();
        assertThat(result.asOf()).isBetween(before, after);
        assertThat(result).isEqualTo(DScore.asOf(result.asOf()).scoreOf(coin));
    }

    @Test
    void dscoreScoreAllUsesToday() {
        List<Coin> coins = List.of(launched(2020), launched(2010));
        LocalDate before = LocalDate.now();
        List<DScoreResult> results = DScore.scoreAll(coins);
        LocalDate after = LocalDate.now();
        assertThat(results).hasSize(2);
        for (DScoreResult r : results) {
            assertThat(r.asOf()).isBetween(before, after);
        }
        assertThat(results).containsExactlyElementsOf(DScore.asOf(results.get(0).asOf()).scoreAll(coins));
    }
}
