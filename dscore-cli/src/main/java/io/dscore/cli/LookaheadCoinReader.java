package io.dscore.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/**
 * The iterator part of a {@link CoinReader}: holds at most one row read ahead, so {@link #hasNext()} can tell
 * whether another row comes. Subclasses read rows from their format.
 */
abstract class LookaheadCoinReader implements CoinReader {

    private Row pending;

    /**
     * Reads the next row of the input.
     *
     * @return the row, or null at the end of the input (and on every later call)
     * @throws InputException if the rest of the input cannot be read
     */
    abstract Row read();

    /** Closes the parser and its input. */
    abstract void closeInput() throws IOException;

    @Override
    public final boolean hasNext() {
        if (pending == null) {
            pending = read();
        }
        return pending != null;
    }

    @Override
    public final Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row row = pending;
        pending = null;
        return row;
    }

    @Override
    public final void close() {
        try {
            closeInput();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
