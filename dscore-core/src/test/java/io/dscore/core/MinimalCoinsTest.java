package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.Consensus;
import io.dscore.api.DScoreResult;
import io.dscore.api.Layer;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What unknown facts count as: coins given only the required facts (name, symbol, layer, consensus; launch type,
 * funding and governance left unknown) score the defaults that docs/methodology.md documents in "Unknown facts",
 * and their range covers every completion. The table of methodology.md is this test's table.
 */
class MinimalCoinsTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        // layer, consensus, node, initial, governance, age, autonomy, total, min, max
        "LAYER_1, POW, 30, 6, 16, 5, 5, 62, 12, 100",
        "LAYER_1, POS, 20, 6, 16, 5, 5, 52, 12, 98",
        "TOKEN, NONE, 0, 13, 16, 5, 0, 34, 7, 67.5"})
    void aCoinWithOnlyTheRequiredFactsScoresTheDocumentedDefaults(Layer layer, Consensus consensus, double node,
            double initial, double governance, double age, double autonomy, double total, double min, double max) {
        Coin coin = Coin.builder().name("Minimal").symbol("MIN").layer(layer).consensus(consensus).build();
        DScoreResult r = DScore.asOf(Coins.AS_OF).scoreOf(coin);
        assertThat(Arrays.asList(r.component(Component.NODE_DISTRIBUTION).points(),
                r.component(Component.INITIAL_DISTRIBUTION).points(), r.component(Component.GOVERNANCE).points(),
                r.component(Component.AGE_AND_HISTORY).points(), r.component(Component.AUTONOMY).points()))
                .containsExactly(node, initial, governance, age, autonomy);
        assertThat(r.total()).isEqualTo(total);
        assertThat(r.totalMin()).isEqualTo(min);
        assertThat(r.totalMax()).isEqualTo(max);
        assertThat(r.bandCertain()).isFalse();
    }
}
