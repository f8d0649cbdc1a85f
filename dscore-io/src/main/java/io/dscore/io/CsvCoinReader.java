package io.dscore.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads CSV in the interchange format, split into records by {@link CsvRecords} (RFC 4180: quoted fields may
 * hold commas, quotes and line breaks; lines end in LF, CRLF or a lone CR). The first non-blank line is the
 * header: column names in any order, every required column present, no unknown or repeated column. Blank lines
 * are skipped; every other record is a row, parsed or rejected, broken quoting included.
 *
 * <p>Why not commons-csv, which writes the CSV output: its parser either stops at the first broken quote (and the
 * rest of the file is lost) or, made lenient, reads it without a word; and it does not say which line end closed
 * a record, nor whether a cell was quoted. Accounting for every record needs all three.
 *
 * <p>Read from bytes, the text must be UTF-8: bytes that are not are read as U+FFFD and reject the row holding
 * them, so one mis-encoded name costs one row, not the rest of the file; a U+FFFD written as such (valid UTF-8)
 * is a character like any other.
 */
final class CsvCoinReader extends CoinReader {

    /** How many unknown header names a message lists; the others are counted. */
    static final int SHOWN_UNKNOWN = 5;

    private final String source;
    private final CsvRecords records;
    private final Column[] columns;
    /** The cells of the record before, if it ended in a lone CR with too few cells (a row a CR may have cut), else 0. */
    private int cutCells;
    /** The line where that row starts (the first line of the row, when it is itself the rest of one). */
    private long cutLine;

    CsvCoinReader(String source, Reader in) {
        super(source);
        this.source = source;
        this.records = new CsvRecords(in, in instanceof Utf8Input ? (Utf8Input) in : null);
        try {
            this.columns = readHeader();
        } catch (RuntimeException e) {
            try {
                records.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    @Override
    Row read() {
        while (true) {
            CsvRecords.Record record = nextRecord();
            if (record == null) {
                return null;
            }
            if (record.blank()) {
                cutCells = 0; // a line end after the CR: the CR ended its row
            } else {
                return toRow(record, new Location(source, record.line()));
            }
        }
    }

    @Override
    void closeInput() throws IOException {
        records.close();
    }

    private Column[] readHeader() {
        CsvRecords.Record header;
        do {
            header = nextRecord();
            if (header == null) {
                throw new InputException(source + ": empty file, expected a header line naming the columns ("
                        + String.join(",", Column.requiredHeaders()) + ", ...)");
            }
        } while (header.blank());
        String at = source + ":" + header.line() + ": ";
        if (header.problem() != null) {
            throw new InputException(at + syntax(header));
        }
        List<String> names = header.cells().stream().map(String::strip).collect(Collectors.toList());
        List<Column> found = new ArrayList<>();
        Set<String> unknown = new LinkedHashSet<>();
        long moreUnknown = 0;
        Set<Column> seen = EnumSet.noneOf(Column.class);
        for (String name : names) {
            Column column = Column.byHeader(name).orElse(null);
            if (column == null) {
                if (!unknown.contains(name) && (unknown.size() == SHOWN_UNKNOWN || !unknown.add(name))) {
                    moreUnknown++;
                }
            } else if (!seen.add(column)) {
                throw new InputException(at + "column " + name + " appears twice in the header");
            }
            found.add(column);
        }
        if (seen.isEmpty()) {
            throw new InputException(at + "not a CSV or JSON file of coin facts: the first line names no known"
                    + " column (" + joined(names, 60) + ")");
        }
        if (!unknown.isEmpty()) {
            throw new InputException(at + "unknown column" + (unknown.size() + moreUnknown > 1 ? "s " : " ")
                    + unknown.stream().map(u -> "'" + Row.Rejected.shown(u, Row.Rejected.SHOWN_COLUMN) + "'")
                            .collect(Collectors.joining(", "))
                    + (moreUnknown > 0 ? " and " + moreUnknown + " more" : "")
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

    private Row toRow(CsvRecords.Record record, Location at) {
        List<String> cells = record.cells();
        int cutBefore = cutCells;
        long cutStart = cutLine;
        cutCells = 0;
        if (record.problem() != null) {
            int index = record.problemCell();
            return Row.Rejected.at(at, Optional.of(columnAt(index)), syntax(record), cells.get(index));
        }
        // the line before ended in a lone CR with too few cells: this one is its rest if the two make one row
        boolean rest = cutBefore > 0 && cutBefore + cells.size() - 1 <= columns.length;
        if (record.endsInLoneCr() && cells.size() < columns.length) {
            cutCells = cells.size();
            cutLine = rest ? cutStart : record.line();
        }
        if (rest) {
            return Row.Rejected.at(at, Optional.empty(), "the rest of the row on line " + cutStart + ", cut by a"
                    + " carriage return (CR) in a cell that is not quoted (quote a cell that holds a line break)",
                    cells.get(0));
        }
        if (cells.size() != columns.length) {
            String problem = "the row has " + cells.size() + " cells, the header " + columns.length;
            if (cells.size() < columns.length) {
                if (record.endsInLoneCr()) {
                    problem += ", and its line ends in a carriage return (CR)";
                }
                return Row.Rejected.of(at, columns[cells.size()], "missing cell: " + problem, "");
            }
            return Row.Rejected.at(at, Optional.of(String.valueOf(columns.length + 1)),
                    "extra cell: " + problem, cells.get(columns.length));
        }
        if (record.notUtf8Cell() >= 0) {
            int index = record.notUtf8Cell();
            return Row.Rejected.of(at, columns[index], "not UTF-8 text (save the file as UTF-8)", cells.get(index));
        }
        Map<Column, String> byColumn = new EnumMap<>(Column.class);
        for (int i = 0; i < columns.length; i++) {
            String cell = cells.get(i);
            byColumn.put(columns[i], columns[i].text() ? FormulaGuard.unguard(cell) : cell);
        }
        return Records.decode(at, byColumn);
    }

    /** The header name of the cell at {@code index}, or its 1-based position beyond the header. */
    private String columnAt(int index) {
        return index < columns.length ? columns[index].header() : String.valueOf(index + 1);
    }

    /** What is wrong with the quoting of a record. */
    private static String syntax(CsvRecords.Record record) {
        if (record.problem() == CsvRecords.Problem.UNCLOSED_QUOTE) {
            return "not valid CSV: the quoted cell opened on line " + record.problemLine() + " is never closed, so"
                    + " the rest of the input is inside it";
        }
        return "not valid CSV: text after the closing quote of a quoted cell on line " + record.problemLine()
                + " (a quote inside a quoted cell is written twice)";
    }

    /** The next record, or null at the end of the input. */
    private CsvRecords.Record nextRecord() {
        try {
            return records.next();
        } catch (IOException e) {
            throw new InputException(source + ":" + records.line() + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The names joined by commas on one line, cut after about {@code longest} characters. */
    private static String joined(List<String> names, int longest) {
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            if (text.length() > longest) {
                break;
            }
            text.append(text.length() == 0 ? "" : ",").append(Row.Rejected.oneLine(
                    name.length() > longest ? name.substring(0, longest + 1) : name));
        }
        return text.length() <= longest ? text.toString() : text.substring(0, longest) + "...";
    }
}
