package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.Consensus;
import io.dscore.api.ComponentScore;
import io.dscore.api.Governance;
import io.dscore.api.Layer;
import io.dscore.api.ReasonCode;
import io.dscore.api.VcFunding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link GovernanceScorer}: the shared contract, then one test per rule of its Javadoc. */
class GovernanceScorerTest extends ComponentScorerContractTest {

    @Override
    ComponentScorer scorer() {
        return new GovernanceScorer();
    }

    @Override
    Component component() {
        return Component.GOVERNANCE;
    }

    /** Every fact known: no investors. */
    private static Coin.Builder governed(Layer layer, Governance governance) {
        return Coins.known().layer(layer).consensus(layer == Layer.TOKEN ? Consensus.NONE : Consensus.POW)
                .governance(governance).vcFunded(VcFunding.NO)
                .adminControl(AdminControl.UPGRADEABLE);
    }

    // ---- rule 1: who decides sets the start ---------------------------------------------------------------

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', value = {
        "ON_CHAIN|LAYER_1|governance ON_CHAIN: binding on-chain votes of holders or stakers, 25 of 25",
        "ROUGH_CONSENSUS|LAYER_1|governance ROUGH_CONSENSUS: open rough consensus, no controlling entity, 21 of 25",
        "TOKEN_VOTING|LAYER_1|governance TOKEN_VOTING: a DAO or token vote, executed by a team or multisig, 20 of 25",
        "FOUNDATION|LAYER_1|governance FOUNDATION: a foundation or council, 20 of 25",
        "COMPANY|LAYER_1|governance COMPANY: a company steering a chain of its own, 7 of 25",
        "COMPANY|TOKEN|governance COMPANY: the issuing company, 16 of 25",
        "SINGLE_ENTITY|LAYER_1|governance SINGLE_ENTITY: one founder or a tiny group, 7 of 25",
        "UNKNOWN|LAYER_1|governance UNKNOWN: not known, counted as the middle of the range, 16 of 25"})
    void theFirstReasonSaysWhoDecides(Governance governance, Layer layer, String text) {
        ComponentScore s = score(governed(layer, governance).build());
        assertThat(s.reasons().get(0).text()).isEqualTo(text);
    }

    @Test
    void unknownGovernanceAndFundingReachTheTopOnlyTogether() {
        // governance alone (funding counted as YES): 7 to 21; funding alone (governance counted 16): 16; both:
        // on-chain votes without investors, 25
        ComponentScore s = score(governed(Layer.LAYER_1, Governance.UNKNOWN).vcFunded(VcFunding.UNKNOWN).build());
        assertThat(List.of(s.points(), s.minPoints(), s.maxPoints())).containsExactly(16.0, 7.0, 25.0);
        assertThat(s.reasons()).extracting(r -> r.text()).containsSubsequence(
                "governance unknown: 7 to 21 depending on it (range +14)",
                "governance and vc_funded unknown: 7 to 25 depending on them together (range +18)");
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "ON_CHAIN, LAYER_1, 25",
        "ROUGH_CONSENSUS, LAYER_1, 21",
        "TOKEN_VOTING, LAYER_1, 20",
        "FOUNDATION, LAYER_1, 20",
        "COMPANY, LAYER_1, 7",
        "COMPANY, LAYER_2, 7",
        "COMPANY, TOKEN, 16",
        "SINGLE_ENTITY, LAYER_1, 7",
        "ON_CHAIN, TOKEN, 25",
        "ROUGH_CONSENSUS, LAYER_2, 21",
        "TOKEN_VOTING, TOKEN, 20",
        "FOUNDATION, TOKEN, 20",
        "SINGLE_ENTITY, TOKEN, 7"})
    void decisionMakersSetTheStart(Governance governance, Layer layer, double points) {
        ComponentScore s = score(governed(layer, governance));
        assertExactly(s, points);
        assertThat(codes(s)).containsExactly(ReasonCode.GOVERNANCE_DECISION_MAKERS);
        assertThat(s.reasons().get(0).text()).startsWith("governance " + governance + ": ")
                .endsWith(", " + Points.format(points) + " of 25");
    }

    @ParameterizedTest
    @EnumSource(Layer.class)
    void unknownGovernanceGivesTheMiddleSixteenRangingOverEveryKind(Layer layer) {
        ComponentScore s = score(governed(layer, Governance.UNKNOWN));
        assertPoints(s, 7, 16, 25);
        assertThat(ruleCodes(s)).containsExactly(ReasonCode.GOVERNANCE_DECISION_MAKERS);
        assertThat(s.reasons().get(0).text())
                .isEqualTo("governance UNKNOWN: not known, counted as the middle of the range, 16 of 25");
        assertThat(unknownNote(s, "governance").text())
                .isEqualTo("governance unknown: 7 to 25 depending on it (range +18)");
    }

    @Test
    void aCompanyIsAnIssuerOnlyForAToken() {
        assertThat(score(governed(Layer.TOKEN, Governance.COMPANY)).reasons().get(0).text())
                .isEqualTo("governance COMPANY: the issuing company, 16 of 25");
        assertThat(score(governed(Layer.LAYER_1, Governance.COMPANY)).reasons().get(0).text())
                .isEqualTo("governance COMPANY: a company steering a chain of its own, 7 of 25");
    }

    // ---- rule 2: investors among the deciders ----------------------------------------------------------------

    @ParameterizedTest(name = "{0} with vc_funded {1}: {2}")
    @CsvSource({
        "ON_CHAIN, YES, 20",
        "FOUNDATION, YES, 16",
        "ON_CHAIN, UNKNOWN, 20",
        "FOUNDATION, UNKNOWN, 16"})
    void investorsCapOnChainVotesAndFoundations(Governance governance, VcFunding vc, double points) {
        ComponentScore s = score(governed(Layer.LAYER_1, governance).vcFunded(vc));
        assertThat(s.points()).isCloseTo(points, within(0.0));
        assertThat(ruleCodes(s)).containsExactly(ReasonCode.GOVERNANCE_DECISION_MAKERS,
                ReasonCode.GOVERNANCE_INVESTOR_INFLUENCE);
        double base = governance == Governance.ON_CHAIN ? 25 : 20;
        assertThat(reason(s, ReasonCode.GOVERNANCE_INVESTOR_INFLUENCE).points()).isCloseTo(points - base, within(0.0));
        assertThat(reason(s, ReasonCode.GOVERNANCE_INVESTOR_INFLUENCE).text()).startsWith("vc_funded " + vc)
                .endsWith("at most " + Points.format(points));
        if (vc == VcFunding.UNKNOWN) {
            assertPoints(s, points, points, base);
            assertThat(reason(s, ReasonCode.GOVERNANCE_INVESTOR_INFLUENCE).text())
                    .startsWith("vc_funded UNKNOWN (counted as funded)");
            assertThat(unknownNote(s, "vc_funded").text())
                    .startsWith("vc_funded unknown: " + Points.format(points) + " to " + Points.format(base));
        } else {
            assertExactly(s, points);
        }
    }

    @ParameterizedTest(name = "{0} with vc_funded YES: {1}")
    @CsvSource({"ROUGH_CONSENSUS, 21", "TOKEN_VOTING, 20", "COMPANY, 7", "SINGLE_ENTITY, 7"})
    void investorsDoNotChangeOtherDecisionMakers(Governance governance, double points) {
        ComponentScore yes = score(governed(Layer.LAYER_1, governance).vcFunded(VcFunding.YES));
        assertExactly(yes, points);
        assertThat(codes(yes)).containsExactly(ReasonCode.GOVERNANCE_DECISION_MAKERS);
        ComponentScore unknown = score(governed(Layer.LAYER_1, governance).vcFunded(VcFunding.UNKNOWN));
        assertExactly(unknown, points);
    }

    @Test
    void investorsDoNotChangeATokenIssuer() {
        assertExactly(score(governed(Layer.TOKEN, Governance.COMPANY).vcFunded(VcFunding.YES)), 16);
    }

    // ---- rule 3: an immutable token ---------------------------------------------------------------------------

    @ParameterizedTest(name = "immutable token governed by {0}: {1}")
    @CsvSource({
        "ON_CHAIN, 25",
        "ROUGH_CONSENSUS, 21",
        "TOKEN_VOTING, 20",
        "FOUNDATION, 20",
        "COMPANY, 20",
        "SINGLE_ENTITY, 20"})
    void anImmutableTokenGetsAtLeastTwenty(Governance governance, double points) {
        ComponentScore s = score(governed(Layer.TOKEN, governance).adminControl(AdminControl.NONE));
        assertExactly(s, points);
        assertThat(codes(s)).containsExactly(ReasonCode.GOVERNANCE_DECISION_MAKERS,
                ReasonCode.GOVERNANCE_IMMUTABLE_TOKEN);
        assertThat(reason(s, ReasonCode.GOVERNANCE_IMMUTABLE_TOKEN).text())
                .isEqualTo("admin_control NONE on a token: no party can change it, at least 20");
    }

    @Test
    void theImmutableFloorRaisesTheExactAmount() {
        ComponentScore issuer = score(governed(Layer.TOKEN, Governance.COMPANY).adminControl(AdminControl.NONE));
        assertThat(reason(issuer, ReasonCode.GOVERNANCE_IMMUTABLE_TOKEN).points()).isCloseTo(4, within(0.0));
        ComponentScore single = score(governed(Layer.TOKEN, Governance.SINGLE_ENTITY).adminControl(AdminControl.NONE));
        assertThat(reason(single, ReasonCode.GOVERNANCE_IMMUTABLE_TOKEN).points()).isCloseTo(13, within(0.0));
    }

    @Test
    void theImmutableFloorAppliesAfterTheInvestorCap() {
        ComponentScore s = score(governed(Layer.TOKEN, Governance.FOUNDATION).adminControl(AdminControl.NONE)
                .vcFunded(VcFunding.YES));
        assertExactly(s, 20);
        assertThat(codes(s)).containsExactly(ReasonCode.GOVERNANCE_DECISION_MAKERS,
                ReasonCode.GOVERNANCE_INVESTOR_INFLUENCE, ReasonCode.GOVERNANCE_IMMUTABLE_TOKEN);
        assertThat(reason(s, ReasonCode.GOVERNANCE_INVESTOR_INFLUENCE).points()).isCloseTo(-4, within(0.0));
        assertThat(reason(s, ReasonCode.GOVERNANCE_IMMUTABLE_TOKEN).points()).isCloseTo(4, within(0.0));
    }

    @ParameterizedTest
    @EnumSource(value = AdminControl.class, names = {"UPGRADEABLE", "FREEZABLE", "HALTABLE"})
    void aControlledTokenGetsNoFloor(AdminControl admin) {
        ComponentScore s = score(governed(Layer.TOKEN, Governance.SINGLE_ENTITY).adminControl(admin));
        assertExactly(s, 7);
        assertThat(codes(s)).containsExactly(ReasonCode.GOVERNANCE_DECISION_MAKERS);
    }

    @ParameterizedTest
    @EnumSource(value = Layer.class, names = {"LAYER_1", "LAYER_2"})
    void onlyATokenGetsTheFloor(Layer layer) {
        ComponentScore s = score(governed(layer, Governance.SINGLE_ENTITY).adminControl(AdminControl.NONE));
        assertExactly(s, 7);
        assertThat(codes(s)).containsExactly(ReasonCode.GOVERNANCE_DECISION_MAKERS);
    }

    @Test
    void aTokensUnknownAdminControlRangesOverThePowers() {
        ComponentScore s = score(governed(Layer.TOKEN, Governance.COMPANY).adminControl(AdminControl.UNKNOWN));
        assertPoints(s, 16, 16, 20);
        assertThat(ruleCodes(s)).containsExactly(ReasonCode.GOVERNANCE_DECISION_MAKERS);
        assertThat(unknownNote(s, "admin_control").text()).startsWith("admin_control unknown: 16 to 20");
    }

    @Test
    void aChainsUnknownAdminControlDoesNotMatter() {
        assertExactly(score(governed(Layer.LAYER_1, Governance.COMPANY).adminControl(AdminControl.UNKNOWN)), 7);
    }

    @Test
    void everythingUnknownOnATokenRangesOverEverything() {
        ComponentScore s = score(governed(Layer.TOKEN, Governance.UNKNOWN).vcFunded(VcFunding.UNKNOWN)
                .adminControl(AdminControl.UNKNOWN));
        assertPoints(s, 7, 16, 25);
    }
}
