package io.dscore.core;

import io.dscore.api.SharedSecurity;
import static org.assertj.core.api.Assertions.assertThat;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.Consensus;
import io.dscore.api.DScoreResult;
import io.dscore.api.Fact;
import io.dscore.api.Governance;
import io.dscore.api.Improvement;
import io.dscore.api.LaunchType;
import io.dscore.api.Layer;
import io.dscore.api.VcFunding;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What-if suggestions and the worked example of docs/methodology.md (ranges under missing facts). */
class ImprovementsTest {

    private static final Scorer SCORER = DScore.asOf(LocalDate.of(2026, 6, 19));
    private static final Set<Fact> CHANGEABLE = EnumSet.of(Fact.GOVERNANCE, Fact.ADMIN_CONTROL, Fact.DEV_FUND_PCT,
            Fact.INSIDER_ALLOCATION_PCT, Fact.BLOCK_PRODUCERS, Fact.NAKAMOTO_COEFFICIENT, Fact.SHARED_SECURITY);

    /** Flux as in the calibration set (BlockIndex.AI, 2026-06-19). */
    private static Coin flux() {
        return Coin.builder().name("Flux").symbol("FLUX").layer(Layer.LAYER_1).consensus(Consensus.POW)
                .launchType(LaunchType.FAIR_LAUNCH).launchYear(2020).vcFunded(VcFunding.NO)
                .insiderAllocationPct(5.3).devFundPct(3.6).governance(Governance.COMPANY).incidents(0)
                .adminControl(AdminControl.NONE).build();
    }

    @Test
    void fluxCanOnlyGainFromGovernance() {
        assertThat(SCORER.improvementsFor(flux())).extracting(Improvement::toString)
                .containsExactly("governance COMPANY -> ON_CHAIN: +18");
    }

    @Test
    void everyTrainingCoinsSuggestionsRaiseTheTotalByExactlyTheirGain() {
        int suggestions = 0;
        for (Coin coin : TrainingSet.coins()) {
            double total = SCORER.scoreOf(coin).total();
            List<Improvement> improvements = SCORER.improvementsFor(coin);
            for (int i = 0; i < improvements.size(); i++) {
                Improvement improvement = improvements.get(i);
                assertThat(CHANGEABLE).contains(improvement.fact());
                if (i > 0) {
                    assertThat(improvement.gain()).isLessThanOrEqualTo(improvements.get(i - 1).gain());
                }
                Coin changed = apply(coin, improvement);
                assertThat(SCORER.scoreOf(changed).total() - total).as("%s %s", coin.symbol(), improvement)
                        .isEqualTo(improvement.gain());
                suggestions++;
            }
        }
        assertThat(suggestions).isGreaterThan(41);
    }

    @Test
    void stakeChainIsToldHowManyProducersWouldLiftItsNode() {
        // with VC funding on-chain votes are capped at 20, so rough consensus (21) is the best governance

        Coin bnbLike = Coin.builder().name("Chain").symbol("CHN").layer(Layer.LAYER_1).consensus(Consensus.DPOS)
                .blockProducers(45).launchType(LaunchType.ICO).launchYear(2017).vcFunded(VcFunding.YES)
                .governance(Governance.COMPANY).incidents(1).adminControl(AdminControl.HALTABLE).build();
        List<Improvement> improvements = SCORER.improvementsFor(bnbLike);
        // methodology 2: funded with the insider share unknown gives Initial 0; a known share of 0 would give 25
        assertThat(improvements).extracting(Improvement::toString).containsExactly(
                "insider_allocation_pct unknown -> 1: +25", "block_producers 45 -> 300: +21",
                "governance COMPANY -> ROUGH_CONSENSUS: +14");
    }

    @Test
    void noSuggestionForACoinAtTheTopOfEveryChangeableRule() {
        Coin top = Coin.builder().name("Top").symbol("TOP").layer(Layer.LAYER_1).consensus(Consensus.POW)
                .sharedSecurity(SharedSecurity.NO).blockProducers(20).nakamotoCoefficient(5).launchType(LaunchType.FAIR_LAUNCH)
                .launchYear(2009).vcFunded(VcFunding.NO).insiderAllocationPct(0).devFundPct(0)
                .governance(Governance.ON_CHAIN).incidents(0).adminControl(AdminControl.NONE).build();
        assertThat(SCORER.improvementsFor(top)).isEmpty();
    }

    @Test
    void workedExampleRangeContainsBothFullyKnownVariants() {
        Coin unknown = Coin.builder(flux()).vcFunded(VcFunding.UNKNOWN).unknown(Fact.LAUNCH_YEAR).build();
        DScoreResult result = SCORER.scoreOf(unknown);
        // methodology 2: the known insider share (5.3 + 3.6) grades Initial and already counts any investors, so
        // the unknown funding leaves it at 13; the unknown launch year (Age 4 to 15) and producer counts leave the
        // total open
        assertThat(result.total()).isEqualTo(60);
        assertThat(result.totalMin()).isEqualTo(29); // Node 0 to 30: Flux gives no producer counts
        assertThat(result.totalMax()).isEqualTo(70);
        assertThat(result.bandCertain()).isFalse();
        double noVc = SCORER.scoreOf(Coin.builder(unknown).vcFunded(VcFunding.NO).launchYear(2020).build()).total();
        double vc = SCORER.scoreOf(Coin.builder(unknown).vcFunded(VcFunding.YES).launchYear(2020).build()).total();
        assertThat(noVc).isEqualTo(68);
        assertThat(vc).isEqualTo(68);
        assertThat(List.of(noVc, vc)).allSatisfy(t -> assertThat(t).isBetween(result.totalMin(), result.totalMax()));
        assertThat(result.component(io.dscore.api.Component.INITIAL_DISTRIBUTION).uncertain()).isFalse();
    }

    private static Coin apply(Coin coin, Improvement improvement) {
        Coin.Builder b = Coin.builder(coin);
        String to = improvement.to();
        switch (improvement.fact()) {
            case GOVERNANCE:
                return b.governance(Governance.valueOf(to)).build();
            case ADMIN_CONTROL:
                return b.adminControl(AdminControl.valueOf(to)).build();
            case DEV_FUND_PCT:
                return b.devFundPct(Double.parseDouble(to)).build();
            case INSIDER_ALLOCATION_PCT:
                return b.insiderAllocationPct(Double.parseDouble(to)).build();
            case BLOCK_PRODUCERS:
                return b.blockProducers(Integer.parseInt(to)).build();
            case NAKAMOTO_COEFFICIENT:
                return b.nakamotoCoefficient(Integer.parseInt(to)).build();
            case SHARED_SECURITY:
                return b.sharedSecurity(SharedSecurity.valueOf(to)).build();
            default:
                throw new AssertionError("not a changeable fact: " + improvement);
        }
    }
}
