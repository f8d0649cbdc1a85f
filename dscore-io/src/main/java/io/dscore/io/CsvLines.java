package io.dscore.io;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes CSV records, LF-terminated, each formatted into a buffer first and handed to the writer whole, so a
 * record that cannot be formatted leaves no part of itself in the output. The CSV writers of coins and of results
 * share it.
 */
final class CsvLines {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);

    CsvLines(Writer out) {
        this.out = out;
    }

    /** Writes one record of {@code cells}. */
    void print(Object... cells) throws IOException {
        FORMAT.printRecord(line, cells);
        out.append(line);
        line.setLength(0);
    }

    /** Flushes the writer; leaves it open. */
    void flush() throws IOException {
        out.flush();
    }
}
