package io.dscore.core;

import io.dscore.api.SharedSecurity;
import static org.assertj.core.api.Assertions.assertThat;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.Consensus;
import io.dscore.api.Fact;
import io.dscore.api.Governance;
import io.dscore.api.Improvement;
import io.dscore.api.LaunchType;
import io.dscore.api.Layer;
import io.dscore.api.VcFunding;
import java.time.LocalDate;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * {@link Scorer#improvementsFor(Coin)}: one golden coin per kind of suggestion, each expected list computed by
 * hand from the rule tables of the five scorers (docs/methodology.md), as of 2026-06-19.
 *
 * <p>Mutation testing notes for the code this class covers: {@code docs/mutation.md}.
 */
class WhatIfTest {

    private static final Scorer SCORER = DScore.asOf(LocalDate.of(2026, 6, 19));

    /**
     * A proof-of-stake chain: Node 5 (28 at most for stake; 5000 producers allow 28, Nakamoto coefficient 2 caps
     * at 5), Initial 6 (fair launch 25; insider 12% + dev fund 3% = 15%, over 10 up to 20: at most 6), Governance
     * 20 (FOUNDATION, no VC), Age 14 (11 years, no incident), Autonomy 5: total 50.
     */
    private static Coin.Builder stakeChain() {
        return Coin.builder().name("Stake").symbol("STK").layer(Layer.LAYER_1).consensus(Consensus.POS)
                .sharedSecurity(SharedSecurity.NO).blockProducers(5000).nakamotoCoefficient(2)
                .launchType(LaunchType.FAIR_LAUNCH).launchYear(2015).vcFunded(VcFunding.NO)
                .insiderAllocationPct(12).devFundPct(3).governance(Governance.FOUNDATION).incidents(0)
                .adminControl(AdminControl.HALTABLE);
    }

    /**
     * A token: Node 0, Initial 25 (fair launch, no insider share), Governance 16 (COMPANY on a token is its
     * issuer), Age 13 (6 years), Autonomy 0 (hosted, issuer can upgrade): total 54.
     */
    private static Coin.Builder token() {
        return Coin.builder().name("Token").symbol("TOK").layer(Layer.TOKEN).consensus(Consensus.NONE).hostChain("ETH")
                .consensus(Consensus.NONE).launchType(LaunchType.FAIR_LAUNCH).launchYear(2020)
                .vcFunded(VcFunding.NO).insiderAllocationPct(0).devFundPct(0).governance(Governance.COMPANY)
                .incidents(0).adminControl(AdminControl.UPGRADEABLE);
    }

    @Test
    void aStakeChainIsToldItsNakamotoCoefficientInsiderShareAndGovernance() {
        Coin coin = stakeChain().build();

        assertThat(SCORER.scoreOf(coin).total()).isEqualTo(50);
        // Nakamoto 10 allows 28: +23; insider 5% makes 8%, up to 10: 13, +7 (10% would make 13%: still 6);
        // ON_CHAIN 25: +5; more producers gain nothing (5000 already allow 28); HALTABLE counts on tokens only
        assertThat(SCORER.improvementsFor(coin)).extracting(Improvement::toString).containsExactly(
                "nakamoto_coefficient 2 -> 10: +23",
                "insider_allocation_pct 12 -> 5: +7",
                "governance FOUNDATION -> ON_CHAIN: +5");
    }

    @Test
    void aDevFundShareIsSuggestedAtTheFirstValueThatReachesTheBestRow() {
        Coin coin = stakeChain().insiderAllocationPct(0).devFundPct(15).build();

        // dev fund 15%: 6 points; 10% or 5% or 2% give 13; 1% (up to 1) gives 25: +19
        assertThat(SCORER.improvementsFor(coin)).extracting(Improvement::toString).containsExactly(
                "nakamoto_coefficient 2 -> 10: +23",
                "dev_fund_pct 15 -> 1: +19",
                "governance FOUNDATION -> ON_CHAIN: +5");
    }

    @Test
    void aTokenIsToldToGiveUpItsAdminControl() {
        Coin coin = token().build();

        assertThat(SCORER.scoreOf(coin).total()).isEqualTo(54);
        // ON_CHAIN 25: +9; adminControl NONE raises Governance to 20 (+4) and Autonomy to 2.5 (+2.5): +6.5
        assertThat(SCORER.improvementsFor(coin)).extracting(Improvement::toString).containsExactly(
                "governance COMPANY -> ON_CHAIN: +9",
                "admin_control UPGRADEABLE -> NONE: +6.5");
    }

    @Test
    void anUnknownAdminControlIsNamedUnknown() {
        Coin coin = token().adminControl(AdminControl.UNKNOWN).build();

        assertThat(SCORER.improvementsFor(coin)).extracting(Improvement::toString).containsExactly(
                "governance COMPANY -> ON_CHAIN: +9",
                "admin_control unknown -> NONE: +6.5");
    }

    @Test
    void aChainWhoseBlocksAnotherChainSecuresIsToldSharedSecurity() {
        Coin coin = Coin.builder().name("Para").symbol("PAR").layer(Layer.LAYER_1).hostChain("DOT")
                .consensus(Consensus.POS).sharedSecurity(SharedSecurity.YES).launchType(LaunchType.FAIR_LAUNCH).launchYear(2020)
                .vcFunded(VcFunding.NO).insiderAllocationPct(0).devFundPct(0).governance(Governance.ON_CHAIN)
                .incidents(0).adminControl(AdminControl.NONE).build();

        // shared security: Node 5; its own stake validators, count unknown: 20 (POS assumed): +15
        assertThat(SCORER.improvementsFor(coin)).singleElement().satisfies(improvement -> {
            assertThat(improvement.fact()).isEqualTo(Fact.SHARED_SECURITY);
            assertThat(improvement).hasToString("shared_security YES -> NO: +15");
        });
    }

    @Test
    void unknownFactsAreNamedUnknown() {
        Coin coin = Coin.builder().name("U").symbol("U").layer(Layer.LAYER_1).consensus(Consensus.POS)
                .launchType(LaunchType.FAIR_LAUNCH).vcFunded(VcFunding.NO).governance(Governance.UNKNOWN)
                .build();

        // governance unknown counts 16: ON_CHAIN +9; stake with nothing known is assumed 20: a Nakamoto
        // coefficient of 10 allows 28 (+8), 300 producers alone at most 26 (+6); unknown shares count as 0
        assertThat(SCORER.improvementsFor(coin)).extracting(Improvement::toString).containsExactly(
                "governance unknown -> ON_CHAIN: +9",
                "nakamoto_coefficient unknown -> 10: +8",
                "block_producers unknown -> 300: +6");
    }

    @Test
    void unknownSharesHaveNothingToGain() {
        Coin coin = stakeChain().unknown(Fact.INSIDER_ALLOCATION_PCT).unknown(Fact.DEV_FUND_PCT)
                .build();

        assertThat(SCORER.improvementsFor(coin)).extracting(Improvement::fact)
                .containsExactly(Fact.NAKAMOTO_COEFFICIENT, Fact.GOVERNANCE);
    }

    @Test
    void theStaticEntryPointSuggestsAsOfToday() {
        Coin coin = stakeChain().build();

        assertThat(DScore.improvementsFor(coin)).isEqualTo(DScore.asOf(LocalDate.now()).improvementsFor(coin));
        assertThat(DScore.improvementsFor(coin)).isNotEmpty();
    }
}
