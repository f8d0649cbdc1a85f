package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.Consensus;
import io.dscore.api.Fact;
import io.dscore.api.LaunchType;
import io.dscore.api.Layer;
import io.dscore.api.ReasonCode;
import io.dscore.api.VcFunding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link InitialDistributionScorer} (methodology 2): the shared contract, then one test per rule of its Javadoc. */
class InitialDistributionScorerTest extends ComponentScorerContractTest {

    @Override
    ComponentScorer scorer() {
        return new InitialDistributionScorer();
    }

    @Override
    Component component() {
        return Component.INITIAL_DISTRIBUTION;
    }

    /** A chain with this launch, no VC, shares unknown. */
    private static Coin.Builder chain(LaunchType launch) {
        Coin.Builder b = Coins.known().launchType(launch).vcFunded(VcFunding.NO)
                .unknown(Fact.INSIDER_ALLOCATION_PCT).unknown(Fact.DEV_FUND_PCT);
        return launch == LaunchType.CHAIN_FORK ? b.forkedFrom("Bitcoin") : b;
    }

    /** A token with this launch, no VC, shares unknown. */
    private static Coin.Builder token(LaunchType launch) {
        return chain(launch).layer(Layer.TOKEN).consensus(Consensus.NONE);
    }

    // ---- chains: a known share grades, whatever the label and the funding -------------------------------------

    @ParameterizedTest(name = "share {0}% + dev {1}%: {2}")
    @CsvSource({"0, 0, 25", "1, 0, 25", "0.5, 0.5, 25", "1, 0.5, 13", "5.3, 3.6, 13", "10, 0, 13", "10, 0.5, 6",
        "16.5, 0, 6", "20, 0, 6", "20.5, 0, 0", "60, 50, 0", "100, 100, 0"})
    void aKnownShareGradesAChain(double insider, double dev, double points) {
        for (LaunchType launch : LaunchType.values()) {
            for (VcFunding vc : VcFunding.values()) {
                ComponentScore s = score(chain(launch).vcFunded(vc).insiderAllocationPct(insider).devFundPct(dev));
                assertExactly(s, points);
                assertThat(codes(s)).containsExactly(ReasonCode.INITIAL_INSIDER_SHARE);
            }
        }
    }

    @Test
    void aChainForkIsGradedByTheShareItInherited() {
        assertExactly(score(chain(LaunchType.CHAIN_FORK).insiderAllocationPct(0).devFundPct(0)), 25);
        ComponentScore etc = score(chain(LaunchType.CHAIN_FORK).insiderAllocationPct(16.5));
        assertPoints(etc, 0, 6, 6);
        assertThat(etc.reasons().get(0).text()).isEqualTo(
                "insider_allocation_pct 16.5 = insider share 16.5% (over 10 up to 20): 6, whatever the launch (CHAIN_FORK)");
    }

    @Test
    void anUnknownDevFundCountsAsZeroAndWidensTheRange() {
        ComponentScore s = score(chain(LaunchType.ICO).insiderAllocationPct(5));
        assertPoints(s, 0, 13, 13);
        assertThat(unknownNote(s, "dev_fund_pct").text()).isEqualTo("dev_fund_pct unknown: 0 to 13 depending on it (range +13)");
    }

    // ---- chains: share unknown ----------------------------------------------------------------------------------

    @Test
    void fundingWithoutAKnownShareGivesZero() {
        ComponentScore s = score(chain(LaunchType.FAIR_LAUNCH).vcFunded(VcFunding.YES).devFundPct(0));
        assertPoints(s, 0, 0, 25);
        assertThat(codes(s)).startsWith(ReasonCode.INITIAL_VC_FUNDED);
    }

    @ParameterizedTest
    @CsvSource({"FAIR_LAUNCH, 25, INITIAL_OPEN_LAUNCH", "TOKENIZED_ASSET, 25, INITIAL_OPEN_LAUNCH",
        "CHAIN_FORK, 6, INITIAL_CHAIN_FORK", "UNKNOWN, 6, INITIAL_LAUNCH_UNKNOWN"})
    void theLabelSetsTheAssumedShare(LaunchType launch, double points, ReasonCode code) {
        ComponentScore s = score(chain(launch).devFundPct(0));
        assertThat(s.points()).isEqualTo(points);
        assertThat(s.maxPoints()).isEqualTo(25);
        assertThat(s.minPoints()).isZero();
        assertThat(codes(s)).startsWith(code);
    }

    @ParameterizedTest
    @EnumSource(value = LaunchType.class, names = {"ICO", "IEO", "TOKEN_SALE", "DUTCH_AUCTION", "PRIVATE_SALE",
        "AIRDROP", "PREMINE", "PARACHAIN_AUCTION", "OTHER"})
    void aSaleOrAllocationWithoutAKnownShareGivesZero(LaunchType launch) {
        ComponentScore s = score(chain(launch).devFundPct(0));
        assertPoints(s, 0, 0, 25);
        assertThat(codes(s)).startsWith(ReasonCode.INITIAL_SOLD_OR_ALLOCATED);
    }

    @Test
    void theAssumedShareAddsToAKnownDevFund() {
        assertExactly(score(chain(LaunchType.FAIR_LAUNCH).insiderAllocationPct(0).devFundPct(3.6)), 13);
        ComponentScore fork = score(chain(LaunchType.CHAIN_FORK).devFundPct(4));
        assertThat(fork.points()).isZero(); // 16.5 + 4 = 20.5
        assertThat(fork.reasons().get(0).text()).isEqualTo("launch_type CHAIN_FORK and insider_allocation_pct unknown:"
                + " insider share assumed 16.5% + dev_fund_pct 4 (over 20), 0");
    }

    @Test
    void unknownFundingCountsAsNotFundedAndTheRangeCoversFunding() {
        ComponentScore s = score(chain(LaunchType.FAIR_LAUNCH).vcFunded(VcFunding.UNKNOWN).devFundPct(0));
        assertPoints(s, 0, 25, 25);
        assertThat(unknownNote(s, "vc_funded")).isNotNull();
    }

    // ---- tokens: the label is the ceiling ---------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"TOKENIZED_ASSET, 25", "FAIR_LAUNCH, 25", "UNKNOWN, 13", "AIRDROP, 0", "PREMINE, 0", "ICO, 0",
        "OTHER, 0"})
    void aTokensLabelSetsItsCeiling(LaunchType launch, double points) {
        assertThat(score(token(launch).insiderAllocationPct(0).devFundPct(0)).points()).isEqualTo(points);
    }

    @Test
    void aKnownShareCapsATokenAndFundingGivesZero() {
        assertExactly(score(token(LaunchType.TOKENIZED_ASSET).insiderAllocationPct(5).devFundPct(0)), 13);
        assertExactly(score(token(LaunchType.PREMINE).insiderAllocationPct(0).devFundPct(0)), 0);
        ComponentScore funded = score(token(LaunchType.FAIR_LAUNCH).vcFunded(VcFunding.YES).insiderAllocationPct(0)
                .devFundPct(0));
        assertExactly(funded, 0);
        assertThat(codes(funded)).containsExactly(ReasonCode.INITIAL_OPEN_LAUNCH, ReasonCode.INITIAL_VC_FUNDED);
    }

    @Test
    void aTokenWithUnknownSharesKeepsItsCeiling() {
        ComponentScore s = score(token(LaunchType.TOKENIZED_ASSET));
        assertPoints(s, 0, 25, 25);
        assertThat(codes(s)).startsWith(ReasonCode.INITIAL_OPEN_LAUNCH);
    }

    // ---- monotone: a larger share or funding never raises the points ------------------------------------------

    @Test
    void aLargerShareOrFundingNeverRaisesThePoints() {
        double[] shares = {0, 0.5, 1, 5, 10, 15, 20, 30, 100};
        for (Layer layer : Layer.values()) {
            for (LaunchType launch : LaunchType.values()) {
                double previous = Double.MAX_VALUE;
                for (double share : shares) {
                    Coin.Builder b = chain(launch).layer(layer).insiderAllocationPct(share).devFundPct(0);
                    if (layer == Layer.TOKEN) {
                        b.consensus(Consensus.NONE);
                    }
                    double no = score(b.vcFunded(VcFunding.NO)).points();
                    double yes = score(b.vcFunded(VcFunding.YES)).points();
                    assertThat(yes).as("%s %s %s", layer, launch, share).isLessThanOrEqualTo(no);
                    assertThat(no).as("%s %s %s", layer, launch, share).isLessThanOrEqualTo(previous);
                    previous = no;
                }
            }
        }
    }
}
