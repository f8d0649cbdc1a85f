package io.dscore.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.DScoreResult;
import io.dscore.api.Improvement;
import io.dscore.api.Reason;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a JSON array with one object per result as it comes, in input order. Keys: the CSV columns
 * ({@link ResultColumns#CSV_HEADER}); with {@code --explain} also {@code reasons}, an object with each
 * component's reasons ({@code code}, {@code points}, {@code text}, which names facts by their column), and
 * {@code ranges}, an object with {@code min} and {@code max} for each component whose points an unknown fact
 * leaves open.
 */
final class JsonWriter implements ResultWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonGenerator json;
    private final boolean explain;

    JsonWriter(Writer out, boolean explain) throws IOException {
        this.json = FACTORY.createGenerator(out);
        this.explain = explain;
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));
        json.writeStartArray();
    }

    @Override
    public void write(DScoreResult result) throws IOException {
        json.writeStartObject();
        json.writeStringField(ResultColumns.NAME, result.coin().name());
        json.writeStringField(ResultColumns.SYMBOL, result.coin().symbol());
        points(ResultColumns.TOTAL, result.total());
        json.writeStringField(ResultColumns.BAND, result.band().label());
        for (Component component : Component.values()) {
            points(ResultColumns.key(component), result.component(component).points());
        }
        points(ResultColumns.TOTAL_MIN, result.totalMin());
        points(ResultColumns.TOTAL_MAX, result.totalMax());
        json.writeBooleanField(ResultColumns.BAND_CERTAIN, result.bandCertain());
        json.writeStringField(ResultColumns.AS_OF, result.asOf().toString());
        json.writeStringField(ResultColumns.METHODOLOGY, result.methodology().id());
        if (explain) {
            writeReasons(result);
            writeRanges(result);
            writeImprovements(result);
        }
        json.writeEndObject();
    }

    @Override
    public void finish() throws IOException {
        json.writeEndArray();
        json.writeRaw('\n');
        json.flush();
    }

    private void writeReasons(DScoreResult result) throws IOException {
        json.writeObjectFieldStart(ResultColumns.REASONS);
        for (ComponentScore score : result.components()) {
            json.writeArrayFieldStart(ResultColumns.key(score.component()));
            for (Reason reason : score.reasons()) {
                json.writeStartObject();
                json.writeStringField("code", reason.code().name());
                points("points", reason.points());
                json.writeStringField("text", reason.text());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private void writeImprovements(DScoreResult result) throws IOException {
        json.writeArrayFieldStart(ResultColumns.IMPROVEMENTS);
        for (Improvement improvement : ResultWriter.topImprovements(result)) {
            json.writeStartObject();
            json.writeStringField("fact", improvement.fact().column());
            json.writeStringField("from", improvement.from());
            json.writeStringField("to", improvement.to());
            points("gain", improvement.gain());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void writeRanges(DScoreResult result) throws IOException {
        json.writeObjectFieldStart(ResultColumns.RANGES);
        for (ComponentScore score : result.components()) {
            if (score.uncertain()) {
                json.writeObjectFieldStart(ResultColumns.key(score.component()));
                points("min", score.minPoints());
                points("max", score.maxPoints());
                json.writeEndObject();
            }
        }
        json.writeEndObject();
    }

    private void points(String key, double points) throws IOException {
        json.writeFieldName(key);
        if (Points.whole(points)) {
            json.writeNumber((long) points);
        } else {
            json.writeNumber(points);
        }
    }
}
