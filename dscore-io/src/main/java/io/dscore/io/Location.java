package io.dscore.io;

import java.util.Objects;

/**
 * Where a record starts: the input's name and the physical line (1-based) of the record's first character.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the name of the input, as given when the reader was opened, not null
 * @param line   the line number, 1-based
 * @since 0.2
 */
public record Location(String source, long line) {

    /**
     * Creates a location.
     *
     * @param source the name of the input, not null
     * @param line   the line number, 1-based
     * @throws NullPointerException if {@code source} is null
     */
    public Location {
        Objects.requireNonNull(source, "source");
    }

    /**
     * Returns {@code source:line}, the prefix of every message about this record.
     *
     * @return {@code source:line}
     */
    @Override
    public String toString() {
        return source + ":" + line;
    }
}
