package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.dscore.api.AdminControl;
import io.dscore.api.ComponentScore;
import io.dscore.api.Consensus;
import io.dscore.api.Governance;
import io.dscore.api.Layer;
import io.dscore.api.Reason;
import io.dscore.api.VcFunding;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reasons behind the scores that {@link GovernanceScorer}, {@link NodeDistributionScorer} (chains without
 * producers of their own) and {@link AutonomyScorer} keep in look-up tables, built afresh ({@code explain},
 * {@code compute}) for the cases that exercise every rule and every note, and read word for word.
 * {@link ScoreTablesTest} checks that the tables hold what the rules give; this test checks what the rules give.
 */
class TableReasonsTest {

    private static List<String> governance(Layer layer, Governance governance, VcFunding vc, AdminControl admin) {
        return texts(GovernanceScorer.explain(layer, governance, vc, admin));
    }

    private static List<String> texts(List<Reason> reasons) {
        return reasons.stream().map(Reason::toString).collect(Collectors.toList());
    }

    @Test
    void governanceReasonsBuiltAfresh() {
        assertThat(governance(Layer.LAYER_1, Governance.ON_CHAIN, VcFunding.YES, AdminControl.NONE)).containsExactly(
                "GOVERNANCE_DECISION_MAKERS 25.0: governance ON_CHAIN: binding on-chain votes of holders or stakers,"
                        + " 25 of 25",
                "GOVERNANCE_INVESTOR_INFLUENCE -5.0: vcFunded YES: investors vote their stake, on-chain votes weigh"
                        + " like token voting, at most 20");
        assertThat(governance(Layer.LAYER_1, Governance.FOUNDATION, VcFunding.UNKNOWN, AdminControl.NONE))
                .containsExactly(
                        "GOVERNANCE_DECISION_MAKERS 20.0: governance FOUNDATION: a foundation or council, 20 of 25",
                        "GOVERNANCE_INVESTOR_INFLUENCE -4.0: vcFunded UNKNOWN (counted as funded): investors sit"
                                + " behind the foundation, at most 16",
                        "UNKNOWN_FACT 0.0: vcFunded unknown: 16 to 20 depending on it (range +4)");
        assertThat(governance(Layer.LAYER_1, Governance.UNKNOWN, VcFunding.NO, AdminControl.NONE)).containsExactly(
                "GOVERNANCE_DECISION_MAKERS 7.0: governance UNKNOWN: not known, counted as a single party, 7 of 25",
                "UNKNOWN_FACT 0.0: governance unknown: 7 to 25 depending on it (range +18)");
        assertThat(governance(Layer.TOKEN, Governance.COMPANY, VcFunding.NO, AdminControl.UNKNOWN)).containsExactly(
                "GOVERNANCE_DECISION_MAKERS 16.0: governance COMPANY: the issuing company, 16 of 25",
                "UNKNOWN_FACT 0.0: adminControl unknown: 16 to 20 depending on it (range +4)");
        assertThat(governance(Layer.TOKEN, Governance.SINGLE_ENTITY, VcFunding.NO, AdminControl.NONE))
                .containsExactly(
                        "GOVERNANCE_DECISION_MAKERS 7.0: governance SINGLE_ENTITY: one founder or a tiny group, 7 of 25",
                        "GOVERNANCE_IMMUTABLE_TOKEN 13.0: adminControl NONE on a token: no party can change it, at"
                                + " least 20");
        // alone, governance reaches 21 (ON_CHAIN is capped at 20 while funding is unknown) and adminControl 20;
        // vcFunded alone changes nothing; all three together reach 25 (ON_CHAIN, no VC)
        assertThat(governance(Layer.TOKEN, Governance.UNKNOWN, VcFunding.UNKNOWN, AdminControl.UNKNOWN))
                .containsExactly(
                        "GOVERNANCE_DECISION_MAKERS 7.0: governance UNKNOWN: not known, counted as a single party, 7"
                                + " of 25",
                        "UNKNOWN_FACT 0.0: governance unknown: 7 to 21 depending on it (range +14)",
                        "UNKNOWN_FACT 0.0: adminControl unknown: 7 to 20 depending on it (range +13)",
                        "UNKNOWN_FACT 0.0: governance and vcFunded and adminControl unknown: 7 to 25 depending on"
                                + " them together (range +18)");
        assertThat(governance(Layer.LAYER_2, Governance.ROUGH_CONSENSUS, VcFunding.YES, AdminControl.HALTABLE))
                .containsExactly("GOVERNANCE_DECISION_MAKERS 21.0: governance ROUGH_CONSENSUS: open rough consensus,"
                        + " no controlling entity, 21 of 25");
        assertThat(governance(Layer.LAYER_1, Governance.TOKEN_VOTING, VcFunding.NO, AdminControl.UPGRADEABLE))
                .containsExactly("GOVERNANCE_DECISION_MAKERS 20.0: governance TOKEN_VOTING: a DAO or token vote,"
                        + " executed by a team or multisig, 20 of 25");
        assertThat(governance(Layer.LAYER_1, Governance.COMPANY, VcFunding.NO, AdminControl.NONE)).containsExactly(
                "GOVERNANCE_DECISION_MAKERS 7.0: governance COMPANY: a company steering a chain of its own, 7 of 25");
    }

    @Test
    void autonomyReasonsBuiltAfresh() {
        assertThat(texts(AutonomyScorer.explain(Layer.LAYER_1, Optional.empty(), AdminControl.FREEZABLE)))
                .containsExactly("AUTONOMY_OWN_CHAIN 5.0: layer LAYER_1: a chain of its own, 5 of 5");
        assertThat(texts(AutonomyScorer.explain(Layer.LAYER_2, Optional.empty(), AdminControl.NONE)))
                .containsExactly("AUTONOMY_LAYER_2 2.5: layer LAYER_2: settles on its host chain, 2.5 of 5");
        assertThat(texts(AutonomyScorer.explain(Layer.TOKEN, Optional.empty(), AdminControl.NONE)))
                .containsExactly("AUTONOMY_IMMUTABLE_TOKEN 2.5: layer TOKEN with adminControl NONE: no issuer"
                        + " control, depends on its host chain, 2.5 of 5");
        assertThat(texts(AutonomyScorer.explain(Layer.TOKEN, Optional.empty(), AdminControl.UNKNOWN)))
                .containsExactly(
                        "AUTONOMY_HOSTED_TOKEN 0.0: layer TOKEN with adminControl UNKNOWN: depends on its host chain"
                                + " and issuer, 0 of 5",
                        "UNKNOWN_FACT 0.0: adminControl unknown: 0 to 2.5 depending on it (range +2.5)");
        assertThat(texts(AutonomyScorer.explain(Layer.TOKEN, Optional.empty(), AdminControl.FREEZABLE)))
                .containsExactly("AUTONOMY_HOSTED_TOKEN 0.0: layer TOKEN with adminControl FREEZABLE: depends on its"
                        + " host chain and issuer, 0 of 5");
        assertThat(texts(AutonomyScorer.explain(Layer.LAYER_1, Optional.of("BTC"), AdminControl.NONE)))
                .containsExactly("AUTONOMY_MERGE_MINED 2.5: mergedMinedWith BTC: shares its hash power, 2.5 of 5");
    }

    @Test
    void aChainWithoutProducersOfItsOwnScoresNoNodePoints() {
        for (Layer layer : Layer.values()) {
            for (Consensus consensus : Consensus.values()) {
                if (layer == Layer.LAYER_1 && consensus != Consensus.NONE) {
                    continue;
                }
                ComponentScore score = NodeDistributionScorer.compute(layer, consensus);
                String text = layer == Layer.LAYER_1 ? "consensus NONE: no block producers of its own"
                        : "layer " + layer + ": no block producers of its own";
                assertThat(texts(score.reasons())).as("%s %s", layer, consensus)
                        .containsExactly("NODE_NO_OWN_PRODUCERS 0.0: " + text);
                assertThat(score.maxPoints()).isZero();
                // and whatever else is known of the coin
                assertThat(new NodeDistributionScorer().score(Coins.known().layer(layer).consensus(consensus)
                        .hostChain("ETH").build(), Coins.AS_OF)).isEqualTo(score);
            }
        }
    }
}
