package io.dscore.io;

import io.dscore.api.Coin;
import io.dscore.api.Fact;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Writes coins in the interchange format, so that {@link CoinReader} reads back equal coins: CSV with a header
 * naming every column in format order ({@link Fact} order), or a JSON array of objects with the known facts.
 *
 * <ul>
 *   <li>An unknown fact is an empty cell in CSV and is left out of a JSON object ({@code shared_security} and
 *       {@code admin_control} when {@code UNKNOWN}); a required fact whose enum has an {@code UNKNOWN} word,
 *       such as {@code vc_funded}, writes that word.</li>
 *   <li>Numbers are written exactly ({@link Double#toString}); producer shares are separated by {@code ;} in
 *       CSV and are an array of numbers in JSON.</li>
 *   <li>CSV text cells are quoted when they hold commas, quotes or line breaks, and are formula-safe: one that
 *       starts with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return (after any apostrophes)
 *       gets a leading {@code '}, which {@link CoinReader} removes again.</li>
 *   <li>The readers strip blanks around every cell, so text with leading or trailing blanks reads back
 *       stripped.</li>
 * </ul>
 * The writer does not close {@code out}; {@link #finish()} ends the output and flushes it. Lines end with LF.
 *
 * <p>Not thread-safe.
 *
 * @since 0.2
 */
public abstract sealed class CoinWriter permits CoinWriter.Csv, CoinWriter.Json {

    CoinWriter() {
    }

    /**
     * A CSV writer; the header row is written at once.
     *
     * @param out where the rows go, not null
     * @return the writer
     * @throws IOException if the header cannot be written
     */
    public static CoinWriter csv(Writer out) throws IOException {
        return new Csv(Objects.requireNonNull(out, "out"));
    }

    /**
     * A JSON writer; the start of the array is written at once.
     *
     * @param out where the objects go, not null
     * @return the writer
     * @throws IOException if the output cannot be written
     */
    public static CoinWriter json(Writer out) throws IOException {
        return new Json(Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes one coin.
     *
     * @param coin the coin, not null
     * @throws IOException if the output cannot be written
     */
    public abstract void write(Coin coin) throws IOException;

    /**
     * Writes the end of the output and flushes it. Call once, after the last coin.
     *
     * @throws IOException if the output cannot be written
     */
    public abstract void finish() throws IOException;

    /** CSV: every column, in format order. */
    static final class Csv extends CoinWriter {

        private static final List<Fact> FACTS = List.of(Fact.values());

        private final CsvLines out;
        private final Object[] cells = new Object[FACTS.size()];

        Csv(Writer out) throws IOException {
            this.out = new CsvLines(out);
            this.out.print(Arrays.stream(Fact.values()).map(Fact::column).toArray());
        }

        @Override
        public void write(Coin coin) throws IOException {
            for (int i = 0; i < cells.length; i++) {
                Fact fact = FACTS.get(i);
                String cell = CoinFacts.cell(coin, fact);
                cells[i] = Column.of(fact).text() ? FormulaGuard.guard(cell) : cell;
            }
            out.print(cells);
        }

        @Override
        public void finish() throws IOException {
            out.flush();
        }
    }

    /** JSON: an array of coin objects, as {@link DScoreModule} writes one. */
    static final class Json extends CoinWriter {

        private final JsonGenerator json;

        Json(Writer out) throws IOException {
            this.json = ResultWriter.Jackson.generator(out);
            try {
                json.writeStartArray();
            } catch (JacksonException e) {
                throw ResultWriter.Jackson.ioError(e);
            }
        }

        @Override
        public void write(Coin coin) throws IOException {
            try {
                CoinJson.write(coin, json);
            } catch (JacksonException e) {
                throw ResultWriter.Jackson.ioError(e);
            }
        }

        @Override
        public void finish() throws IOException {
            ResultWriter.Jackson.endArray(json);
        }
    }
}
