package io.dscore.io;

import io.dscore.api.Coin;
import io.dscore.api.ComponentScore;
import io.dscore.api.DScoreResult;
import io.dscore.api.Reason;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson 3 module that reads and writes {@link Coin} in the snake_case JSON of the interchange format, and
 * writes {@link DScoreResult}.
 *
 * <ul>
 *   <li>A coin is the object {@link CoinReader} reads from a JSON array, with the same checks and the same
 *       words: keys are the column names ({@code block_producers}); unknown facts are left out when writing and
 *       may be left out or {@code null} when reading; {@code producer_shares} is an array of numbers. An object
 *       that is not a valid coin fails with a {@code DatabindException} whose message is that of
 *       {@link Row.Rejected#message()}, such as
 *       {@code <json>:1: column layer: unknown word, expected one of LAYER_1, LAYER_2, TOKEN (value 'L1')}.</li>
 *   <li>A result is an object with {@code coin}, {@code total}, {@code total_min}, {@code total_max},
 *       {@code band} (the label), {@code band_certain}, {@code as_of}, {@code methodology} ({@code dscore-2}),
 *       and {@code components}: per component key ({@link ResultWriter#key}) its {@code points},
 *       {@code max_points}, the range {@code points_min} and {@code points_max}, and its {@code reasons}
 *       ({@code code}, {@code points}, {@code text}).</li>
 * </ul>
 *
 * <p>Example, copied from {@code FromJavaExamplesTest}:
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new DScoreModule()).build();
 * Coin coin = mapper.readValue(json, Coin.class);
 * String written = mapper.writeValueAsString(coin);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class DScoreModule extends JacksonModule {

    /** What a coin read by the module is located by in messages. */
    static final String SOURCE = "<json>";

    private final SimpleModule module = new SimpleModule("dscore")
            .addSerializer(Coin.class, new CoinSerializer())
            .addDeserializer(Coin.class, new CoinDeserializer())
            .addSerializer(DScoreResult.class, new ResultSerializer());

    /** Creates the module. */
    public DScoreModule() {
        // the serializers are stateless
    }

    /**
     * Returns the module's name, {@code dscore}.
     *
     * @return {@code dscore}
     */
    @Override
    public String getModuleName() {
        return "dscore";
    }

    /**
     * Returns the module's version; Jackson uses it for diagnostics only.
     *
     * @return an unknown version
     */
    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    /**
     * Registers the serializers and the deserializer.
     *
     * @param context the mapper's set-up, not null
     */
    @Override
    public void setupModule(SetupContext context) {
        module.setupModule(context);
    }

    private static final class CoinSerializer extends StdSerializer<Coin> {

        CoinSerializer() {
            super(Coin.class);
        }

        @Override
        public void serialize(Coin coin, JsonGenerator json, SerializationContext context) {
            CoinJson.write(coin, json);
        }
    }

    private static final class CoinDeserializer extends StdDeserializer<Coin> {

        CoinDeserializer() {
            super(Coin.class);
        }

        @Override
        public Coin deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                return context.reportInputMismatch(Coin.class, "a coin is a JSON object, found %s",
                        parser.currentToken());
            }
            Row row;
            try {
                row = new JsonCoinReader(SOURCE, parser).readObject();
            } catch (InputException e) {
                return context.reportInputMismatch(Coin.class, "%s", e.getMessage());
            }
            if (row instanceof Row.Rejected) {
                return context.reportInputMismatch(Coin.class, "%s", ((Row.Rejected) row).message());
            }
            return ((Row.Parsed) row).coin();
        }
    }

    private static final class ResultSerializer extends StdSerializer<DScoreResult> {

        ResultSerializer() {
            super(DScoreResult.class);
        }

        @Override
        public void serialize(DScoreResult result, JsonGenerator json, SerializationContext context) {
            json.writeStartObject();
            json.writeName("coin");
            CoinJson.write(result.coin(), json);
            ResultWriter.Jackson.points(json, "total", result.total());
            ResultWriter.Jackson.points(json, "total_min", result.totalMin());
            ResultWriter.Jackson.points(json, "total_max", result.totalMax());
            json.writeStringProperty("band", result.band().label());
            json.writeBooleanProperty("band_certain", result.bandCertain());
            json.writeStringProperty("as_of", result.asOf().toString());
            json.writeStringProperty("methodology", result.methodology().id());
            json.writeObjectPropertyStart("components");
            for (ComponentScore score : result.components()) {
                json.writeObjectPropertyStart(ResultWriter.key(score.component()));
                ResultWriter.Jackson.points(json, "points", score.points());
                ResultWriter.Jackson.points(json, "max_points", score.max());
                ResultWriter.Jackson.points(json, "points_min", score.minPoints());
                ResultWriter.Jackson.points(json, "points_max", score.maxPoints());
                json.writeArrayPropertyStart("reasons");
                for (Reason reason : score.reasons()) {
                    json.writeStartObject();
                    json.writeStringProperty("code", reason.code().name());
                    ResultWriter.Jackson.points(json, "points", reason.points());
                    json.writeStringProperty("text", reason.text());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        }
    }
}
