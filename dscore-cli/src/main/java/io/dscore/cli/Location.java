package io.dscore.cli;

import java.util.Objects;

/**
 * Where a row starts: the input's name and the physical line (1-based) of the row's first character.
 *
 * @param source the file name as given on the command line, {@code <stdin>} or the bundled example, not null
 * @param line   the line number, 1-based
 */
record Location(String source, long line) {

    Location {
        Objects.requireNonNull(source, "source");
    }

    /** Returns {@code source:line}, the prefix of every message about this row. */
    @Override
    public String toString() {
        return source + ":" + line;
    }
}
