package io.dscore.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.DScoreResult;
import io.dscore.core.DScore;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@link DScoreModule}: coins round-trip through an ObjectMapper in the snake_case JSON; results are written. */
class DScoreModuleTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new DScoreModule()).build();

    @Test
    void randomCoinsRoundTrip() {
        qt().withExamples(300).forAll(longs().all()).check(seed -> {
            for (Coin coin : CoinRoundTripTest.coins(new Random(seed))) {
                if (!MAPPER.readValue(MAPPER.writeValueAsString(coin), Coin.class).equals(coin)) {
                    return false;
                }
            }
            return true;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/examples/coins.csv", "dscore-core/src/test/resources/calibration/training-facts.csv"})
    void theExampleAndCalibrationCoinsRoundTripAsAList(String file) {
        List<Coin> coins = read(ROOT.resolve(file));

        String json = MAPPER.writeValueAsString(coins);
        List<Coin> back = MAPPER.readerForListOf(Coin.class).readValue(json);

        assertThat(back).isEqualTo(coins).hasSizeGreaterThan(20);
    }

    @Test
    void whatTheModuleWritesTheJsonReaderReads() {
        List<Coin> coins = read(ROOT.resolve("docs/examples/coins.csv"));

        assertThat(CoinRoundTripTest.readJson(MAPPER.writeValueAsString(coins))).isEqualTo(coins);
    }

    @Test
    void anInvalidCoinFailsWithTheMessageOfTheReader() {
        assertThatThrownBy(() -> MAPPER.readValue("{\"name\": \"X\", \"symbol\": \"X\", \"layer\": \"L1\"}", Coin.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("<json>:1: column layer: unknown word, expected one of LAYER_1, LAYER_2, TOKEN"
                        + " (value 'L1')");
        assertThatThrownBy(() -> MAPPER.readValue("{\"name\": \"X\", \"name\": \"Y\"}", Coin.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("<json>:1: column name: appears twice in the object (value 'Y')");
        assertThatThrownBy(() -> MAPPER.readValue("[1]", Coin.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("a coin is a JSON object, found START_ARRAY");
    }

    @Test
    void aResultIsWrittenWithItsRangeStampsAndComponents() {
        Coin coin = read(ROOT.resolve("docs/examples/coins.csv")).get(0);
        DScoreResult result = DScore.asOf(LocalDate.of(2026, 6, 19)).scoreOf(coin);

        JsonNode json = MAPPER.valueToTree(result);

        assertThat(MAPPER.treeToValue(json.get("coin"), Coin.class)).isEqualTo(coin);
        assertThat(json.get("total").doubleValue()).isEqualTo(result.total());
        assertThat(json.get("total_min").doubleValue()).isEqualTo(result.totalMin());
        assertThat(json.get("total_max").doubleValue()).isEqualTo(result.totalMax());
        assertThat(json.get("band").stringValue()).isEqualTo(result.band().label());
        assertThat(json.get("band_certain").booleanValue()).isEqualTo(result.bandCertain());
        assertThat(json.get("as_of").stringValue()).isEqualTo("2026-06-19");
        assertThat(json.get("methodology").stringValue()).isEqualTo("dscore-2");
        List<String> keys = new ArrayList<>(json.get("components").propertyNames());
        assertThat(keys).containsExactly("node_distribution", "initial_distribution", "governance",
                "age_and_history", "autonomy");
        for (Component component : Component.values()) {
            ComponentScore score = result.component(component);
            JsonNode node = json.get("components").get(ResultWriter.key(component));
            assertThat(node.get("points").doubleValue()).isEqualTo(score.points());
            assertThat(node.get("max_points").doubleValue()).isEqualTo(score.max());
            assertThat(node.get("points_min").doubleValue()).isEqualTo(score.minPoints());
            assertThat(node.get("points_max").doubleValue()).isEqualTo(score.maxPoints());
            assertThat(node.get("reasons")).hasSize(score.reasons().size());
            for (int i = 0; i < score.reasons().size(); i++) {
                assertThat(node.get("reasons").get(i).get("code").stringValue())
                        .isEqualTo(score.reasons().get(i).code().name());
                assertThat(node.get("reasons").get(i).get("points").doubleValue())
                        .isEqualTo(score.reasons().get(i).points());
                assertThat(node.get("reasons").get(i).get("text").stringValue())
                        .isEqualTo(score.reasons().get(i).text());
            }
        }
    }

    static List<Coin> read(Path file) {
        List<Coin> coins = new ArrayList<>();
        try (CoinReader reader = CoinReader.open(file)) {
            reader.forEach(row -> coins.add(((Row.Parsed) row).coin()));
        }
        return coins;
    }
}
