package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.dscore.api.AdminControl;
import io.dscore.api.Consensus;
import io.dscore.api.Governance;
import io.dscore.api.Layer;
import io.dscore.api.VcFunding;
import org.junit.jupiter.api.Test;

/**
 * The look-up tables of the scorers hold, for every combination of facts, what the rules give: points, range
 * and reasons. (Being computed when the class loads, the tables would otherwise hide a changed rule from a
 * test run that loaded them before.)
 */
class ScoreTablesTest {

    @Test
    void governanceTableHoldsWhatTheRulesGive() {
        int combinations = 0;
        for (Layer layer : Layer.values()) {
            for (Governance governance : Governance.values()) {
                for (VcFunding vc : VcFunding.values()) {
                    for (AdminControl admin : AdminControl.values()) {
                        assertThat(GovernanceScorer.lookUp(layer, governance, vc, admin))
                                .as("%s %s %s %s", layer, governance, vc, admin)
                                .isEqualTo(GovernanceScorer.compute(layer, governance, vc, admin));
                        combinations++;
                    }
                }
            }
        }
        assertThat(combinations).isEqualTo(3 * 7 * 3 * 5);
    }

    @Test
    void nodeDistributionTableHoldsWhatTheRulesGiveWithoutOwnProducers() {
        int combinations = 0;
        for (Layer layer : Layer.values()) {
            for (Consensus consensus : Consensus.values()) {
                boolean owns = layer == Layer.LAYER_1 && consensus != Consensus.NONE;
                if (owns) {
                    assertThat(NodeDistributionScorer.lookUp(layer, consensus)).isNull();
                } else {
                    assertThat(NodeDistributionScorer.lookUp(layer, consensus)).as("%s %s", layer, consensus)
                            .isEqualTo(NodeDistributionScorer.compute(layer, consensus));
                    combinations++;
                }
            }
        }
        assertThat(combinations).isEqualTo(3 * 7 - 6);
    }

    @Test
    void autonomyTableHoldsWhatTheRulesGiveWithoutMergeMining() {
        for (Layer layer : Layer.values()) {
            for (AdminControl admin : AdminControl.values()) {
                assertThat(AutonomyScorer.lookUp(layer, admin)).as("%s %s", layer, admin)
                        .isEqualTo(AutonomyScorer.compute(layer, admin));
            }
        }
    }
}
