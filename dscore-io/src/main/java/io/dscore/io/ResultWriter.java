package io.dscore.io;

import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.DScoreResult;
import io.dscore.api.Improvement;
import io.dscore.api.Reason;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes scores as they come, in the order given: one CSV row or one JSON object per {@link DScoreResult}, the
 * output of {@code dscore score --format csv|json}.
 *
 * <p>The columns ({@link #columns()}): {@code name}, {@code symbol}, {@code total}, {@code band} (its label),
 * one per component ({@link #key(Component)}, such as {@code node_distribution}), {@code total_min},
 * {@code total_max}, {@code band_certain}, then what produced the score: {@code as_of} (ISO date) and
 * {@code methodology} ({@code dscore-2}). Points are plain decimals, {@code 68} or {@code 93.5}, never
 * {@code 68.0}. Lines end with LF.
 * <ul>
 *   <li>CSV: a header row, then one row per result. Formula-safe: a text cell (a name or symbol) starting with
 *       {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return is written with a leading
 *       {@code '}, so that a spreadsheet shows it as text instead of running it as a formula.</li>
 *   <li>JSON: an array of objects with the columns as keys; with {@code explain}, each object also has
 *       {@code reasons} (per component: {@code code}, {@code points}, {@code text}), {@code ranges} (per
 *       component whose points an unknown fact leaves open: {@code min}, {@code max}) and {@code improvements}
 *       (the ones given to {@link #write(DScoreResult, List)}: {@code fact}, {@code from}, {@code to},
 *       {@code gain}).</li>
 * </ul>
 * The writer does not close {@code out}; {@link #finish()} ends the output and flushes it.
 *
 * <p>Not thread-safe.
 *
 * @since 0.2
 */
public abstract sealed class ResultWriter permits ResultWriter.Csv, ResultWriter.Json {

    private static final List<String> COLUMNS = columnList();

    ResultWriter() {
    }

    /**
     * A CSV writer; the header row is written at once.
     *
     * @param out where the rows go, not null
     * @return the writer
     * @throws IOException if the header cannot be written
     */
    public static ResultWriter csv(Writer out) throws IOException {
        return new Csv(Objects.requireNonNull(out, "out"));
    }

    /**
     * A JSON writer; the start of the array is written at once.
     *
     * @param out     where the objects go, not null
     * @param explain whether each object also holds the reasons, ranges and improvements
     * @return the writer
     * @throws IOException if the output cannot be written
     */
    public static ResultWriter json(Writer out, boolean explain) throws IOException {
        return new Json(Objects.requireNonNull(out, "out"), explain);
    }

    /**
     * The output columns, in order: the CSV header and the keys of each JSON object.
     *
     * @return the column names, unmodifiable
     */
    public static List<String> columns() {
        return COLUMNS;
    }

    /**
     * The column of a component's points: its constant's name in lower case, such as {@code node_distribution}.
     *
     * @param component the component, not null
     * @return the column name
     */
    public static String key(Component component) {
        return component.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Writes one result, without improvements.
     *
     * @param result the result, not null
     * @throws IOException if the output cannot be written
     */
    public final void write(DScoreResult result) throws IOException {
        write(result, List.of());
    }

    /**
     * Writes one result and, in JSON with {@code explain}, the improvements given (other writers ignore them).
     *
     * @param result       the result, not null
     * @param improvements the changes that would raise its score, such as the first few of
     *                     {@code DScore.improvementsFor(coin)}; not null
     * @throws IOException if the output cannot be written
     */
    public abstract void write(DScoreResult result, List<Improvement> improvements) throws IOException;

    /**
     * Writes the end of the output and flushes it. Call once, after the last result.
     *
     * @throws IOException if the output cannot be written
     */
    public abstract void finish() throws IOException;

    private static List<String> columnList() {
        List<String> header = new ArrayList<>(List.of("name", "symbol", "total", "band"));
        for (Component component : Component.values()) {
            header.add(key(component));
        }
        header.addAll(List.of("total_min", "total_max", "band_certain", "as_of", "methodology"));
        return List.copyOf(header);
    }

    /** The CSV format: one row per result, formatted into a buffer and written at once. */
    static final class Csv extends ResultWriter {

        private final CsvLines out;
        private final Object[] cells = new Object[COLUMNS.size()];

        Csv(Writer out) throws IOException {
            this.out = new CsvLines(out);
            this.out.print(COLUMNS.toArray());
        }

        @Override
        public void write(DScoreResult result, List<Improvement> improvements) throws IOException {
            int i = 0;
            cells[i++] = FormulaGuard.guard(result.coin().name());
            cells[i++] = FormulaGuard.guard(result.coin().symbol());
            cells[i++] = Points.text(result.total());
            cells[i++] = result.band().label();
            for (Component component : Component.values()) {
                cells[i++] = Points.text(result.component(component).points());
            }
            cells[i++] = Points.text(result.totalMin());
            cells[i++] = Points.text(result.totalMax());
            cells[i++] = Boolean.toString(result.bandCertain());
            cells[i++] = result.asOf().toString();
            cells[i] = result.methodology().id();
            out.print(cells);
        }

        @Override
        public void finish() throws IOException {
            out.flush();
        }
    }

    /** The JSON format: an array streamed by a Jackson generator. */
    static final class Json extends ResultWriter {

        private final JsonGenerator json;
        private final boolean explain;

        Json(Writer out, boolean explain) throws IOException {
            this.json = Jackson.generator(out);
            this.explain = explain;
            try {
                json.writeStartArray();
            } catch (JacksonException e) {
                throw Jackson.ioError(e);
            }
        }

        @Override
        public void write(DScoreResult result, List<Improvement> improvements) throws IOException {
            try {
                json.writeStartObject();
                json.writeStringProperty("name", result.coin().name());
                json.writeStringProperty("symbol", result.coin().symbol());
                Jackson.points(json, "total", result.total());
                json.writeStringProperty("band", result.band().label());
                for (Component component : Component.values()) {
                    Jackson.points(json, key(component), result.component(component).points());
                }
                Jackson.points(json, "total_min", result.totalMin());
                Jackson.points(json, "total_max", result.totalMax());
                json.writeBooleanProperty("band_certain", result.bandCertain());
                json.writeStringProperty("as_of", result.asOf().toString());
                json.writeStringProperty("methodology", result.methodology().id());
                if (explain) {
                    writeReasons(result);
                    writeRanges(result);
                    writeImprovements(improvements);
                }
                json.writeEndObject();
            } catch (JacksonException e) {
                throw Jackson.ioError(e);
            }
        }

        @Override
        public void finish() throws IOException {
            Jackson.endArray(json);
        }

        private void writeReasons(DScoreResult result) {
            json.writeObjectPropertyStart("reasons");
            for (ComponentScore score : result.components()) {
                json.writeArrayPropertyStart(key(score.component()));
                for (Reason reason : score.reasons()) {
                    json.writeStartObject();
                    json.writeStringProperty("code", reason.code().name());
                    Jackson.points(json, "points", reason.points());
                    json.writeStringProperty("text", reason.text());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }

        private void writeImprovements(List<Improvement> improvements) {
            json.writeArrayPropertyStart("improvements");
            for (Improvement improvement : improvements) {
                json.writeStartObject();
                json.writeStringProperty("fact", improvement.fact().column());
                json.writeStringProperty("from", improvement.from());
                json.writeStringProperty("to", improvement.to());
                Jackson.points(json, "gain", improvement.gain());
                json.writeEndObject();
            }
            json.writeEndArray();
        }

        private void writeRanges(DScoreResult result) {
            json.writeObjectPropertyStart("ranges");
            for (ComponentScore score : result.components()) {
                if (score.uncertain()) {
                    json.writeObjectPropertyStart(key(score.component()));
                    Jackson.points(json, "min", score.minPoints());
                    Jackson.points(json, "max", score.maxPoints());
                    json.writeEndObject();
                }
            }
            json.writeEndObject();
        }
    }

    /** The Jackson set-up the JSON writers share. */
    static final class Jackson {

        /** Two-space indent, LF line ends, {@code "key": value}. */
        private static final JsonMapper MAPPER = JsonMapper.builder().build();
        private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));

        private Jackson() {
        }

        /** A pretty-printing generator on {@code out} that leaves {@code out} open. */
        static JsonGenerator generator(Writer out) throws IOException {
            try {
                return MAPPER.writer().with(PRETTY).without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                        .createGenerator(out);
            } catch (JacksonException e) {
                throw ioError(e);
            }
        }

        /** Points as a JSON number: an integer when whole, so {@code 68}, not {@code 68.0}. */
        static void points(JsonGenerator json, String key, double points) {
            json.writeName(key);
            if (Points.whole(points)) {
                json.writeNumber((long) points);
            } else {
                json.writeNumber(points);
            }
        }

        /** Closes the top-level array with a line end and flushes; leaves the writer open. */
        static void endArray(JsonGenerator json) throws IOException {
            try {
                json.writeEndArray();
                json.writeRaw('\n');
                json.flush();
            } catch (JacksonException e) {
                throw ioError(e);
            }
        }

        /** The I/O error behind a Jackson exception, or the exception as an I/O error. */
        static IOException ioError(JacksonException e) {
            if (e instanceof JacksonIOException && e.getCause() instanceof IOException) {
                return (IOException) e.getCause();
            }
            return new IOException(e.getMessage(), e);
        }
    }
}
