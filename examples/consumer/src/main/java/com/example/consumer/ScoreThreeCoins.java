package com.example.consumer;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.ComponentScore;
import io.dscore.api.Consensus;
import io.dscore.api.DScoreResult;
import io.dscore.api.Governance;
import io.dscore.api.LaunchType;
import io.dscore.api.Layer;
import io.dscore.api.Reason;
import io.dscore.api.SharedSecurity;
import io.dscore.api.VcFunding;
import io.dscore.core.DScore;
import io.dscore.core.Scorer;
import java.time.LocalDate;
import java.util.List;

/** Builds three coins with the fluent API and prints their D-Scores with every reason. */
public final class ScoreThreeCoins {

    private ScoreThreeCoins() {
    }

    /** Flux, as published by BlockIndex.AI on 2026-06-19: 68, Decentralized. */
    static Coin flux() {
        return Coin.builder()
                .name("Flux").symbol("FLUX")
                .layer(Layer.LAYER_1).consensus(Consensus.POW).consensusDetail("ZelHash (Equihash 125,4)")
                .launchType(LaunchType.FAIR_LAUNCH).launchYear(2020)
                .vcFunded(VcFunding.NO).insiderAllocationPct(5.3).devFundPct(3.6)
                .governance(Governance.COMPANY).incidents(0).adminControl(AdminControl.NONE)
                .build();
    }

    static Coin litecoin() {
        return Coin.builder()
                .name("Litecoin").symbol("LTC")
                .layer(Layer.LAYER_1).consensus(Consensus.POW).consensusDetail("Scrypt").sharedSecurity(SharedSecurity.NO)
                .blockProducers(10).nakamotoCoefficient(3)
                .launchType(LaunchType.FAIR_LAUNCH).launchYear(2011)
                .vcFunded(VcFunding.NO).insiderAllocationPct(0).devFundPct(0)
                .governance(Governance.ROUGH_CONSENSUS).incidents(0).adminControl(AdminControl.NONE)
                .build();
    }

    static Coin stablecoin() {
        return Coin.builder()
                .name("Example Dollar").symbol("EXD")
                .layer(Layer.TOKEN).hostChain("ETH").consensus(Consensus.NONE)
                .launchType(LaunchType.OTHER).launchYear(2023)
                .vcFunded(VcFunding.UNKNOWN)
                .governance(Governance.COMPANY).adminControl(AdminControl.FREEZABLE)
                .build();
    }

    static List<DScoreResult> scores(LocalDate asOf) {
        Scorer scorer = DScore.asOf(asOf);
        return scorer.scoreAll(List.of(flux(), litecoin(), stablecoin()));
    }

    /**
     * Prints the scores as of 2026-06-19.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        for (DScoreResult result : scores(LocalDate.of(2026, 6, 19))) {
            System.out.printf("%s (%s): %s, %s [%s..%s]%n", result.coin().name(), result.coin().symbol(),
                    result.total(), result.band().label(), result.totalMin(), result.totalMax());
            for (ComponentScore component : result.components()) {
                System.out.printf("  %-22s %5s of %s%n", component.component().label(), component.points(),
                        component.max());
                for (Reason reason : component.reasons()) {
                    System.out.printf("      %+5.1f %s%n", reason.points(), reason.text());
                }
            }
        }
    }
}
