package io.dscore.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.dscore.api.Coin;
import io.dscore.api.DScoreResult;
import io.dscore.api.Improvement;
import io.dscore.core.DScore;
import io.dscore.core.Scorer;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@link ResultWriter}: the columns, CSV rows, and the JSON objects with and without the explanation. */
class ResultWriterTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Scorer SCORER = DScore.asOf(LocalDate.of(2026, 6, 19));

    @Test
    void theColumnsAreThoseOfTheCommand() {
        assertThat(ResultWriter.columns()).containsExactly("name", "symbol", "total", "band", "node_distribution",
                "initial_distribution", "governance", "age_and_history", "autonomy", "total_min", "total_max",
                "band_certain", "as_of", "methodology");
    }

    @Test
    void jsonWithTheExplanationHoldsReasonsRangesAndTheImprovementsGiven() throws IOException {
        List<Coin> coins = DScoreModuleTest.read(ROOT.resolve("docs/examples/coins.csv"));
        StringWriter out = new StringWriter();
        ResultWriter writer = ResultWriter.json(out, true);
        for (Coin coin : coins) {
            DScoreResult result = SCORER.scoreOf(coin);
            List<Improvement> improvements = SCORER.improvementsFor(coin);
            writer.write(result, improvements.subList(0, Math.min(1, improvements.size())));
        }
        writer.finish();

        assertThat(out.toString()).startsWith("[\n  {\n    \"name\": \"Bitcoin\",\n").endsWith("}\n]\n");
        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json).hasSize(coins.size());
        for (int i = 0; i < coins.size(); i++) {
            DScoreResult result = SCORER.scoreOf(coins.get(i));
            JsonNode object = json.get(i);
            assertThat(object.get("total").doubleValue()).isEqualTo(result.total());
            assertThat(object.get("reasons").get("governance")).hasSize(
                    result.component(io.dscore.api.Component.GOVERNANCE).reasons().size());
            assertThat(object.get("ranges").size()).isEqualTo(
                    (int) result.components().stream().filter(c -> c.uncertain()).count());
            List<Improvement> improvements = SCORER.improvementsFor(coins.get(i));
            assertThat(object.get("improvements")).hasSize(Math.min(1, improvements.size()));
            if (!improvements.isEmpty()) {
                assertThat(object.get("improvements").get(0).get("fact").stringValue())
                        .isEqualTo(improvements.get(0).fact().column());
                assertThat(object.get("improvements").get(0).get("gain").doubleValue())
                        .isEqualTo(improvements.get(0).gain());
            }
        }
    }

    @Test
    void jsonWithoutTheExplanationHoldsTheColumnsOnly() throws IOException {
        StringWriter out = new StringWriter();
        ResultWriter writer = ResultWriter.json(out, false);
        writer.write(SCORER.scoreOf(DScoreModuleTest.read(ROOT.resolve("docs/examples/coins.csv")).get(0)));
        writer.finish();

        JsonNode object = JsonMapper.builder().build().readTree(out.toString()).get(0);
        assertThat(object.propertyNames()).containsExactlyElementsOf(ResultWriter.columns());
        assertThat(object.get("band_certain").isBoolean()).isTrue();
    }

    @Test
    void csvRowsFollowTheHeaderWithPlainPoints() throws IOException {
        StringWriter out = new StringWriter();
        ResultWriter writer = ResultWriter.csv(out);
        DScoreResult result = SCORER.scoreOf(DScoreModuleTest.read(ROOT.resolve("docs/examples/coins.csv")).get(0));
        writer.write(result);
        writer.finish();

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", ResultWriter.columns()));
        assertThat(lines.get(1).split(",")).hasSize(ResultWriter.columns().size());
        assertThat(lines.get(1)).doesNotContain(".0,");
        assertThat(out.toString()).doesNotContain("\r");
    }
}
