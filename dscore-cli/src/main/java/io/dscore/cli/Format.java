package io.dscore.cli;

import io.dscore.core.Scorer;
import java.io.IOException;
import java.io.Writer;

/** The output formats of {@code dscore score --format} and {@code dscore diff --format}. */
enum Format {
    /** Aligned columns for people, sorted by total, highest first; with {@code --explain}, the reasons below. */
    TABLE {
        @Override
        ResultWriter writer(Writer out, boolean explain, Scorer scorer) {
            return new TableWriter(out, explain, scorer);
        }
    },
    /** One CSV row per coin, in input order, streamed; {@code --explain} adds nothing. */
    CSV {
        @Override
        ResultWriter writer(Writer out, boolean explain, Scorer scorer) throws IOException {
            return new CsvWriter(out);
        }
    },
    /** A JSON array of one object per coin, in input order, streamed; {@code --explain} adds the reasons. */
    JSON {
        @Override
        ResultWriter writer(Writer out, boolean explain, Scorer scorer) throws IOException {
            return new JsonWriter(out, explain);
        }
    },
    /**
     * One self-contained HTML page (inline CSS, SVG and script): a ranked chart of the totals split into the
     * components, then a table with each coin's reasons and improvements; {@code --explain} adds nothing, the
     * page always explains.
     */
    HTML {
        @Override
        ResultWriter writer(Writer out, boolean explain, Scorer scorer) {
            return new HtmlWriter(out, scorer);
        }
    };

    /** A writer of this format on {@code out}, for the results of {@code scorer}. */
    abstract ResultWriter writer(Writer out, boolean explain, Scorer scorer) throws IOException;
}
