package io.dscore.io;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV in the interchange format with commons-csv (RFC 4180: quoted fields may hold commas, quotes and
 * line breaks; LF or CRLF line ends). The first non-blank line is the header: column names in any order,
 * every required column present, no unknown or repeated column. Blank lines are skipped.
 *
 * <p>The text must be UTF-8. Bytes that are not are decoded as U+FFFD and the row holding them is rejected, so
 * one mis-encoded name costs one row, not the rest of the file.
 */
final class CsvCoinReader extends CoinReader {

    /** What the UTF-8 decoder puts in place of bytes that are not UTF-8. */
    private static final char NOT_UTF8 = '\uFFFD';

    /** What commons-csv says when a quoted field runs to the end of the input. */
    private static final String UNCLOSED_QUOTE = "EOF reached before encapsulated token finished";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private final String source;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Column[] columns;

    CsvCoinReader(String source, Reader in) {
        super(source);
        this.source = source;
        try {
            this.parser = CSVParser.builder().setFormat(FORMAT).setReader(skipBom(in)).get();
        } catch (IOException e) {
            throw new InputException(source + ": cannot be read (" + e.getMessage() + ")", e);
        }
        this.records = parser.iterator();
        try {
            this.columns = readHeader();
        } catch (RuntimeException e) {
            try {
                parser.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** The text without a leading byte order mark character. */
    private static Reader skipBom(Reader in) throws IOException {
        PushbackReader pushback = new PushbackReader(in, 1);
        int first = pushback.read();
        if (first >= 0 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    @Override
    Row read() {
        while (true) {
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord record = nextRecord(line);
            if (record == null) {
                return null;
            }
            if (!blank(record)) {
                return toRow(record, new Location(source, line));
            }
        }
    }

    @Override
    void closeInput() throws IOException {
        parser.close();
    }

    private Column[] readHeader() {
        CSVRecord header;
        long line;
        do {
            line = parser.getCurrentLineNumber() + 1;
            header = nextRecord(line);
            if (header == null) {
                throw new InputException(source + ": empty file, expected a header line naming the columns ("
                        + String.join(",", Column.requiredHeaders()) + ", ...)");
            }
        } while (blank(header));
        String at = source + ":" + line + ": ";
        List<String> names = header.stream().map(String::strip).collect(Collectors.toList());
        List<Column> found = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        Set<Column> seen = EnumSet.noneOf(Column.class);
        for (String name : names) {
            Column column = Column.byHeader(name).orElse(null);
            if (column == null) {
                unknown.add(name);
            } else if (!seen.add(column)) {
                throw new InputException(at + "column " + name + " appears twice in the header");
            }
            found.add(column);
        }
        if (seen.isEmpty()) {
            throw new InputException(at + "not a CSV or JSON file of coin facts: the first line names no known"
                    + " column (" + shorten(String.join(",", names)) + ")");
        }
        if (!unknown.isEmpty()) {
            throw new InputException(at + "unknown column" + (unknown.size() > 1 ? "s " : " ")
                    + unknown.stream().map(u -> "'" + Row.Rejected.oneLine(u) + "'").collect(Collectors.joining(", "))
                    + "; the columns are " + String.join(", ", Column.headers()));
        }
        List<String> missing = Column.requiredHeaders().stream()
                .filter(required -> !seen.contains(Column.byHeader(required).orElseThrow()))
                .collect(Collectors.toList());
        if (!missing.isEmpty()) {
            throw new InputException(at + "missing required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing));
        }
        return found.toArray(new Column[0]);
    }

    private Row toRow(CSVRecord record, Location at) {
        if (record.size() != columns.length) {
            String problem = "the row has " + record.size() + " cells, the header " + columns.length;
            if (record.size() < columns.length) {
                return Row.Rejected.of(at, columns[record.size()], "missing cell: " + problem, "");
            }
            return Row.Rejected.at(at, Optional.of(String.valueOf(columns.length + 1)),
                    "extra cell: " + problem, record.get(columns.length));
        }
        Map<Column, String> cells = new EnumMap<>(Column.class);
        for (int i = 0; i < columns.length; i++) {
            String cell = record.get(i);
            if (cell.indexOf(NOT_UTF8) >= 0) {
                return Row.Rejected.of(at, columns[i], "not UTF-8 text (save the file as UTF-8)", cell);
            }
            cells.put(columns[i], columns[i].text() ? FormulaGuard.unguard(cell) : cell);
        }
        return Records.decode(at, cells);
    }

    /** The next record, or null at the end of the input. */
    private CSVRecord nextRecord(long line) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InputException(source + ":" + line + ": " + describe(e), e);
        }
    }

    private static String describe(RuntimeException e) {
        String message = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage())
                .replaceFirst("^\\((start)?line \\d+\\) ", "");
        if (message.contains(UNCLOSED_QUOTE)) {
            return "not valid CSV: a quoted field starting on this line is never closed";
        }
        return "not valid CSV: " + message;
    }

    private static boolean blank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    private static String shorten(String text) {
        String oneLine = Row.Rejected.oneLine(text);
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 60) + "...";
    }
}
