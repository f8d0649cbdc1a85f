package io.dscore.core;

import io.dscore.api.Fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.ReasonCode;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link AgeAndHistoryScorer}: the shared contract, then one test per rule of its Javadoc. Scored as of
 * 2026-06-19, so launch year 2013 is 13 years.
 */
class AgeAndHistoryScorerTest extends ComponentScorerContractTest {

    @Override
    ComponentScorer scorer() {
        return new AgeAndHistoryScorer();
    }

    @Override
    Component component() {
        return Component.AGE_AND_HISTORY;
    }

    private static Coin.Builder launched(int year, int incidents) {
        return Coins.known().launchYear(year).incidents(incidents);
    }

    // ---- rule 1: whole years since launch ------------------------------------------------------------------

    @ParameterizedTest(name = "launched {0} ({1} years): {2}")
    @CsvSource({
        "2008, 18, 15",
        "2013, 13, 15",
        "2014, 12, 14",
        "2015, 11, 14",
        "2016, 10, 13",
        "2020, 6, 13",
        "2021, 5, 11",
        "2022, 4, 9",
        "2023, 3, 9",
        "2024, 2, 7",
        "2025, 1, 7",
        "2026, 0, 4"})
    void yearsSinceLaunchSetTheStart(int year, int years, double points) {
        ComponentScore s = score(launched(year, 0));
        assertExactly(s, points);
        assertThat(codes(s)).containsExactly(ReasonCode.AGE_YEARS_SINCE_LAUNCH, ReasonCode.AGE_INCIDENTS);
        assertThat(reason(s, ReasonCode.AGE_YEARS_SINCE_LAUNCH).points()).isCloseTo(points, within(0.0));
        assertThat(reason(s, ReasonCode.AGE_YEARS_SINCE_LAUNCH).text())
                .startsWith("launch_year " + year + ": " + years + (years == 1 ? " year" : " years") + " by 2026 (")
                .endsWith("), " + Points.format(points) + " of 15");
    }

    @Test
    void reasonTextNamesTheYearsAndTheRow() {
        assertThat(reason(score(launched(2020, 0)), ReasonCode.AGE_YEARS_SINCE_LAUNCH).text())
                .isEqualTo("launch_year 2020: 6 years by 2026 (6 to 10), 13 of 15");
        assertThat(reason(score(launched(2013, 0)), ReasonCode.AGE_YEARS_SINCE_LAUNCH).text())
                .isEqualTo("launch_year 2013: 13 years by 2026 (13 or more), 15 of 15");
        assertThat(reason(score(launched(2025, 0)), ReasonCode.AGE_YEARS_SINCE_LAUNCH).text())
                .isEqualTo("launch_year 2025: 1 year by 2026 (1 to 2), 7 of 15");
    }

    @Test
    void onlyTheYearOfTheAsOfDateCounts() {
        Coin coin = launched(2020, 0).build();
        assertThat(scorer().score(coin, LocalDate.of(2026, 1, 1)).points()).isCloseTo(13, within(0.0));
        assertThat(scorer().score(coin, LocalDate.of(2026, 12, 31)).points()).isCloseTo(13, within(0.0));
        assertThat(scorer().score(coin, LocalDate.of(2025, 12, 31)).points()).isCloseTo(11, within(0.0));
        assertThat(scorer().score(coin, LocalDate.of(2033, 1, 1)).points()).isCloseTo(15, within(0.0));
    }

    @Test
    void unknownLaunchYearGivesFiveRangingOverEveryYear() {
        ComponentScore s = score(Coins.known().unknown(Fact.LAUNCH_YEAR).incidents(0));
        assertPoints(s, 4, 5, 15);
        assertThat(ruleCodes(s)).containsExactly(ReasonCode.AGE_LAUNCH_YEAR_UNKNOWN, ReasonCode.AGE_INCIDENTS);
        assertThat(reason(s, ReasonCode.AGE_LAUNCH_YEAR_UNKNOWN).points()).isCloseTo(5, within(0.0));
        assertThat(reason(s, ReasonCode.AGE_LAUNCH_YEAR_UNKNOWN).text()).isEqualTo("launch_year unknown: 5 of 15");
        assertThat(unknownNote(s, "launch_year").text()).startsWith("launch_year unknown: 4 to 15");
    }

    @Test
    void launchYearAfterTheAsOfDateIsRejected() {
        Coin coin = launched(2026, 0).build();
        assertThatThrownBy(() -> scorer().score(coin, LocalDate.of(2025, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("launch_year must not be after the as-of date 2025-12-31 (was 2026)");
        assertThat(scorer().score(coin, LocalDate.of(2026, 1, 1)).points()).isCloseTo(4, within(0.0));
    }

    // ---- rule 2: incidents ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} incidents: -{1}")
    @CsvSource({
        "0, 0", "1, 0", "2, 0", "3, 1", "4, 1", "5, 2", "6, 2", "7, 3", "9, 4", "10, 4", "11, 5", "12, 5",
        "100, 5", "2147483647, 5"})
    void everyTwoIncidentsBeyondTheFirstTakeOffAPointUpToFive(int incidents, int deduction) {
        ComponentScore s = score(launched(2013, incidents));
        assertExactly(s, 15 - deduction);
        assertThat(reason(s, ReasonCode.AGE_INCIDENTS).points()).isCloseTo(-deduction, within(0.0));
        assertThat(reason(s, ReasonCode.AGE_INCIDENTS).text()).startsWith("incidents " + incidents + ": ");
        if (deduction == 0) {
            assertThat(reason(s, ReasonCode.AGE_INCIDENTS).text()).isEqualTo("incidents " + incidents + ": no deduction");
        } else {
            assertThat(reason(s, ReasonCode.AGE_INCIDENTS).text()).isEqualTo("incidents " + incidents + ": -"
                    + deduction + " (one per two incidents beyond the first, at most 5)");
        }
    }

    @ParameterizedTest(name = "launched {0} with {1} incidents: {2}")
    @CsvSource({"2026, 11, 0", "2026, 9, 0", "2026, 7, 1", "2024, 13, 2", "2021, 100, 6"})
    void incidentsNeverTakeThePointsBelowZero(int year, int incidents, double points) {
        assertExactly(score(launched(year, incidents)), points);
    }

    @Test
    void unknownIncidentsTakeNothingOffAndRangeOverAnyNumber() {
        ComponentScore s = score(Coins.known().launchYear(2013).unknown(Fact.INCIDENTS));
        assertPoints(s, 10, 15, 15);
        assertThat(ruleCodes(s)).containsExactly(ReasonCode.AGE_YEARS_SINCE_LAUNCH);
        assertThat(unknownNote(s, "incidents").text())
                .isEqualTo("incidents unknown: 10 to 15 depending on it (range +5)");
    }

    @Test
    void bothUnknownRangeFromZeroToFifteen() {
        ComponentScore s = score(Coins.known().unknown(Fact.LAUNCH_YEAR).unknown(Fact.INCIDENTS));
        assertPoints(s, 0, 5, 15);
        assertThat(codes(s)).containsExactly(ReasonCode.AGE_LAUNCH_YEAR_UNKNOWN, ReasonCode.UNKNOWN_FACT,
                ReasonCode.UNKNOWN_FACT);
    }

    @Test
    void knownIncidentsWithAnUnknownYear() {
        ComponentScore s = score(Coins.known().unknown(Fact.LAUNCH_YEAR).incidents(11));
        // 5 - 5; the range runs from a launch this year (4, less 4) to 2008 (15 - 5)
        assertPoints(s, 0, 0, 10);
    }
}
