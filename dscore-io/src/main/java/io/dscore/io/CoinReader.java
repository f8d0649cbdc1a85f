package io.dscore.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the records of one input in the interchange format ({@code docs/inputs.md}) as {@link Row}s, in file
 * order: a {@link Row.Parsed} coin, or a {@link Row.Rejected} record and the reason. Two formats:
 * <ul>
 *   <li>CSV (RFC 4180): the first non-blank line is the header, naming columns in any order, every required
 *       column present, none unknown or repeated; quoted cells may hold commas, quotes and line breaks; a UTF-8
 *       byte order mark is skipped. A text cell written as {@code '} followed by {@code =}, {@code +},
 *       {@code -}, {@code @}, tab or carriage return (the guard {@link CoinWriter} writes so a spreadsheet shows
 *       text, not a formula) is read without the {@code '}.</li>
 *   <li>JSON: an array of objects whose keys are the column names; a value is a string, a number,
 *       {@code true}/{@code false} (read as {@code YES}/{@code NO}), {@code null} (unknown) or, for
 *       {@code producer_shares}, an array of numbers.</li>
 * </ul>
 * Reading streams: one record is held at a time, so memory does not grow with the input.
 *
 * <p>Records: every record of the input is one row, {@link Row.Parsed} or {@link Row.Rejected}, so a caller
 * counts them all.
 * <ul>
 *   <li>CSV: lines end in LF, CRLF or a lone CR, each one line (inside quoted cells too). A record is one line,
 *       or several when a quoted cell holds line breaks; the first is the header. A blank line (empty or white
 *       space only, not quoted) is no record; a line {@code ""} is one. Broken quoting rejects its record and
 *       reading goes on: text after a closing quote rejects the record, which still ends at the next line end
 *       outside quotes; a quoted cell never closed runs to the end of the input, which is then that one
 *       rejected record. A {@code "} inside a cell that does not start with one is a character. A row that
 *       ends in a lone CR with fewer cells than the header was perhaps cut by a CR in a cell: it is rejected
 *       for its missing cells, and the next line, if the two hold no more cells than the header (the cut cell
 *       counted once), is rejected as its rest instead of read as a row of its own.</li>
 *   <li>JSON: the records are the elements of the top-level array. Text after its closing {@code ]} other than
 *       white space is an error naming its line ({@link InputException}); so is JSON the parser cannot read,
 *       which ends the input at the error: the elements before it are rows, the one it is in is not.</li>
 *   <li>Read from bytes, the text is UTF-8: bytes that are not reject the row holding them ("not UTF-8 text",
 *       the cell shown with U+FFFD in their place), in CSV and JSON alike; a U+FFFD written as such is text.
 *       Read from a {@link Reader}, the text is taken as it is.</li>
 * </ul>
 *
 * <p>Errors: a bad record is a {@link Row.Rejected} and reading goes on. An input that cannot be read at all
 * or past some point (missing, empty, a header with unknown or missing columns, invalid JSON, text after the
 * JSON array) throws {@link InputException} from the factory method or from the iterator's
 * {@code hasNext()}/{@code next()}; the rows returned before stay valid.
 *
 * <p>Example, copied from {@code FromJavaExamplesTest}:
 * <pre>{@code
 * try (CoinReader reader = CoinReader.open(file)) {
 *     for (Row row : reader) {
 *         if (row instanceof Row.Parsed) {
 *             coins.add(((Row.Parsed) row).coin());
 *         } else {
 *             problems.add(((Row.Rejected) row).message());
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>A reader is single-use and not thread-safe: it can be iterated once.
 *
 * @since 0.2
 */
public abstract sealed class CoinReader implements Iterable<Row>, AutoCloseable
        permits CsvCoinReader, JsonCoinReader {

    /**
     * How many bytes, after the spaces, tabs and line ends at the start (however many), are looked at to tell
     * binary from text.
     */
    static final int SNIFF_BYTES = 8192;

    /**
     * The longest JSON number read as a cell. Numbers are kept as the text written, never converted, so a long
     * one costs no more than a long string; a longer one rejects its row, and one longer than this ends the
     * input with an {@link InputException}.
     */
    public static final int MAX_NUMBER_LENGTH = 100_000;

    private final String source;
    private Row pending;
    private boolean iterated;

    CoinReader(String source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Opens a file and picks the format: JSON for a {@code .json} name, CSV for a {@code .csv} name, otherwise
     * by content: JSON when the first character that is not a space, tab or line end is <code>[</code> or
     * <code>&#123;</code>, else CSV (those before it are skipped however many, and counted as lines). Rows are
     * located by the path as given.
     *
     * @param file the file, not null
     * @return a reader of the file's records
     * @throws InputException naming the file if it does not exist, is a directory, cannot be read, is empty, is
     *                        not UTF-8 text, or its header is not that of the format
     */
    public static CoinReader open(Path file) {
        String name = file.toString();
        InputStream in;
        try {
            if (Files.isDirectory(file)) {
                throw new InputException(name + ": is a directory, not a file");
            }
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException(name + ": permission denied", e);
        } catch (FileSystemException e) {
            throw new InputException(name + ": " + e.getReason(), e);
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return open(name, in);
    }

    /**
     * Opens UTF-8 bytes and picks the format as {@link #open(Path)} does, by the name's extension, else by
     * content. The reader closes {@code in} when it is closed, or at once if this method throws.
     *
     * @param source the name of the input for {@link Location}s and messages, such as a file name, not null
     * @param in     the bytes, UTF-8, not null
     * @return a reader of the records
     * @throws InputException naming the source if it is empty, UTF-16 or UTF-32, binary (a NUL byte in the 8 KB
     *                        after the leading white space), cannot be read, or its header is not that of the
     *                        format
     */
    public static CoinReader open(String source, InputStream in) {
        Objects.requireNonNull(source, "source");
        BufferedInputStream buffered = new BufferedInputStream(Objects.requireNonNull(in, "in"), SNIFF_BYTES * 2);
        try {
            buffered.mark(4);
            byte[] bom = buffered.readNBytes(4);
            buffered.reset();
            if (startsWith(bom, 0xEF, 0xBB, 0xBF)) {
                buffered.skipNBytes(3);
            } else if (startsWith(bom, 0xFF, 0xFE, 0, 0) || startsWith(bom, 0, 0, 0xFE, 0xFF)) {
                throw new InputException(source + ": UTF-32 text, expected UTF-8");
            } else if (startsWith(bom, 0xFF, 0xFE) || startsWith(bom, 0xFE, 0xFF)) {
                throw new InputException(source + ": UTF-16 text, expected UTF-8");
            }
            long lineEnds = skipBlank(buffered);
            buffered.mark(SNIFF_BYTES);
            byte[] head = buffered.readNBytes(SNIFF_BYTES);
            buffered.reset();
            if (head.length == 0) {
                throw new InputException(source + ": empty file, expected CSV with a header line or a JSON"
                        + " array of coins");
            }
            for (byte b : head) {
                if (b == 0) {
                    throw new InputException(source + ": not a CSV or JSON file (binary content)");
                }
            }
            String lower = source.toLowerCase(Locale.ROOT);
            boolean json = lower.endsWith(".json")
                    || (!lower.endsWith(".csv") && (head[0] == '[' || head[0] == '{'));
            // the blank lines skipped are given back as line ends, so that line numbers stay right
            Utf8Input text = new Utf8Input(new SequenceInputStream(new LineEnds(lineEnds), buffered));
            return json ? new JsonCoinReader(source, text) : new CsvCoinReader(source, text);
        } catch (IOException e) {
            closeQuietly(buffered);
            throw new InputException(source + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            closeQuietly(buffered);
            throw e;
        }
    }

    /**
     * Reads CSV from UTF-8 bytes; a byte order mark is skipped.
     *
     * @param source the name of the input for {@link Location}s and messages, not null
     * @param in     the bytes, not null; closed when the reader is closed
     * @return a reader of the records
     * @throws InputException naming the source if the input is empty or its header is not that of the format
     */
    public static CoinReader csv(String source, InputStream in) {
        return csv(source, new Utf8Input(new BomSkipper(in)));
    }

    /**
     * Reads CSV from text; a leading byte order mark character is skipped.
     *
     * @param source the name of the input for {@link Location}s and messages, not null
     * @param in     the text, not null; closed when the reader is closed
     * @return a reader of the records
     * @throws InputException naming the source if the input is empty or its header is not that of the format
     */
    public static CoinReader csv(String source, Reader in) {
        return new CsvCoinReader(Objects.requireNonNull(source, "source"), Objects.requireNonNull(in, "in"));
    }

    /**
     * Reads a JSON array of coin objects from UTF-8 bytes.
     *
     * @param source the name of the input for {@link Location}s and messages, not null
     * @param in     the bytes, not null; closed when the reader is closed
     * @return a reader of the records
     * @throws InputException naming the source if the input does not start a JSON array
     */
    public static CoinReader json(String source, InputStream in) {
        return json(source, new Utf8Input(new BomSkipper(in)));
    }

    /**
     * Reads a JSON array of coin objects from text.
     *
     * @param source the name of the input for {@link Location}s and messages, not null
     * @param in     the text, not null; closed when the reader is closed
     * @return a reader of the records
     * @throws InputException naming the source if the input does not start a JSON array
     */
    public static CoinReader json(String source, Reader in) {
        return new JsonCoinReader(Objects.requireNonNull(source, "source"), Objects.requireNonNull(in, "in"));
    }

    /**
     * The name of the input, as given when it was opened.
     *
     * @return the name used in {@link Location}s
     */
    public final String source() {
        return source;
    }

    /**
     * The rows of the input, read as the iterator advances. A reader can be iterated once.
     *
     * @return the iterator; its {@code hasNext()} and {@code next()} throw {@link InputException} when the rest
     *         of the input cannot be read
     * @throws IllegalStateException if the reader was iterated or streamed before
     */
    @Override
    public final Iterator<Row> iterator() {
        if (iterated) {
            throw new IllegalStateException(source + ": a CoinReader can be iterated once");
        }
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (pending == null) {
                    pending = read();
                }
                return pending != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row row = pending;
                pending = null;
                return row;
            }
        };
    }

    /**
     * The rows of the input as a sequential, ordered stream, read as it is consumed. Closing the stream closes
     * this reader.
     *
     * @return the rows
     * @throws IllegalStateException if the reader was iterated or streamed before
     */
    public final Stream<Row> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    /**
     * Closes the reader and its input.
     *
     * @throws UncheckedIOException if the input cannot be closed
     */
    @Override
    public final void close() {
        try {
            closeInput();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the next row of the input.
     *
     * @return the row, or null at the end of the input (and on every later call)
     * @throws InputException if the rest of the input cannot be read
     */
    abstract Row read();

    /** Closes the parser and its input. */
    abstract void closeInput() throws IOException;

    /** Whether {@code bytes} start with the given values. */
    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads the spaces, tabs and line ends at the start of {@code in}, however many, up to the first other byte,
     * which is left to read.
     *
     * @return the number of line ends read: LF, CRLF and a lone CR each count one
     */
    private static long skipBlank(BufferedInputStream in) throws IOException {
        long lineEnds = 0;
        boolean afterCr = false;
        while (true) {
            in.mark(1);
            int b = in.read();
            if (b == '\n') {
                lineEnds += afterCr ? 0 : 1;
            } else if (b == '\r') {
                lineEnds++;
            } else if (b != ' ' && b != '\t') {
                if (b >= 0) {
                    in.reset();
                }
                return lineEnds;
            }
            afterCr = b == '\r';
        }
    }

    /** A given number of LF bytes. */
    private static final class LineEnds extends InputStream {

        private long left;

        LineEnds(long count) {
            this.left = count;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return '\n';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left == 0) {
                return length == 0 ? 0 : -1;
            }
            int n = (int) Math.min(left, length);
            Arrays.fill(buffer, offset, offset + n, (byte) '\n');
            left -= n;
            return n;
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the first error is the one reported
        }
    }
}
