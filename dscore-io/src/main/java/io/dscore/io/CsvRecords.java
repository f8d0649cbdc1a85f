package io.dscore.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records, each with the line it starts on, so that every record of a file is accounted
 * for, broken ones too. The rules (RFC 4180, and where it says nothing, what this reader decides):
 * <ul>
 *   <li>A line ends at LF, CRLF or a lone CR; each counts as one line, inside a quoted field too.</li>
 *   <li>A record is one line, or several when a quoted field holds line breaks. Cells are separated by
 *       commas.</li>
 *   <li>A cell that starts with {@code "} is quoted: it ends at the next {@code "} that is not doubled, and a
 *       doubled {@code ""} stands for one. Spaces and tabs between the closing quote and the next comma or line
 *       end are ignored; any other text there marks the record {@link Problem#TEXT_AFTER_QUOTE}, and the record
 *       still ends at the next comma or line end outside quotes, so the records after it are read as
 *       usual.</li>
 *   <li>A {@code "} inside a cell that does not start with one is a character of the cell.</li>
 *   <li>A quoted cell still open at the end of the input ends the record there, marked
 *       {@link Problem#UNCLOSED_QUOTE}: the rest of the input is inside it.</li>
 *   <li>A blank line, one unquoted cell of white space only, is returned {@link Record#blank() blank}: it is no
 *       record of the file.</li>
 *   <li>A U+FEFF (byte order mark) as the first character is skipped.</li>
 * </ul>
 * Time and memory are linear in the length of a record; one record is held at a time.
 */
final class CsvRecords {

    /** What is wrong with the quoting of a record. */
    enum Problem {
        /** Text other than spaces and tabs between a closing quote and the next comma or line end. */
        TEXT_AFTER_QUOTE,
        /** A quoted cell still open at the end of the input. */
        UNCLOSED_QUOTE
    }

    /**
     * One record.
     *
     * @param line         the line the record starts on, 1-based
     * @param cells        the text of each cell, quotes removed
     * @param blank        whether the record is a blank line, which is no record
     * @param endsInLoneCr whether the line end that closed the record is a lone CR
     * @param problem      what is wrong with its quoting, or null
     * @param problemCell  the index of the cell with the problem, or -1
     * @param problemLine  the line of the problem: where the unclosed quote opens, or where the text after a
     *                     closing quote is
     * @param notUtf8Cell  the index of the first cell holding bytes that are not UTF-8, or -1
     */
    record Record(long line, List<String> cells, boolean blank, boolean endsInLoneCr, Problem problem,
            int problemCell, long problemLine, int notUtf8Cell) {
    }

    private static final int END = -1;

    private final Reader in;
    private final Utf8Input utf8;
    private final char[] buffer = new char[8192];
    private final StringBuilder cell = new StringBuilder();
    private final StringBuilder after = new StringBuilder();
    private int position;
    private int limit;
    /** The offset in the text of {@code buffer[0]}. */
    private long base;
    /** The line of the next character, 1-based. */
    private long line = 1;
    private boolean started;

    /**
     * Reads records from text.
     *
     * @param in   the text
     * @param utf8 {@code in} itself if it decodes UTF-8 bytes and knows where they were not UTF-8, else null
     */
    CsvRecords(Reader in, Utf8Input utf8) {
        this.in = in;
        this.utf8 = utf8;
    }

    /** The line of the next character: one more than the line ends read so far. */
    long line() {
        return line;
    }

    /**
     * Reads the next record, blank or not.
     *
     * @return the record, or null at the end of the input
     * @throws IOException if the text cannot be read
     */
    Record next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == END) {
            return null;
        }
        long start = line;
        List<String> cells = new ArrayList<>();
        Problem problem = null;
        int problemCell = -1;
        long problemLine = 0;
        int notUtf8 = -1;
        boolean quotedAny = false;
        while (true) {
            long cellStart = offset() - 1;
            cell.setLength(0);
            if (c == '"') {
                quotedAny = true;
                long opened = line;
                while (true) {
                    c = read();
                    if (c == END) {
                        // the rest of the input is in this cell: that says more than any earlier problem
                        problem = Problem.UNCLOSED_QUOTE;
                        problemCell = cells.size();
                        problemLine = opened;
                        break;
                    }
                    if (c == '"') {
                        c = read();
                        if (c != '"') {
                            break; // c follows the closing quote
                        }
                    } else if (c == '\r' || c == '\n') {
                        lineEnd(c, cell);
                        continue;
                    }
                    cell.append((char) c);
                }
                if (c != END && c != ',' && c != '\r' && c != '\n') {
                    after.setLength(0);
                    long at = line;
                    while (c != END && c != ',' && c != '\r' && c != '\n') {
                        after.append((char) c);
                        c = read();
                    }
                    if (!after.toString().isBlank() && problem == null) {
                        problem = Problem.TEXT_AFTER_QUOTE;
                        problemCell = cells.size();
                        problemLine = at;
                        cell.insert(0, '"').append('"').append(after);
                    }
                }
            } else {
                while (c != END && c != ',' && c != '\r' && c != '\n') {
                    cell.append((char) c);
                    c = read();
                }
            }
            long cellEnd = c == END ? offset() : offset() - 1;
            if (utf8 != null && notUtf8 < 0 && utf8.anyMalformed() && utf8.malformedIn(cellStart, cellEnd)) {
                notUtf8 = cells.size();
            }
            cells.add(cell.toString());
            if (c != ',') {
                break;
            }
            c = read();
        }
        boolean loneCr = c == '\r' && !lfFollows();
        if (c == '\r' || c == '\n') {
            line++;
        }
        boolean blank = cells.size() == 1 && !quotedAny && cells.get(0).isBlank();
        return new Record(start, cells, blank, loneCr, problem, problemCell, problemLine, notUtf8);
    }

    /** Counts the line end {@code c} (a CRLF as one) inside a quoted cell and keeps it in the cell. */
    private void lineEnd(int c, StringBuilder into) throws IOException {
        into.append((char) c);
        if (c == '\r' && lfFollows()) {
            into.append('\n');
        }
        line++;
    }

    /** Whether the next character is LF; if it is, it is read. */
    private boolean lfFollows() throws IOException {
        if (position == limit && !fill()) {
            return false;
        }
        if (buffer[position] == '\n') {
            position++;
            return true;
        }
        return false;
    }

    /** The offset in the text of the next character. */
    private long offset() {
        return base + position;
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return END;
        }
        return buffer[position++];
    }

    private boolean fill() throws IOException {
        base += limit;
        position = 0;
        limit = 0;
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        limit = n;
        return true;
    }

    void close() throws IOException {
        in.close();
    }
}
