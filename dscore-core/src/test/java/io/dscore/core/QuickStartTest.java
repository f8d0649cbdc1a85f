package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.Consensus;
import io.dscore.api.DScoreResult;
import io.dscore.api.Governance;
import io.dscore.api.LaunchType;
import io.dscore.api.Layer;
import io.dscore.api.Reason;
import io.dscore.api.VcFunding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README quick start, compiled and asserted. The region between the tag comments is copied into
 * README.md; keep it at most 10 lines. Expected values: Flux as published by BlockIndex.AI on 2026-06-19
 * (see {@link FluxSeedTest}).
 */
class QuickStartTest {

    @Test
    void quickStart() {
        // tag::quick-start[]
        Coin flux = Coin.builder().name("Flux").symbol("FLUX")
                .layer(Layer.LAYER_1).consensus(Consensus.POW)
                .launchType(LaunchType.FAIR_LAUNCH).launchYear(2020)
                .vcFunded(VcFunding.NO).insiderAllocationPct(5.3).devFundPct(3.6)
                .governance(Governance.COMPANY).incidents(0).adminControl(AdminControl.NONE).build();
        DScoreResult result = DScore.asOf(LocalDate.of(2026, 6, 19)).scoreOf(flux);
        double total = result.total();                                       // 68.0 = 30 + 13 + 7 + 13 + 5
        String band = result.band().label();                                 // "Decentralized"
        List<Reason> why = result.component(Component.GOVERNANCE).reasons(); // why 7 of 25
        String rules = result.methodology().id();                            // "dscore-2"
        // end::quick-start[]
        assertThat(rules).isEqualTo("dscore-2");
        assertThat(total).isCloseTo(68.0, within(1e-9));
        assertThat(band).isEqualTo("Decentralized");
        assertThat(why).extracting(Reason::text)
                .containsExactly("governance COMPANY: a company steering a chain of its own, 7 of 25");
    }

    @Test
    void theQuickStartIsAtMostTenLines() throws IOException {
        // Surefire runs in the module directory; an IDE may run in the project root
        Path source = Path.of("src/test/java/io/dscore/core/QuickStartTest.java");
        if (!Files.exists(source)) {
            source = Path.of("dscore-core").resolve(source);
        }
        List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals("// tag::quick-start[]")) {
                start = i;
            } else if (lines.get(i).trim().equals("// end::quick-start[]")) {
                end = i;
            }
        }
        assertThat(start).isNotNegative();
        assertThat(end - start - 1).isBetween(1, 10);
    }
}
