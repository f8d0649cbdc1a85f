package io.dscore.core;

import io.dscore.api.SharedSecurity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dscore.api.AdminControl;
import io.dscore.api.Band;
import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.Consensus;
import io.dscore.api.DScoreResult;
import io.dscore.api.Governance;
import io.dscore.api.LaunchType;
import io.dscore.api.Layer;
import io.dscore.api.ReasonCode;
import io.dscore.api.VcFunding;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The seed example: Flux (FLUX), scored as of the day of its published rating.
 *
 * <p>Provenance: BlockIndex.AI, https://blockindex.ai/coin/flux, page "Updated 2026-06-19": D-Score 68,
 * "Decentralized"; Node distribution 30, Initial distribution 13, Governance 7, Age and history 13, Autonomy 5
 * (row FLUX of {@code calibration/training-published.csv}). The facts are the row Flux of
 * {@code calibration/training-facts.csv}; the sources of the facts are in {@code training-basis.csv} ("Fair
 * Launch (2020), foundation share of block rewards; 2.9% foundation + 0.7% team + 1.7% listing allocation,
 * 0.5 of 14 FLUX per block to foundation").
 *
 * <p>Hand calculation with the rules of the five scorers:
 * <ul>
 *   <li>Node: layer 1, proof of work, no producer count or Nakamoto coefficient known: 30.</li>
 *   <li>Initial: fair launch 25, insider share 5.3 + 3.6 = 8.9% (over 1, up to 10): at most 13; no VC: 13.</li>
 *   <li>Governance: a company steering a chain of its own: 7; no VC; not a token: 7.</li>
 *   <li>Age: 2026 - 2020 = 6 years (6 to 10): 13; 0 incidents: 13.</li>
 *   <li>Autonomy: a layer 1, not merge-mined: 5.</li>
 * </ul>
 * Total 30 + 13 + 7 + 13 + 5 = 68, band "Decentralized" (60 to 79.5).
 */
class FluxSeedTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2026, 6, 19);

    /** Flux exactly as its row in training-facts.csv. */
    static Coin flux() {
        return Coin.builder()
                .name("Flux").symbol("FLUX")
                .layer(Layer.LAYER_1)
                .consensus(Consensus.POW).consensusDetail("ZelHash (Equihash 125,4)")
                .sharedSecurity(SharedSecurity.NO)
                .launchType(LaunchType.FAIR_LAUNCH).launchYear(2020)
                .vcFunded(VcFunding.NO).insiderAllocationPct(5.3).devFundPct(3.6)
                .governance(Governance.COMPANY).incidents(0).adminControl(AdminControl.NONE)
                .build();
    }

    @Test
    void theCoinIsTheCalibrationRow() {
        assertThat(TrainingSet.coins()).filteredOn(c -> c.symbol().equals("FLUX")).containsExactly(flux());
    }

    @Test
    void fluxScoresSixtyEightDecentralized() {
        DScoreResult result = DScore.asOf(PUBLISHED).scoreOf(flux());

        assertThat(result.total()).isCloseTo(68, within(1e-9));
        assertThat(result.band()).isEqualTo(Band.DECENTRALIZED);
        assertThat(result.band().label()).isEqualTo("Decentralized");
        assertThat(result.component(Component.NODE_DISTRIBUTION).points()).isCloseTo(30, within(1e-9));
        assertThat(result.component(Component.INITIAL_DISTRIBUTION).points()).isCloseTo(13, within(1e-9));
        assertThat(result.component(Component.GOVERNANCE).points()).isCloseTo(7, within(1e-9));
        assertThat(result.component(Component.AGE_AND_HISTORY).points()).isCloseTo(13, within(1e-9));
        assertThat(result.component(Component.AUTONOMY).points()).isCloseTo(5, within(1e-9));
        assertThat(result.asOf()).isEqualTo(PUBLISHED);
        assertThat(result.coin()).isEqualTo(flux());
    }

    @Test
    void fluxReasons() {
        DScoreResult result = DScore.asOf(PUBLISHED).scoreOf(flux());
        assertThat(ComponentScorerContractTest.ruleCodes(result.component(Component.NODE_DISTRIBUTION)))
                .containsExactly(ReasonCode.NODE_OPEN_MINING);
        assertThat(ComponentScorerContractTest.codes(result.component(Component.INITIAL_DISTRIBUTION)))
                .containsExactly(ReasonCode.INITIAL_INSIDER_SHARE);
        assertThat(ComponentScorerContractTest.codes(result.component(Component.GOVERNANCE)))
                .containsExactly(ReasonCode.GOVERNANCE_DECISION_MAKERS);
        assertThat(ComponentScorerContractTest.codes(result.component(Component.AGE_AND_HISTORY)))
                .containsExactly(ReasonCode.AGE_YEARS_SINCE_LAUNCH, ReasonCode.AGE_INCIDENTS);
        assertThat(ComponentScorerContractTest.codes(result.component(Component.AUTONOMY)))
                .containsExactly(ReasonCode.AUTONOMY_OWN_CHAIN);
        assertThat(result.component(Component.INITIAL_DISTRIBUTION).reasons().get(0).text()).isEqualTo(
                "insider_allocation_pct 5.3 + dev_fund_pct 3.6 = insider share 8.9% (over 1 up to 10): 13, whatever the"
                        + " launch (FAIR_LAUNCH)");
    }

    @Test
    void onlyTheUnknownProducersLeaveARange() {
        // the producer count and Nakamoto coefficient of Flux are not in the row: Node ranges from 0 to 30
        DScoreResult result = DScore.asOf(PUBLISHED).scoreOf(flux());
        assertThat(result.component(Component.NODE_DISTRIBUTION).minPoints()).isCloseTo(0, within(1e-9));
        assertThat(result.component(Component.NODE_DISTRIBUTION).maxPoints()).isCloseTo(30, within(1e-9));
        for (Component c : new Component[] {Component.INITIAL_DISTRIBUTION, Component.GOVERNANCE,
            Component.AGE_AND_HISTORY, Component.AUTONOMY}) {
            assertThat(result.component(c).uncertain()).as("%s", c).isFalse();
        }
        assertThat(result.totalMin()).isCloseTo(38, within(1e-9));
        assertThat(result.totalMax()).isCloseTo(68, within(1e-9));
        assertThat(result.bandCertain()).isFalse();
    }
}
