package io.dscore.cli;

import io.dscore.api.Component;
import io.dscore.api.DScoreResult;
import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes one CSV row per result as it comes, in input order: {@link ResultColumns#CSV_HEADER}, the band as its
 * label, points as plain decimals. Lines end with LF. Each row is formatted by commons-csv into a buffer and
 * written at once.
 */
final class CsvWriter implements ResultWriter {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private final Object[] cells = new Object[ResultColumns.CSV_HEADER.size()];

    CsvWriter(Writer out) throws IOException {
        this.out = out;
        FORMAT.printRecord(line, ResultColumns.CSV_HEADER.toArray());
        flushLine();
    }

    @Override
    public void write(DScoreResult result) throws IOException {
        int i = 0;
        cells[i++] = result.coin().name();
        cells[i++] = result.coin().symbol();
        cells[i++] = Points.text(result.total());
        cells[i++] = result.band().label();
        for (Component component : Component.values()) {
            cells[i++] = Points.text(result.component(component).points());
        }
        cells[i++] = Points.text(result.totalMin());
        cells[i++] = Points.text(result.totalMax());
        cells[i++] = Boolean.toString(result.bandCertain());
        cells[i++] = result.asOf().toString();
        cells[i] = result.methodology().id();
        FORMAT.printRecord(line, cells);
        flushLine();
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    private void flushLine() throws IOException {
        out.append(line);
        line.setLength(0);
    }
}
