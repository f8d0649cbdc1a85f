package io.dscore.cli;

import io.dscore.api.InvalidFactException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A record that could not be scored, and why. Its {@link #message()} is the line printed on standard error:
 * {@code FILE:LINE: column COLUMN: what is wrong (value 'X')}.
 *
 * @param at      where the record starts
 * @param column  the column of the bad cell: a column name, or a 1-based position for a cell beyond the
 *                header; empty when the problem is not in one cell
 * @param problem what is wrong, in words that use column names
 * @param value   the offending text
 */
record BadRow(Location at, Optional<String> column, String problem, String value) implements Row {

    /** Longest value shown in a message; longer ones are cut. */
    static final int SHOWN_VALUE = 80;

    /** Longest column name shown in a message (an unknown JSON key can be any length); longer ones are cut. */
    static final int SHOWN_COLUMN = 200;

    BadRow {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(value, "value");
    }

    /** A bad cell in a known column. */
    static BadRow of(Location at, Column column, String problem, String value) {
        return new BadRow(at, Optional.of(column.header()), problem, value);
    }

    /**
     * A row the library rejected: the column of the fact at fault, the library's problem, and the cell as it was
     * written (empty if the fact's column is not in the file).
     */
    static BadRow rejectedBy(Location at, InvalidFactException e, Map<Column, String> cells) {
        Column column = Column.of(e.fact());
        return new BadRow(at, Optional.of(column.header()), e.problem(), cells.getOrDefault(column, ""));
    }

    /** Returns the line to print on standard error. */
    String message() {
        StringBuilder line = new StringBuilder().append(at).append(": ");
        column.ifPresent(c -> line.append("column ").append(shown(c, SHOWN_COLUMN)).append(": "));
        return line.append(problem).append(" (value '").append(shown(value, SHOWN_VALUE)).append("')").toString();
    }

    /** The text on one line, cut to a readable length. */
    private static String shown(String text, int longest) {
        String oneLine = oneLine(text);
        return oneLine.length() <= longest ? oneLine : oneLine.substring(0, longest) + "...";
    }

    /** The text with its line breaks written as {@code \r} and {@code \n}, so that a message stays one line. */
    static String oneLine(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }
}
