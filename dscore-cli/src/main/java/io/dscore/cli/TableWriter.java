package io.dscore.cli;

import io.dscore.api.Band;
import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.DScoreResult;
import io.dscore.api.Improvement;
import io.dscore.api.Reason;
import io.dscore.core.Scorer;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Writes an aligned table for people: a line naming the as-of date and the methodology, then one line per coin,
 * sorted by total, highest first (ties keep input order), with the band label and, when an unknown fact leaves the total open, its range. With
 * {@code --explain}, each coin's reasons follow the table, in the same order.
 *
 * <p>The table has to see every row before it can sort, so it holds them: the numbers and names of each coin,
 * and with {@code --explain} the coin, scored again when its reasons are written (a coin takes far less memory
 * than its result with every reason's sentence). It holds at most {@link #MOST_ROWS}; the row after that throws
 * {@link TooManyRowsException}.
 *
 * <p>Names, symbols and reason texts are escaped ({@link TerminalText#escape(String)}) so that no control
 * character reaches the terminal and every line stays one line; columns are padded by display width
 * ({@link TerminalText#width(String)}), so wide (CJK) characters and combining marks keep them aligned.
 */
final class TableWriter implements ResultWriter {

    /**
     * The most rows the table holds to sort them: about 20 MB of heap without {@code --explain} (the 100,000-row
     * table peaked at 185 MB RSS, 34 MB above streamed csv), and more than anyone reads in a terminal. csv and
     * json stream any number of rows in constant memory.
     */
    static final int MOST_ROWS = 100_000;

    private static final String GAP = "  ";
    /** The fixed columns, then one per component headed by the first word of its label ("Node"). */
    private static final String[] HEADINGS = headings("Name", "Symbol", "Total", "Range", "Band");
    /** How many fixed columns come before the components. */
    private static final int FIXED = 5;

    private final Writer out;
    private final boolean explain;
    private final int mostRows;
    private final List<Line> lines = new ArrayList<>();
    /** What scored the results; scores a coin again when {@code --explain} writes its reasons. */
    private final Scorer scorer;
    /** What produced the scores: the first line of the output. */
    private final String stamp;

    TableWriter(Writer out, boolean explain, Scorer scorer) {
        this(out, explain, scorer, MOST_ROWS);
    }

    /** A table of at most {@code mostRows} rows (tests use a small limit). */
    TableWriter(Writer out, boolean explain, Scorer scorer, int mostRows) {
        this.out = out;
        this.explain = explain;
        this.scorer = scorer;
        this.stamp = "As of " + scorer.asOf() + ", methodology " + scorer.methodology().id();
        this.mostRows = mostRows;
    }

    /**
     * Keeps the result to sort it.
     *
     * @throws TooManyRowsException if the table already holds its most rows
     */
    @Override
    public void write(DScoreResult result) {
        if (lines.size() == mostRows) {
            throw new TooManyRowsException("table", mostRows);
        }
        lines.add(new Line(result, explain));
    }

    @Override
    public void finish() throws IOException {
        lines.sort(Comparator.comparingDouble((Line line) -> line.total).reversed());
        int[] widths = new int[HEADINGS.length];
        for (int i = 0; i < HEADINGS.length; i++) {
            widths[i] = TerminalText.width(HEADINGS[i]);
        }
        for (Line line : lines) {
            String[] cells = line.cells();
            for (int i = 0; i < cells.length; i++) {
                widths[i] = Math.max(widths[i], TerminalText.width(cells[i]));
            }
        }
        out.write(stamp + "\n\n");
        print(HEADINGS, widths);
        for (Line line : lines) {
            print(line.cells(), widths);
        }
        if (explain) {
            for (Line line : lines) {
                explain(scorer.scoreOf(line.coin.orElseThrow()));
            }
        }
        out.flush();
    }

    private void print(String[] cells, int[] widths) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String pad = " ".repeat(widths[i] - TerminalText.width(cells[i]));
            boolean number = i == 2 || i == 3 || i >= FIXED;
            text.append(i == 0 ? "" : GAP).append(number ? pad + cells[i] : cells[i] + pad);
        }
        out.write(text.toString().stripTrailing());
        out.write('\n');
    }

    private void explain(DScoreResult result) throws IOException {
        StringBuilder text = new StringBuilder("\n");
        text.append(TerminalText.escape(result.coin().name())).append(" (")
                .append(TerminalText.escape(result.coin().symbol())).append("): ").append(Points.text(result.total()))
                .append(", ").append(result.band().label());
        if (result.totalMin() < result.totalMax()) {
            text.append(", range ").append(Points.range(result.totalMin(), result.totalMax()));
            if (!result.bandCertain()) {
                text.append(" (").append(Band.of(result.totalMin()).label()).append(" to ")
                        .append(Band.of(result.totalMax()).label()).append(')');
            }
        }
        text.append('\n');
        for (ComponentScore score : result.components()) {
            text.append("  ").append(score.component().label()).append(": ").append(Points.text(score.points()))
                    .append(" of ").append(Points.text(score.max()));
            if (score.uncertain()) {
                text.append(", range ").append(Points.range(score.minPoints(), score.maxPoints()));
            }
            text.append('\n');
            for (Reason reason : score.reasons()) {
                String points = (reason.points() > 0 ? "+" : "") + Points.text(reason.points());
                text.append("    ").append(" ".repeat(Math.max(0, 5 - points.length()))).append(points).append("  ")
                        .append(reason.code()).append(": ").append(TerminalText.escape(reason.text())).append('\n');
            }
        }
        List<Improvement> improvements = ResultWriter.topImprovements(result);
        if (!improvements.isEmpty()) {
            text.append("  What would raise it:\n");
            for (Improvement improvement : improvements) {
                text.append("    ").append(TerminalText.escape(improvement.toString())).append('\n');
            }
        }
        out.write(text.toString());
    }

    private static String[] headings(String... fixed) {
        List<String> headings = new ArrayList<>(List.of(fixed));
        for (Component component : Component.values()) {
            headings.add(component.label().split(" ")[0]);
        }
        return headings.toArray(new String[0]);
    }

    /**
     * A format that sorts (table, html) would hold more rows than its limit ({@link #MOST_ROWS}): the message
     * says to use csv or json.
     */
    static final class TooManyRowsException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TooManyRowsException(String format, int mostRows) {
            super("the " + format + " format holds at most " + mostRows + " rows (it sorts them in memory); use -f"
                    + " csv or -f json, which stream any number of rows in input order");
        }
    }

    /** What one table line needs; the coin too when it is to be explained. */
    private static final class Line {
        private final String name;
        private final String symbol;
        private final double total;
        private final double totalMin;
        private final double totalMax;
        private final Band band;
        private final double[] points = new double[Component.values().length];
        private final Optional<Coin> coin;

        Line(DScoreResult result, boolean keep) {
            this.name = TerminalText.escape(result.coin().name());
            this.symbol = TerminalText.escape(result.coin().symbol());
            this.total = result.total();
            this.totalMin = result.totalMin();
            this.totalMax = result.totalMax();
            this.band = result.band();
            for (ComponentScore score : result.components()) {
                points[score.component().ordinal()] = score.points();
            }
            this.coin = keep ? Optional.of(result.coin()) : Optional.empty();
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
