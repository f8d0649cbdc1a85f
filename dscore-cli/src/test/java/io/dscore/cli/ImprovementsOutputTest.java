package io.dscore.cli;

import static io.dscore.cli.Cli.AS_OF;
import static io.dscore.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code --explain} shows the top 3 what-if improvements per coin (library: {@code Scorer.improvementsFor}). */
class ImprovementsOutputTest {

    @Test
    void tableShowsWhatWouldRaiseEachCoin() {
        Cli.Run run = run("score", "--explain", "--as-of", AS_OF);

        assertThat(run.status()).isZero();
        // Flux (bundled example, facts as published 2026-06-19): only governance can lift it
        assertThat(run.out()).contains("Flux (FLUX): 68, Decentralized")
                .contains("  What would raise it:\n    governance COMPANY -> ON_CHAIN: +18\n");
    }

    @Test
    void jsonListsAtMostThreeImprovementsLargestFirst() throws Exception {
        Cli.Run run = run("score", "--format", "json", "--explain", "--as-of", AS_OF);

        JsonNode coins = new ObjectMapper().readTree(run.out());
        boolean sawFlux = false;
        for (JsonNode coin : coins) {
            JsonNode improvements = coin.get("improvements");
            assertThat(improvements.size()).isLessThanOrEqualTo(3);
            for (int i = 1; i < improvements.size(); i++) {
                assertThat(improvements.get(i).get("gain").asDouble())
                        .isLessThanOrEqualTo(improvements.get(i - 1).get("gain").asDouble());
            }
            if ("FLUX".equals(coin.get("symbol").asString())) {
                sawFlux = true;
                assertThat(improvements.size()).isEqualTo(1);
                assertThat(improvements.get(0).get("fact").asString()).isEqualTo("governance");
                assertThat(improvements.get(0).get("from").asString()).isEqualTo("COMPANY");
                assertThat(improvements.get(0).get("to").asString()).isEqualTo("ON_CHAIN");
                assertThat(improvements.get(0).get("gain").asDouble()).isEqualTo(18.0);
            }
        }
        assertThat(sawFlux).isTrue();
    }

    @Test
    void withoutExplainThereAreNoImprovements() {
        Cli.Run run = run("score", "--format", "json", "--as-of", AS_OF);

        assertThat(run.out()).doesNotContain("improvements");
    }
}
