package io.dscore.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.Consensus;
import io.dscore.api.Fact;
import io.dscore.api.Governance;
import io.dscore.api.LaunchType;
import io.dscore.api.Layer;
import io.dscore.api.VcFunding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code docs/schema/coin.schema.json} cannot drift from the library: its properties are the columns of
 * {@link Fact} in order, its required properties the required columns, its enums the constants of the library's
 * enums; and every coin of the example set and of the calibration set, written as JSON, is valid under it
 * (validated with networknt json-schema-validator, draft 2020-12), while an object with an unknown key or word
 * is not.
 */
class CoinSchemaTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new DScoreModule()).build();
    private static final JsonNode SCHEMA = MAPPER.readTree(ROOT.resolve("docs/schema/coin.schema.json").toFile());
    private static final Schema VALIDATOR = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SCHEMA);
    private static final Map<Fact, Class<? extends Enum<?>>> ENUMS = Map.of(Fact.LAYER, Layer.class,
            Fact.CONSENSUS, Consensus.class, Fact.LAUNCH_TYPE, LaunchType.class, Fact.VC_FUNDED, VcFunding.class,
            Fact.GOVERNANCE, Governance.class, Fact.ADMIN_CONTROL, AdminControl.class);

    @Test
    void thePropertiesAreTheFactsInFormatOrder() {
        List<String> names = new ArrayList<>(SCHEMA.get("properties").propertyNames());
        assertThat(names).containsExactlyElementsOf(
                Arrays.stream(Fact.values()).map(Fact::column).collect(Collectors.toList()));
        assertThat(SCHEMA.get("additionalProperties").booleanValue()).isFalse();
        assertThat(SCHEMA.get("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void theRequiredPropertiesAreTheRequiredColumns() {
        List<String> required = SCHEMA.get("required").valueStream().map(JsonNode::stringValue)
                .collect(Collectors.toList());
        assertThat(required).containsExactlyElementsOf(Arrays.stream(Column.values()).filter(Column::required)
                .map(Column::header).collect(Collectors.toList()));
    }

    static Stream<Arguments> enumFacts() {
        return ENUMS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest
    @MethodSource("enumFacts")
    void theWordsOfAnEnumFactAreTheConstantsOfItsEnum(Fact fact, Class<? extends Enum<?>> type) {
        List<String> words = SCHEMA.get("properties").get(fact.column()).get("enum").valueStream()
                .filter(JsonNode::isString).map(JsonNode::stringValue).collect(Collectors.toList());
        assertThat(words).containsExactlyElementsOf(
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/examples/coins.csv", "dscore-core/src/test/resources/calibration/training-facts.csv"})
    void everyExampleAndCalibrationCoinIsValid(String file) throws IOException {
        List<Coin> coins = new ArrayList<>();
        try (CoinReader reader = CoinReader.open(ROOT.resolve(file))) {
            reader.forEach(row -> coins.add(((Row.Parsed) row).coin()));
        }
        assertThat(coins).hasSizeGreaterThan(20);
        for (Coin coin : coins) {
            JsonNode json = MAPPER.valueToTree(coin);
            assertThat(VALIDATOR.validate(json)).as(coin.name()).isEmpty();
        }
    }

    @Test
    void theJsonExampleOfTheDocsIsValid() throws IOException {
        String docs = Files.readString(ROOT.resolve("docs/inputs.md"), StandardCharsets.UTF_8);
        String example = docs.substring(docs.indexOf("```json\n") + 8, docs.indexOf("```", docs.indexOf("```json\n") + 8));
        for (JsonNode coin : MAPPER.readTree(example)) {
            assertThat(VALIDATOR.validate(coin)).isEmpty();
        }
    }

    @Test
    void anUnknownKeyAWrongWordAndAMissingRequiredFactAreInvalid() {
        JsonNode bad = MAPPER.readTree("{\"name\": \"X\", \"symbol\": \"X\", \"layer\": \"L1\", \"consensus\": \"POW\","
                + " \"launch_type\": \"FAIR_LAUNCH\", \"vc_funded\": \"NO\", \"colour\": \"red\"}");

        List<String> errors = VALIDATOR.validate(bad).stream().map(Error::toString).collect(Collectors.toList());

        assertThat(errors).hasSize(3);
        assertThat(String.join("\n", errors)).contains("layer", "colour", "governance");
    }
}
