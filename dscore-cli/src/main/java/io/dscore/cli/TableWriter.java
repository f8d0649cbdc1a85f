package io.dscore.cli;

import io.dscore.api.Band;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.DScoreResult;
import io.dscore.api.Improvement;
import io.dscore.api.Reason;
import io.dscore.core.Scorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Writes an aligned table for people: a line naming the as-of date and the methodology, then one line per coin, sorted by total, highest first (ties keep input
 * order), with the band label and, when an unknown fact leaves the total open, its range. With
 * {@code --explain}, each coin's reasons follow the table, in the same order.
 *
 * <p>The table has to see every row before it can sort, so it holds them: without {@code --explain} only the
 * numbers and names of each coin, with it the whole result.
 */
final class TableWriter implements ResultWriter {

    private static final String GAP = "  ";
    /** The fixed columns, then one per component headed by the first word of its label ("Node"). */
    private static final String[] HEADINGS = headings("Name", "Symbol", "Total", "Range", "Band");
    /** How many fixed columns come before the components. */
    private static final int FIXED = 5;

    private final PrintWriter out;
    private final boolean explain;
    private final List<Line> lines = new ArrayList<>();
    /** What produced the scores: the first line of the output. */
    private final String stamp;

    TableWriter(Writer out, boolean explain, Scorer scorer) {
        this.out = new PrintWriter(out);
        this.explain = explain;
        this.stamp = "As of " + scorer.asOf() + ", methodology " + scorer.methodology().id();
    }

    @Override
    public void write(DScoreResult result) {
        lines.add(new Line(result, explain));
    }

    @Override
    public void finish() throws IOException {
        lines.sort(Comparator.comparingDouble((Line line) -> line.total).reversed());
        int[] widths = new int[HEADINGS.length];
        for (int i = 0; i < HEADINGS.length; i++) {
            widths[i] = HEADINGS[i].length();
        }
        for (Line line : lines) {
            String[] cells = line.cells();
            for (int i = 0; i < cells.length; i++) {
                widths[i] = Math.max(widths[i], cells[i].length());
            }
        }
        out.print(stamp + "\n\n");
        print(HEADINGS, widths);
        for (Line line : lines) {
            print(line.cells(), widths);
        }
        if (explain) {
            for (Line line : lines) {
                explain(line.result.orElseThrow());
            }
        }
        out.flush();
        if (out.checkError()) {
            throw new IOException("could not write the table");
        }
    }

    private void print(String[] cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String pad = " ".repeat(widths[i] - cells[i].length());
            boolean number = i == 2 || i == 3 || i >= FIXED;
            text.append(i == 0 ? "" : GAP).append(number ? pad + cells[i] : cells[i] + pad);
        }
        out.print(text.toString().stripTrailing());
        out.print('\n');
    }

    private void explain(DScoreResult result) {
        out.print('\n');
        out.print(result.coin().name() + " (" + result.coin().symbol() + "): " + Points.text(result.total())
                + ", " + result.band().label());
        if (result.totalMin() < result.totalMax()) {
            out.print(", range " + Points.range(result.totalMin(), result.totalMax()));
            if (!result.bandCertain()) {
                out.print(" (" + Band.of(result.totalMin()).label() + " to " + Band.of(result.totalMax()).label()
                        + ")");
            }
        }
        out.print('\n');
        for (ComponentScore score : result.components()) {
            out.print("  " + score.component().label() + ": " + Points.text(score.points()) + " of "
                    + Points.text(score.max()));
            if (score.uncertain()) {
                out.print(", range " + Points.range(score.minPoints(), score.maxPoints()));
            }
            out.print('\n');
            for (Reason reason : score.reasons()) {
                String points = (reason.points() > 0 ? "+" : "") + Points.text(reason.points());
                out.print("    " + " ".repeat(Math.max(0, 5 - points.length())) + points + "  "
                        + reason.code() + ": " + reason.text() + "\n");
            }
        }
        List<Improvement> improvements = ResultWriter.topImprovements(result);
        if (!improvements.isEmpty()) {
            out.print("  What would raise it:\n");
            for (Improvement improvement : improvements) {
                out.print("    " + improvement + "\n");
            }
        }
    }

    private static String[] headings(String... fixed) {
        List<String> headings = new ArrayList<>(List.of(fixed));
        for (Component component : Component.values()) {
            headings.add(component.label().split(" ")[0]);
        }
        return headings.toArray(new String[0]);
    }

    /** What one table line needs; the whole result only when it is to be explained. */
    private static final class Line {
        private final String name;
        private final String symbol;
        private final double total;
        private final double totalMin;
        private final double totalMax;
        private final Band band;
        private final double[] points = new double[Component.values().length];
        private final Optional<DScoreResult> result;

        Line(DScoreResult result, boolean keep) {
            this.name = oneLine(result.coin().name());
            this.symbol = oneLine(result.coin().symbol());
            this.total = result.total();
            this.totalMin = result.totalMin();
            this.totalMax = result.totalMax();
            this.band = result.band();
            for (ComponentScore score : result.components()) {
                points[score.component().ordinal()] = score.points();
            }
            this.result = keep ? Optional.of(result) : Optional.empty();
        }

        /** A name with line breaks would break the table's alignment. */
        private static String oneLine(String text) {
            return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        }

        String[] cells() {
            String[] cells = new String[HEADINGS.length];
            cells[0] = name;
            cells[1] = symbol;
            cells[2] = Points.text(total);
            cells[3] = totalMin < totalMax ? Points.range(totalMin, totalMax) : "";
            cells[4] = band.label();
            for (int i = 0; i < points.length; i++) {
                cells[FIXED + i] = Points.text(points[i]);
            }
            return cells;
        }
    }
}
