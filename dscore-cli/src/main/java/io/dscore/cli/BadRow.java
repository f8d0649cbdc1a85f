package io.dscore.cli;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** The library's messages end with the value: {@code (was -3)}; the message shows the cell instead. */
    private static final Pattern WAS = Pattern.compile(" \\(was .*\\)$");

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
     * A row the library rejected. Its messages name the camelCase field first and end with the value
     * ({@code "blockProducers must be >= 0 (was -3)"}); this names the column instead
     * ({@code "column block_producers: must be >= 0 (value '-3')"}) and shows the cell as it was written.
     */
    static BadRow rejectedBy(Location at, IllegalArgumentException e, Map<Column, String> cells) {
        String message = String.valueOf(e.getMessage());
        int space = message.indexOf(' ');
        String subject = space < 0 ? message : message.substring(0, space);
        int index = subject.indexOf('[');
        Optional<Column> column = Column.byField(index < 0 ? subject : subject.substring(0, index));
        // an element of a list column ("producerShares[1] must be ...") keeps its position in the problem
        String problem = column.isPresent() && index < 0 ? message.substring(space + 1) : message;
        String value = column.map(c -> cells.getOrDefault(c, "")).orElse("");
        Matcher was = WAS.matcher(problem);
        if (was.find()) {
            String shownByLibrary = problem.substring(was.start() + " (was ".length(), problem.length() - 1);
            // the cell is shown anyway; keep the library's "(was ...)" only where it names two facts
            // ("was blockProducers 4, producerShares has 3 positive amounts") or one element of a list cell
            problem = index >= 0 || shownByLibrary.contains(", ") ? problem : problem.substring(0, was.start());
        }
        problem = Column.withHeaders(problem);
        return new BadRow(at, column.map(Column::header), problem, value);
    }

    /** Returns the line to print on standard error. */
    String message() {
        StringBuilder line = new StringBuilder().append(at).append(": ");
        column.ifPresent(c -> line.append("column ").append(oneLine(c)).append(": "));
        return line.append(problem).append(" (value '").append(shown(value)).append("')").toString();
    }

    /** The value on one line, cut to a readable length. */
    private static String shown(String value) {
        String oneLine = oneLine(value);
        return oneLine.length() <= SHOWN_VALUE ? oneLine : oneLine.substring(0, SHOWN_VALUE) + "...";
    }

    /** The text with its line breaks written as {@code \r} and {@code \n}, so that a message stays one line. */
    static String oneLine(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }
}
