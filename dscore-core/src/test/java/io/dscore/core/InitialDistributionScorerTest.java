package io.dscore.core;

import io.dscore.api.Fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.LaunchType;
import io.dscore.api.Reason;
import io.dscore.api.ReasonCode;
import io.dscore.api.VcFunding;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link InitialDistributionScorer}: the shared contract, then one test per rule of its Javadoc. */
class InitialDistributionScorerTest extends ComponentScorerContractTest {

    @Override
    ComponentScorer scorer() {
        return new InitialDistributionScorer();
    }

    @Override
    Component component() {
        return Component.INITIAL_DISTRIBUTION;
    }

    /** Every fact known: no VC, no insider share. */
    private static Coin.Builder launched(LaunchType launch) {
        Coin.Builder b = Coins.known().launchType(launch).vcFunded(VcFunding.NO).insiderAllocationPct(0).devFundPct(0);
        return launch == LaunchType.CHAIN_FORK ? b.forkedFrom("Bitcoin") : b;
    }

    private static Coin.Builder noShares(LaunchType launch) {
        return launched(launch).unknown(Fact.INSIDER_ALLOCATION_PCT).unknown(Fact.DEV_FUND_PCT);
    }

    // ---- rule 1: the launch type sets the start --------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = LaunchType.class, names = {"FAIR_LAUNCH", "TOKENIZED_ASSET"})
    void openLaunchGivesTwentyFive(LaunchType launch) {
        ComponentScore s = score(launched(launch));
        assertExactly(s, 25);
        assertThat(codes(s)).containsExactly(ReasonCode.INITIAL_OPEN_LAUNCH, ReasonCode.INITIAL_INSIDER_SHARE);
        assertThat(reason(s, ReasonCode.INITIAL_OPEN_LAUNCH).points()).isCloseTo(25, within(0.0));
        assertThat(reason(s, ReasonCode.INITIAL_OPEN_LAUNCH).text())
                .isEqualTo("launch_type " + launch + ": no sale, up to 25 of 25");
    }

    @Test
    void openLaunchWithUnknownSharesGivesTwentyFiveRangingDownToZero() {
        ComponentScore s = score(noShares(LaunchType.FAIR_LAUNCH));
        assertPoints(s, 0, 25, 25);
        assertThat(ruleCodes(s)).containsExactly(ReasonCode.INITIAL_OPEN_LAUNCH);
        assertThat(unknownNote(s, "insider_allocation_pct").text()).startsWith("insider_allocation_pct unknown: 0 to 25");
        assertThat(unknownNote(s, "dev_fund_pct").text()).startsWith("dev_fund_pct unknown: 0 to 25");
    }

    @Test
    void unknownLaunchTypeGivesTwentyFiveRangingDownToZero() {
        ComponentScore s = score(launched(LaunchType.UNKNOWN));
        assertPoints(s, 0, 25, 25);
        assertThat(ruleCodes(s)).containsExactly(ReasonCode.INITIAL_LAUNCH_UNKNOWN, ReasonCode.INITIAL_INSIDER_SHARE);
        assertThat(reason(s, ReasonCode.INITIAL_LAUNCH_UNKNOWN).points()).isCloseTo(25, within(0.0));
        assertThat(reason(s, ReasonCode.INITIAL_LAUNCH_UNKNOWN).text())
                .isEqualTo("launch_type UNKNOWN: no sale on record, up to 25 of 25");
        assertThat(unknownNote(s, "launch_type").text())
                .isEqualTo("launch_type unknown: 0 to 25 depending on it (range +25)");
    }

    @Test
    void chainForkGivesThirteen() {
        ComponentScore s = score(launched(LaunchType.CHAIN_FORK).forkedFrom("Bitcoin"));
        assertExactly(s, 13);
        assertThat(codes(s)).containsExactly(ReasonCode.INITIAL_CHAIN_FORK, ReasonCode.INITIAL_INSIDER_SHARE);
        assertThat(reason(s, ReasonCode.INITIAL_CHAIN_FORK).points()).isCloseTo(13, within(0.0));
        assertThat(reason(s, ReasonCode.INITIAL_CHAIN_FORK).text())
                .isEqualTo("launch_type CHAIN_FORK: copied another chain's balances, up to 13 of 25");
    }

    @ParameterizedTest
    @EnumSource(value = LaunchType.class, names = {"ICO", "IEO", "TOKEN_SALE", "DUTCH_AUCTION", "PRIVATE_SALE",
        "AIRDROP", "PREMINE", "PARACHAIN_AUCTION", "OTHER"})
    void soldAirdroppedPreminedOrAllocatedGivesZero(LaunchType launch) {
        ComponentScore s = score(launched(launch));
        assertExactly(s, 0);
        assertThat(codes(s)).containsExactly(ReasonCode.INITIAL_SOLD_OR_ALLOCATED);
        assertThat(s.reasons().get(0).text()).startsWith("launch_type " + launch + ":");
        // nothing else can change it, so unknown shares and funding leave no range
        assertExactly(score(noShares(launch).vcFunded(VcFunding.UNKNOWN)), 0);
    }

    @Test
    void everyLaunchTypeHasARule() {
        // a new launch type must get a row in the tests above
        assertThat(LaunchType.values()).hasSize(13);
        for (LaunchType launch : LaunchType.values()) {
            assertThat(score(launched(launch)).reasons().get(0).code()).isIn(ReasonCode.INITIAL_OPEN_LAUNCH,
                    ReasonCode.INITIAL_LAUNCH_UNKNOWN, ReasonCode.INITIAL_CHAIN_FORK,
                    ReasonCode.INITIAL_SOLD_OR_ALLOCATED);
        }
    }

    // ---- rule 2: the insider share caps ---------------------------------------------------------------------

    @ParameterizedTest(name = "insider {0} + dev fund {1}: {2}")
    @CsvSource({
        "0, 0, 25",
        "1, 0, 25",
        "0, 1, 25",
        "0.5, 0.5, 25",
        "1.01, 0, 13",
        "0.5, 0.51, 13",
        "10, 0, 13",
        "5, 5, 13",
        "10.01, 0, 6",
        "5, 5.01, 6",
        "20, 0, 6",
        "0, 20, 6",
        "20.01, 0, 0",
        "100, 0, 0",
        "60, 60, 0"})
    void insiderShareCaps(double insider, double devFund, double points) {
        ComponentScore s = score(launched(LaunchType.FAIR_LAUNCH).insiderAllocationPct(insider).devFundPct(devFund));
        assertExactly(s, points);
        assertThat(reason(s, ReasonCode.INITIAL_INSIDER_SHARE).points()).isCloseTo(points - 25, within(0.0));
        assertThat(reason(s, ReasonCode.INITIAL_INSIDER_SHARE).text())
                .startsWith("insider_allocation_pct " + Points.format(insider) + " + dev_fund_pct "
                        + Points.format(devFund) + " = insider share ")
                .endsWith("at most " + Points.format(points));
    }

    @Test
    void insiderShareIsCappedAtHundred() {
        ComponentScore s = score(launched(LaunchType.FAIR_LAUNCH).insiderAllocationPct(60).devFundPct(60));
        assertThat(reason(s, ReasonCode.INITIAL_INSIDER_SHARE).text())
                .isEqualTo("insider_allocation_pct 60 + dev_fund_pct 60 = insider share 100% (over 20): at most 0");
    }

    @Test
    void reasonTextNamesTheShares() {
        ComponentScore s = score(launched(LaunchType.FAIR_LAUNCH).insiderAllocationPct(5.3).devFundPct(3.6));
        assertExactly(s, 13);
        assertThat(reason(s, ReasonCode.INITIAL_INSIDER_SHARE).text()).isEqualTo(
                "insider_allocation_pct 5.3 + dev_fund_pct 3.6 = insider share 8.9% (over 1 up to 10): at most 13");
    }

    @ParameterizedTest(name = "insider unknown + dev fund {0}: {1}")
    @CsvSource({"0, 25", "1, 25", "1.01, 13", "10, 13", "10.01, 6", "20, 6", "20.01, 0"})
    void anUnknownInsiderAllocationCountsAsZero(double devFund, double points) {
        ComponentScore s = score(launched(LaunchType.FAIR_LAUNCH).unknown(Fact.INSIDER_ALLOCATION_PCT)
                .devFundPct(devFund));
        assertPoints(s, 0, points, points);
        assertThat(reason(s, ReasonCode.INITIAL_INSIDER_SHARE).text())
                .startsWith("insider_allocation_pct unknown (assumed 0) + dev_fund_pct " + Points.format(devFund));
    }

    @ParameterizedTest(name = "insider {0} + dev fund unknown: {1}")
    @CsvSource({
        "0, 25, up to 1",
        "1, 25, up to 1",
        "1.01, 13, over 1 up to 10",
        "10, 13, over 1 up to 10",
        "10.01, 6, over 10 up to 20",
        "20, 6, over 10 up to 20",
        "20.01, 0, over 20"})
    void anUnknownDevFundCountsAsZero(double insider, double points, String row) {
        ComponentScore s = score(launched(LaunchType.FAIR_LAUNCH).insiderAllocationPct(insider)
                .unknown(Fact.DEV_FUND_PCT));
        assertPoints(s, 0, points, points);
        assertThat(reason(s, ReasonCode.INITIAL_INSIDER_SHARE).text())
                .isEqualTo("insider_allocation_pct " + Points.format(insider) + " = insider share "
                        + Points.format(insider) + "% (" + row + "): at most " + Points.format(points));
    }

    @Test
    void aChainForkWithAnUnknownInsiderAllocationAssumesFifteenPercent() {
        ComponentScore s = score(launched(LaunchType.CHAIN_FORK).unknown(Fact.INSIDER_ALLOCATION_PCT)
                .unknown(Fact.DEV_FUND_PCT));
        assertPoints(s, 0, 6, 13);
        assertThat(ruleCodes(s)).containsExactly(ReasonCode.INITIAL_CHAIN_FORK, ReasonCode.INITIAL_INSIDER_SHARE);
        assertThat(reason(s, ReasonCode.INITIAL_INSIDER_SHARE).points()).isCloseTo(-7, within(0.0));
        assertThat(reason(s, ReasonCode.INITIAL_INSIDER_SHARE).text()).isEqualTo(
                "insider_allocation_pct unknown (fork: assumed 15) = insider share 15% (over 10 up to 20): at most 6");
    }

    @ParameterizedTest(name = "fork, insider unknown (15) + dev fund {0}: {1}")
    @CsvSource({"0, 6", "5, 6", "5.01, 0", "85, 0"})
    void theForkAssumptionAddsToTheDevFund(double devFund, double points) {
        ComponentScore s = score(launched(LaunchType.CHAIN_FORK).unknown(Fact.INSIDER_ALLOCATION_PCT)
                .devFundPct(devFund));
        assertThat(s.points()).isCloseTo(points, within(0.0));
    }

    @Test
    void aChainForkWithAKnownShareUsesIt() {
        assertExactly(score(launched(LaunchType.CHAIN_FORK).insiderAllocationPct(1)), 13);
        assertExactly(score(launched(LaunchType.CHAIN_FORK).insiderAllocationPct(1.01)), 13);
        assertExactly(score(launched(LaunchType.CHAIN_FORK).insiderAllocationPct(10.01)), 6);
        assertExactly(score(launched(LaunchType.CHAIN_FORK).insiderAllocationPct(20.01)), 0);
    }

    // ---- rule 3: venture funding --------------------------------------------------------------------------

    @Test
    void ventureFundingGivesZero() {
        ComponentScore s = score(launched(LaunchType.FAIR_LAUNCH).vcFunded(VcFunding.YES));
        assertExactly(s, 0);
        assertThat(codes(s)).containsExactly(ReasonCode.INITIAL_OPEN_LAUNCH, ReasonCode.INITIAL_INSIDER_SHARE,
                ReasonCode.INITIAL_VC_FUNDED);
        assertThat(reason(s, ReasonCode.INITIAL_VC_FUNDED).points()).isCloseTo(-25, within(0.0));
        assertThat(reason(s, ReasonCode.INITIAL_VC_FUNDED).text())
                .isEqualTo("vc_funded YES: investors bought in before the public, 0");
    }

    @Test
    void unknownFundingCountsAsFundedAndRangesUpToTheUnfundedPoints() {
        ComponentScore s = score(launched(LaunchType.FAIR_LAUNCH).insiderAllocationPct(5).vcFunded(VcFunding.UNKNOWN));
        assertPoints(s, 0, 0, 13);
        assertThat(reason(s, ReasonCode.INITIAL_VC_FUNDED).points()).isCloseTo(-13, within(0.0));
        assertThat(reason(s, ReasonCode.INITIAL_VC_FUNDED).text()).isEqualTo("vc_funded UNKNOWN: counted as funded, 0");
        assertThat(unknownNote(s, "vc_funded").text()).startsWith("vc_funded unknown: 0 to 13");
    }

    @Test
    void fundingDoesNotMatterWithoutFunding() {
        ComponentScore s = score(launched(LaunchType.FAIR_LAUNCH));
        assertThat(codes(s)).doesNotContain(ReasonCode.INITIAL_VC_FUNDED);
    }

    // ---- ranges reached only by unknown facts together -------------------------------------------------

    /**
     * Minimal counterexample, shrunk from QuickTheories seed 1503929550510. With vcFunded UNKNOWN (counted as
     * funded: 0) and the fork's unknown insider share assumed 15% (15 + 6 = 21%: 0), changing either fact alone
     * leaves 0, so neither alone gets a note; both together (vcFunded NO, insider share 0%) give 13, and a note names
     * them together. (This was a finding of the property tests: the note was missing.) With devFundPct 5
     * the vcFunded note appears, but says "0 to 6" for a range of 0 to 13.
     */
    @Test
    void aRangeWidenedByTwoUnknownsTogetherIsExplained() {
        ComponentScore s = score(launched(LaunchType.CHAIN_FORK).vcFunded(VcFunding.UNKNOWN)
                .unknown(Fact.INSIDER_ALLOCATION_PCT).devFundPct(6));
        assertPoints(s, 0, 0, 13);
        assertThat(s.reasons()).filteredOn(r -> r.code() == ReasonCode.UNKNOWN_FACT).extracting(Reason::text)
                .containsExactly("vc_funded and insider_allocation_pct unknown: 0 to 13 depending on them together "
                        + "(range +13)");
    }

    @Test
    void aFactThatWidensTheRangeAloneIsNotedAloneThenTheRestTogether() {
        ComponentScore s = score(launched(LaunchType.CHAIN_FORK).vcFunded(VcFunding.UNKNOWN)
                .unknown(Fact.INSIDER_ALLOCATION_PCT).devFundPct(5));
        assertPoints(s, 0, 0, 13);
        assertThat(s.reasons()).filteredOn(r -> r.code() == ReasonCode.UNKNOWN_FACT).extracting(Reason::text)
                .containsExactly("vc_funded unknown: 0 to 6 depending on it (range +6)",
                        "vc_funded and insider_allocation_pct unknown: 0 to 13 depending on them together (range +13)");
    }
}
