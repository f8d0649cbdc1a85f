package io.dscore.cli;

import java.io.IOException;
import java.io.Writer;

/** The output formats of {@code dscore score --format}. */
enum Format {
    /** Aligned columns for people, sorted by total, highest first; with {@code --explain}, the reasons below. */
    TABLE {
        @Override
        ResultWriter writer(Writer out, boolean explain) {
            return new TableWriter(out, explain);
        }
    },
    /** One CSV row per coin, in input order, streamed; {@code --explain} adds nothing. */
    CSV {
        @Override
        ResultWriter writer(Writer out, boolean explain) throws IOException {
            return new CsvWriter(out);
        }
    },
    /** A JSON array of one object per coin, in input order, streamed; {@code --explain} adds the reasons. */
    JSON {
        @Override
        ResultWriter writer(Writer out, boolean explain) throws IOException {
            return new JsonWriter(out, explain);
        }
    };

    /** A writer of this format on {@code out}. */
    abstract ResultWriter writer(Writer out, boolean explain) throws IOException;
}
