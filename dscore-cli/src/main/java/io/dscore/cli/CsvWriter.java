package io.dscore.cli;

import io.dscore.api.Component;
import io.dscore.api.DScoreResult;
import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one CSV row per result as it comes, in input order: {@link ResultColumns#CSV_HEADER}, the band as its
 * label, points as plain decimals. Lines end with LF.
 */
final class CsvWriter implements ResultWriter {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private final CSVPrinter printer;

    CsvWriter(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(ResultColumns.CSV_HEADER);
    }

    @Override
    public void write(DScoreResult result) throws IOException {
        printer.print(result.coin().name());
        printer.print(result.coin().symbol());
        printer.print(Points.text(result.total()));
        printer.print(result.band().label());
        for (Component component : Component.values()) {
            printer.print(Points.text(result.component(component).points()));
        }
        printer.print(Points.text(result.totalMin()));
        printer.print(Points.text(result.totalMax()));
        printer.println();
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }
}
