package io.dscore.cli;

import io.dscore.api.Component;
import io.dscore.api.DScoreResult;
import io.dscore.api.ScoreChange;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the comparison of {@code dscore diff} in one output format. */
interface DiffWriter {

    /**
     * What was compared.
     *
     * @param oldName     the OLD argument
     * @param newName     the NEW argument
     * @param oldAsOf     the date OLD was scored as of
     * @param newAsOf     the date NEW was scored as of
     * @param methodology the methodology id of both
     */
    record Header(String oldName, String newName, LocalDate oldAsOf, LocalDate newAsOf, String methodology) {
    }

    /**
     * Writes the entries.
     *
     * @param out     where to
     * @param header  what was compared
     * @param entries every coin, in the order to write (changed coins largest change first, then added, removed)
     * @param all     whether to write the coins whose score did not change
     */
    void write(Writer out, Header header, List<DiffCommand.Entry> entries, boolean all) throws IOException;

    /** The writer of a format. */
    static DiffWriter of(Format format) {
        switch (format) {
            case CSV: return DiffWriter::csv;
            case JSON: return DiffWriter::json;
            case HTML: return HtmlWriter::diff;
            default: return DiffWriter::table;
        }
    }

    /** The entries to write. */
    private static List<DiffCommand.Entry> shown(List<DiffCommand.Entry> entries, boolean all) {
        return entries.stream().filter(e -> all || e.shownByDefault()).collect(Collectors.toList());
    }

    /** The facts that changed, as {@code column old -> new} joined by {@code "; "}. */
    private static String facts(Optional<ScoreChange> change) {
        return change.map(c -> c.facts().stream().map(f -> f.fact().column() + " " + f.before() + " -> " + f.after())
                .collect(Collectors.joining("; "))).orElse("");
    }

    /** The components that moved, as {@code Node -10} joined by {@code "; "} (the table's short names). */
    private static String moved(Optional<ScoreChange> change) {
        return change.map(c -> c.moved().stream()
                .map(m -> m.component().label().split(" ")[0] + " " + signed(m.delta()))
                .collect(Collectors.joining("; "))).orElse("");
    }

    private static String signed(double delta) {
        return (delta > 0 ? "+" : "") + Points.text(delta);
    }

    private static String total(Optional<DScoreResult> result) {
        return result.map(r -> Points.text(r.total())).orElse("");
    }

    private static String band(DiffCommand.Entry e) {
        String before = e.before().map(r -> r.band().label()).orElse("");
        String after = e.after().map(r -> r.band().label()).orElse("");
        return before.equals(after) || before.isEmpty() ? after : after.isEmpty() ? before : before + " -> " + after;
    }

    /** Control characters (line breaks, escapes) would break the table or the terminal: they are escaped. */
    private static String plain(String text) {
        return TerminalText.escape(text);
    }

    /** An aligned table, then a count of each status. */
    static void table(Writer writer, Header header, List<DiffCommand.Entry> entries, boolean all)
            throws IOException {
        Writer out = writer;
        out.write(plain("Old: " + header.oldName() + " as of " + header.oldAsOf() + "; new: " + header.newName()
                + " as of " + header.newAsOf() + "; methodology " + header.methodology()) + "\n\n");
        String[] headings = {"Name", "Symbol", "Status", "Old", "New", "Change", "Band", "Facts changed",
            "Components moved"};
        List<String[]> rows = new ArrayList<>();
        for (DiffCommand.Entry e : shown(entries, all)) {
            DScoreResult latest = e.latest();
            rows.add(new String[] {plain(latest.coin().name()), plain(latest.coin().symbol()), e.status().word(),
                total(e.before()), total(e.after()),
                e.change().map(c -> signed(c.totalDelta())).orElse(""), band(e), plain(facts(e.change())),
                moved(e.change())});
        }
        int[] widths = new int[headings.length];
        for (int i = 0; i < headings.length; i++) {
            widths[i] = TerminalText.width(headings[i]);
        }
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], TerminalText.width(row[i]));
            }
        }
        if (rows.isEmpty()) {
            out.write("No coin's total or band changed.\n");
        } else {
            line(out, headings, widths);
            for (String[] row : rows) {
                line(out, row, widths);
            }
        }
        out.write('\n');
        long[] counts = new long[DiffCommand.Status.values().length];
        for (DiffCommand.Entry e : entries) {
            counts[e.status().ordinal()]++;
        }
        List<String> parts = new ArrayList<>();
        for (DiffCommand.Status s : DiffCommand.Status.values()) {
            parts.add(counts[s.ordinal()] + " " + s.word());
        }
        out.write(String.join(", ", parts) + "\n");
        out.flush();
    }

    private static void line(Writer out, String[] cells, int[] widths) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String pad = " ".repeat(widths[i] - TerminalText.width(cells[i]));
            boolean number = i >= 3 && i <= 5;
            text.append(i == 0 ? "" : "  ").append(number ? pad + cells[i] : cells[i] + pad);
        }
        out.write(text.toString().stripTrailing());
        out.write('\n');
    }

    /** The CSV columns of {@code dscore diff -f csv}. */
    List<String> CSV_HEADER = csvHeader();

    private static List<String> csvHeader() {
        List<String> header = new ArrayList<>(List.of("name", "symbol", "status", "total_before", "total_after",
                "total_delta", "band_before", "band_after"));
        for (Component c : Component.values()) {
            header.add(ResultColumns.key(c) + "_delta");
        }
        header.addAll(List.of("facts_changed", "cause", "as_of_before", "as_of_after", "methodology"));
        return List.copyOf(header);
    }

    /** One CSV record per coin, in the table's order; empty cells for the side a coin is missing from. */
    static void csv(Writer out, Header header, List<DiffCommand.Entry> entries, boolean all) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
        csv.printRecord(CSV_HEADER);
        for (DiffCommand.Entry e : shown(entries, all)) {
            List<String> cells = new ArrayList<>();
            cells.add(e.latest().coin().name());
            cells.add(e.latest().coin().symbol());
            cells.add(e.status().word());
            cells.add(total(e.before()));
            cells.add(total(e.after()));
            cells.add(e.change().map(c -> Points.text(c.totalDelta())).orElse(""));
            cells.add(e.before().map(r -> r.band().label()).orElse(""));
            cells.add(e.after().map(r -> r.band().label()).orElse(""));
            for (Component c : Component.values()) {
                cells.add(e.change().map(ch -> Points.text(ch.component(c).delta())).orElse(""));
            }
            cells.add(facts(e.change()));
            cells.add(e.change().map(c -> c.cause().name()).orElse(""));
            cells.add(e.before().map(r -> r.asOf().toString()).orElse(""));
            cells.add(e.after().map(r -> r.asOf().toString()).orElse(""));
            cells.add(e.latest().methodology().id());
            csv.printRecord(cells);
        }
        csv.flush();
    }

    /** A JSON array of one object per coin, in the table's order, with the facts and reasons that changed. */
    static void json(Writer out, Header header, List<DiffCommand.Entry> entries, boolean all) throws IOException {
        try {
            writeJson(out, entries, all);
        } catch (JacksonException e) {
            throw e.getCause() instanceof IOException ? (IOException) e.getCause() : new IOException(e.getMessage(), e);
        }
    }

    /** The JSON of {@link #json}; Jackson reports write errors unchecked. */
    private static void writeJson(Writer out, List<DiffCommand.Entry> entries, boolean all) {
        JsonGenerator json = JsonMapper.builder().build().writer()
                .with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                        .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                        .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")))
                .without(StreamWriteFeature.AUTO_CLOSE_TARGET).createGenerator(out);
        json.writeStartArray();
        for (DiffCommand.Entry e : shown(entries, all)) {
            json.writeStartObject();
            json.writeStringProperty("name", e.latest().coin().name());
            json.writeStringProperty("symbol", e.latest().coin().symbol());
            json.writeStringProperty("status", e.status().word());
            if (e.before().isPresent()) {
                points(json, "total_before", e.before().get().total());
                json.writeStringProperty("band_before", e.before().get().band().label());
                json.writeStringProperty("as_of_before", e.before().get().asOf().toString());
            }
            if (e.after().isPresent()) {
                points(json, "total_after", e.after().get().total());
                json.writeStringProperty("band_after", e.after().get().band().label());
                json.writeStringProperty("as_of_after", e.after().get().asOf().toString());
            }
            json.writeStringProperty("methodology", e.latest().methodology().id());
            if (e.change().isPresent()) {
                ScoreChange change = e.change().get();
                points(json, "total_delta", change.totalDelta());
                json.writeStringProperty("cause", change.cause().name());
                json.writeObjectPropertyStart("components");
                for (ScoreChange.ComponentChange c : change.components()) {
                    json.writeObjectPropertyStart(ResultColumns.key(c.component()));
                    points(json, "before", c.pointsBefore());
                    points(json, "after", c.pointsAfter());
                    points(json, "delta", c.delta());
                    json.writeEndObject();
                }
                json.writeEndObject();
                json.writeArrayPropertyStart("facts");
                for (ScoreChange.FactChange f : change.facts()) {
                    json.writeStartObject();
                    json.writeStringProperty("fact", f.fact().column());
                    json.writeStringProperty("before", f.before());
                    json.writeStringProperty("after", f.after());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayPropertyStart("reasons");
                for (ScoreChange.ReasonChange r : change.reasons()) {
                    json.writeStartObject();
                    json.writeStringProperty("component", ResultColumns.key(r.component()));
                    json.writeStringProperty("code", r.code().name());
                    json.writeStringProperty("kind", r.kind().name());
                    points(json, "before", r.pointsBefore());
                    points(json, "after", r.pointsAfter());
                    json.writeStringProperty("text", r.after().or(r::before).orElseThrow().text());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeRaw('\n');
        json.flush();
    }

    private static void points(JsonGenerator json, String key, double points) {
        json.writeName(key);
        if (Points.whole(points)) {
            json.writeNumber((long) points);
        } else {
            json.writeNumber(points);
        }
    }
}
