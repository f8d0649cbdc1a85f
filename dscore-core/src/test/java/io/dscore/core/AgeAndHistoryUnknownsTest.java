package io.dscore.core;

import io.dscore.api.Fact;
import static org.assertj.core.api.Assertions.assertThat;

import io.dscore.api.Coin;
import io.dscore.api.ComponentScore;
import io.dscore.api.Reason;
import io.dscore.api.ReasonCode;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The whole explanation of Age and history when a fact is unknown: every reason, in order, with its exact text.
 *
 * <p>Mutation testing notes for the code this class covers: {@code docs/mutation.md}.
 */
class AgeAndHistoryUnknownsTest {

    private static final AgeAndHistoryScorer AGE = new AgeAndHistoryScorer();

    private static List<String> reasons(Coin coin, LocalDate asOf) {
        ComponentScore score = AGE.score(coin, asOf);
        return score.reasons().stream().map(Reason::toString).collect(Collectors.toList());
    }

    @Test
    void anUnknownLaunchYearIsNotedWithTheRangeItAloneOpens() {
        Coin coin = Coins.known().unknown(Fact.LAUNCH_YEAR).incidents(0).build();

        // unknown year: 5; launched in 2008: 15; in 2026: 0 years, 4
        assertThat(reasons(coin, Coins.AS_OF)).containsExactly(
                "AGE_LAUNCH_YEAR_UNKNOWN 5.0: launch_year unknown: 5 of 15",
                "AGE_INCIDENTS 0.0: incidents 0: no deduction",
                "UNKNOWN_FACT 0.0: launch_year unknown: 4 to 15 depending on it (range +11)");
    }

    @Test
    void unknownIncidentsAreNotedWithTheRangeTheyAloneOpen() {
        Coin coin = Coins.known().launchYear(2020).unknown(Fact.INCIDENTS).build();

        // 6 years: 13; no incident: 13; very many: -5, 8
        assertThat(reasons(coin, Coins.AS_OF)).containsExactly(
                "AGE_YEARS_SINCE_LAUNCH 13.0: launch_year 2020: 6 years by 2026 (6 to 10), 13 of 15",
                "UNKNOWN_FACT 0.0: incidents unknown: 8 to 13 depending on it (range +5)");
    }

    @Test
    void unknownLaunchYearAndIncidentsAreExplainedOneByOne() {
        Coin coin = Coins.known().unknown(Fact.LAUNCH_YEAR).unknown(Fact.INCIDENTS).build();

        // year alone (no incident counted): 4 to 15; incidents alone (year unknown, 5): 0 to 5; both together:
        // 0 to 15, which the two notes already cover, so there is no note for the two together
        assertThat(reasons(coin, Coins.AS_OF)).containsExactly(
                "AGE_LAUNCH_YEAR_UNKNOWN 5.0: launch_year unknown: 5 of 15",
                "UNKNOWN_FACT 0.0: launch_year unknown: 4 to 15 depending on it (range +11)",
                "UNKNOWN_FACT 0.0: incidents unknown: 0 to 5 depending on it (range +5)");
        for (int incidents = 0; incidents <= 12; incidents++) {
            for (int year = 2008; year <= 2026; year++) {
                for (Coin c : List.of(Coins.known().unknown(Fact.LAUNCH_YEAR).incidents(incidents).build(),
                        Coins.known().launchYear(year).unknown(Fact.INCIDENTS).build())) {
                    assertThat(reasons(c, Coins.AS_OF)).noneMatch(r -> r.contains("together"));
                }
            }
        }
    }

    @Test
    void anUnknownLaunchYearScoredAsOfAFarFutureDate() {
        // no table of as-of years limits how late the date may be
        Coin coin = Coins.known().unknown(Fact.LAUNCH_YEAR).incidents(0).build();

        ComponentScore score = AGE.score(coin, LocalDate.of(2300, 1, 1));

        assertThat(score.points()).isEqualTo(5);
        assertThat(score.minPoints()).isEqualTo(4);
        assertThat(score.maxPoints()).isEqualTo(15);
        assertThat(score.reasons()).extracting(Reason::code).containsExactly(ReasonCode.AGE_LAUNCH_YEAR_UNKNOWN,
                ReasonCode.AGE_INCIDENTS, ReasonCode.UNKNOWN_FACT);
    }
}
