package io.dscore.core;

import io.dscore.api.SharedSecurity;
import static org.assertj.core.api.Assertions.assertThat;

import io.dscore.api.AdminControl;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.Consensus;
import io.dscore.api.Layer;
import io.dscore.api.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link AutonomyScorer}: the shared contract, then one test per rule of its Javadoc. */
class AutonomyScorerTest extends ComponentScorerContractTest {

    @Override
    ComponentScorer scorer() {
        return new AutonomyScorer();
    }

    @Override
    Component component() {
        return Component.AUTONOMY;
    }

    @ParameterizedTest
    @EnumSource(AdminControl.class)
    void aChainOfItsOwnGivesFive(AdminControl admin) {
        ComponentScore s = score(Coins.known().layer(Layer.LAYER_1).adminControl(admin));
        assertExactly(s, 5);
        assertThat(codes(s)).containsExactly(ReasonCode.AUTONOMY_OWN_CHAIN);
        assertThat(s.reasons().get(0).text()).isEqualTo("layer LAYER_1: a chain of its own, 5 of 5");
    }

    @Test
    void aParachainCountsAsAChainOfItsOwn() {
        assertExactly(score(Coins.known().layer(Layer.LAYER_1).consensus(Consensus.POS).sharedSecurity(SharedSecurity.YES)
                .hostChain("Polkadot")), 5);
    }

    @Test
    void mergeMiningGivesTwoAndAHalf() {
        ComponentScore s = score(Coins.known().layer(Layer.LAYER_1).mergedMinedWith("Litecoin"));
        assertExactly(s, 2.5);
        assertThat(codes(s)).containsExactly(ReasonCode.AUTONOMY_MERGE_MINED);
        assertThat(s.reasons().get(0).text()).isEqualTo("merged_mined_with Litecoin: shares its hash power, 2.5 of 5");
    }

    @ParameterizedTest
    @EnumSource(AdminControl.class)
    void aLayer2GivesTwoAndAHalf(AdminControl admin) {
        ComponentScore s = score(Coins.known().layer(Layer.LAYER_2).hostChain("Ethereum").adminControl(admin));
        assertExactly(s, 2.5);
        assertThat(codes(s)).containsExactly(ReasonCode.AUTONOMY_LAYER_2);
        assertThat(s.reasons().get(0).text()).isEqualTo("layer LAYER_2: settles on its host chain, 2.5 of 5");
    }

    @Test
    void aMergeMinedLayer2IsStillALayer2() {
        ComponentScore s = score(Coins.known().layer(Layer.LAYER_2).mergedMinedWith("Bitcoin"));
        assertExactly(s, 2.5);
        assertThat(codes(s)).containsExactly(ReasonCode.AUTONOMY_LAYER_2);
    }

    @Test
    void anImmutableTokenGivesTwoAndAHalf() {
        ComponentScore s = score(Coins.known().layer(Layer.TOKEN).consensus(Consensus.NONE)
                .adminControl(AdminControl.NONE));
        assertExactly(s, 2.5);
        assertThat(codes(s)).containsExactly(ReasonCode.AUTONOMY_IMMUTABLE_TOKEN);
        assertThat(s.reasons().get(0).text()).isEqualTo(
                "layer TOKEN with admin_control NONE: no issuer control, depends on its host chain, 2.5 of 5");
    }

    @ParameterizedTest
    @EnumSource(value = AdminControl.class, names = {"UPGRADEABLE", "FREEZABLE", "HALTABLE"})
    void aControlledTokenGivesZero(AdminControl admin) {
        ComponentScore s = score(Coins.known().layer(Layer.TOKEN).consensus(Consensus.NONE).adminControl(admin));
        assertExactly(s, 0);
        assertThat(codes(s)).containsExactly(ReasonCode.AUTONOMY_HOSTED_TOKEN);
        assertThat(s.reasons().get(0).text()).isEqualTo(
                "layer TOKEN with admin_control " + admin + ": depends on its host chain and issuer, 0 of 5");
    }

    @Test
    void aTokensUnknownAdminControlCountsAsControlledAndRangesToTwoAndAHalf() {
        ComponentScore s = score(Coins.known().layer(Layer.TOKEN).consensus(Consensus.NONE)
                .adminControl(AdminControl.UNKNOWN));
        assertPoints(s, 0, 0, 2.5);
        assertThat(codes(s)).containsExactly(ReasonCode.AUTONOMY_HOSTED_TOKEN, ReasonCode.UNKNOWN_FACT);
        assertThat(unknownNote(s, "admin_control").text())
                .isEqualTo("admin_control unknown: 0 to 2.5 depending on it (range +2.5)");
    }

    @Test
    void aTokenIsNotMergeMined() {
        assertExactly(score(Coins.known().layer(Layer.TOKEN).consensus(Consensus.NONE).mergedMinedWith("Bitcoin")
                .adminControl(AdminControl.FREEZABLE)), 0);
    }
}
