package io.dscore.cli;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;

/**
 * Reads the records of one input, one at a time, as {@link Row}s: a coin or the reason it is not one. Nothing
 * is read ahead beyond the current record, so memory does not grow with the input.
 *
 * <p>{@link #hasNext()} and {@link #next()} throw {@link InputException} when the rest of the input cannot be
 * read (broken quoting, invalid JSON, bytes that are not UTF-8); the rows returned before stay valid.
 */
interface CoinReader extends Iterator<Row>, Closeable {

    /** How many bytes are looked at to tell CSV from JSON, binary from text. */
    int SNIFF_BYTES = 8192;

    /**
     * Opens a source and picks the reader: JSON for a {@code .json} name, CSV for a {@code .csv} name, otherwise
     * JSON when the first non-blank character is {@code [} or {@code {}, else CSV. A UTF-8 byte order mark is
     * skipped.
     *
     * @throws InputException naming the source if it cannot be opened, is empty, or is not text
     */
    static CoinReader open(Source source) {
        InputStream in = new BufferedInputStream(source.open(), SNIFF_BYTES * 2);
        try {
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            int start = 0;
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF) {
                start = in.skip(3) == 3 ? 3 : 0;
            } else if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF)
                    && ((head[1] & 0xFF) == 0xFE || (head[1] & 0xFF) == 0xFF)) {
                throw new InputException(source.name() + ": UTF-16 text, expected UTF-8");
            }
            int first = firstVisible(head, start);
            if (first < 0) {
                throw new InputException(source.name() + ": empty file, expected CSV with a header line or a JSON"
                        + " array of coins");
            }
            for (int i = start; i < head.length; i++) {
                if (head[i] == 0) {
                    throw new InputException(source.name() + ": not a CSV or JSON file (binary content)");
                }
            }
            String lower = source.name().toLowerCase(Locale.ROOT);
            boolean json = lower.endsWith(".json")
                    || (!lower.endsWith(".csv") && (head[first] == '[' || head[first] == '{'));
            return json ? new JsonCoinReader(source.name(), in) : new CsvCoinReader(source.name(), in);
        } catch (IOException e) {
            close(in);
            throw new InputException(source.name() + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            close(in);
            throw e;
        }
    }

    /** Closes the reader and its input. */
    @Override
    void close();

    private static int firstVisible(byte[] head, int from) {
        for (int i = from; i < head.length; i++) {
            if (!Character.isWhitespace(head[i])) {
                return i;
            }
        }
        return -1;
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
