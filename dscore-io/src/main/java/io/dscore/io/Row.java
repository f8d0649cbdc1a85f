package io.dscore.io;

import io.dscore.api.Coin;
import io.dscore.api.Fact;
import io.dscore.api.InvalidFactException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of an input: either {@link Parsed}, whose cells made a valid {@link Coin}, or {@link Rejected},
 * which says what is wrong. A {@link CoinReader} yields one row per record, in file order, so a caller accounts
 * for every record without catching exceptions (see the example of {@link CoinReader}).
 *
 * @since 0.2
 */
public sealed interface Row permits Row.Parsed, Row.Rejected {

    /**
     * Where the record starts.
     *
     * @return the input and line of the record's first character
     */
    Location location();

    /**
     * A record that made a valid coin.
     *
     * <p>Immutable and thread-safe.
     *
     * @param location where the record starts, not null
     * @param coin     the coin, not null
     * @param cells    the text of each fact the record holds, as written (a cell left out is absent); copied,
     *                 not null
     * @since 0.2
     */
    record Parsed(Location location, Coin coin, Map<Fact, String> cells) implements Row {

        /**
         * Creates a parsed row.
         *
         * @param location where the record starts, not null
         * @param coin     the coin, not null
         * @param cells    the text of each fact the record holds, as written; not null
         * @throws NullPointerException if an argument is null
         */
        public Parsed {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(coin, "coin");
            cells = Map.copyOf(Objects.requireNonNull(cells, "cells"));
        }

        /**
         * The rejected row to report when a later check rejects this coin (a scorer refuses a launch year after
         * its as-of date): the fact's column, the problem, and the cell as it was written.
         *
         * @param error the rejection, not null
         * @return the row naming the cell at fault
         */
        public Rejected rejectedBy(InvalidFactException error) {
            return Rejected.rejectedBy(location, error, cells);
        }
    }

    /**
     * A record that is not a valid coin, and why. {@link #message()} is one line:
     * {@code SOURCE:LINE: column COLUMN: what is wrong (value 'X')}.
     *
     * <p>Immutable and thread-safe.
     *
     * @param location where the record starts, not null
     * @param fact     the fact at fault, if the problem is in the cell of a known column
     * @param column   where the problem is: a column name (also an unknown one), or a 1-based position for a cell
     *                 beyond the header; empty when the problem is in no one cell
     * @param problem  what is wrong, in words that name facts by their column, not null
     * @param value    the offending text, not null
     * @since 0.2
     */
    record Rejected(Location location, Optional<Fact> fact, Optional<String> column, String problem, String value)
            implements Row {

        /** The longest value shown in a {@link #message()}; longer ones are cut and end with {@code ...}. */
        public static final int SHOWN_VALUE = 80;

        /** Longest column name shown in a message (an unknown JSON key can be any length); longer ones are cut. */
        public static final int SHOWN_COLUMN = 200;

        /**
         * Creates a rejected row.
         *
         * @param location where the record starts, not null
         * @param fact     the fact at fault, if there is one; not null
         * @param column   the column or position of the bad cell, if there is one; not null
         * @param problem  what is wrong, not null
         * @param value    the offending text, not null
         * @throws NullPointerException if an argument is null
         */
        public Rejected {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(value, "value");
        }

        /** A bad cell in a known column. */
        static Rejected of(Location at, Column column, String problem, String value) {
            return new Rejected(at, Optional.of(column.fact()), Optional.of(column.header()), problem, value);
        }

        /** A problem that is not in the cell of a known column. */
        static Rejected at(Location at, Optional<String> column, String problem, String value) {
            return new Rejected(at, Optional.empty(), column, problem, value);
        }

        /**
         * A record the library rejected: the column of the fact at fault, the library's problem, and the cell as
         * it was written (empty if the fact's column is not in the input).
         */
        static Rejected rejectedBy(Location at, InvalidFactException e, Map<Fact, String> cells) {
            return new Rejected(at, Optional.of(e.fact()), Optional.of(e.fact().column()), e.problem(),
                    cells.getOrDefault(e.fact(), ""));
        }

        /**
         * Returns the one-line report of this row, {@code SOURCE:LINE: column COLUMN: problem (value 'X')}; line
         * breaks in the column or value are written as {@code \r} and {@code \n}, and a value longer than
         * {@value #SHOWN_VALUE} characters is cut.
         *
         * @return the report, on one line
         */
        public String message() {
            StringBuilder line = new StringBuilder().append(location).append(": ");
            column.ifPresent(c -> line.append("column ").append(shown(c, SHOWN_COLUMN)).append(": "));
            return line.append(problem).append(" (value '").append(shown(value, SHOWN_VALUE)).append("')").toString();
        }

        /** The text on one line, cut to a readable length. */
        static String shown(String text, int longest) {
            String oneLine = oneLine(text);
            return oneLine.length() <= longest ? oneLine : oneLine.substring(0, longest) + "...";
        }

        /** The text with its line breaks written as {@code \r} and {@code \n}, so that a message stays one line. */
        static String oneLine(String text) {
            return text.replace("\r", "\\r").replace("\n", "\\n");
        }
    }
}
