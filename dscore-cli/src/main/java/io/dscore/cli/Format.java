package io.dscore.cli;

import io.dscore.api.DScoreResult;
import io.dscore.core.Scorer;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

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
            return adapt(io.dscore.io.ResultWriter.csv(out), false);
        }
    },
    /** A JSON array of one object per coin, in input order, streamed; {@code --explain} adds the reasons. */
    JSON {
        @Override
        ResultWriter writer(Writer out, boolean explain, Scorer scorer) throws IOException {
            return adapt(io.dscore.io.ResultWriter.json(out, explain), explain);
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

    /** The library's writer as the command's; with {@code --explain}, each result gets its top improvements. */
    private static ResultWriter adapt(io.dscore.io.ResultWriter writer, boolean explain) {
        return new ResultWriter() {
            @Override
            public void write(DScoreResult result) throws IOException {
                writer.write(result, explain ? ResultWriter.topImprovements(result) : List.of());
            }

            @Override
            public void finish() throws IOException {
                writer.finish();
            }
        };
    }
}
