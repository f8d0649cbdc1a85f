package io.dscore.cli;

import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.DScoreResult;
import io.dscore.api.Improvement;
import io.dscore.api.Reason;
import io.dscore.api.ScoreChange;
import io.dscore.core.Scorer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Writes one self-contained HTML page: inline CSS, an inline SVG chart and an inline sort script (the page's
 * Content-Security-Policy allows that script by its hash and nothing else, and no fetch of any kind), so it works
 * offline, from a file, and when printed.
 *
 * <p>{@code dscore score -f html}: the as-of date and methodology; a chart of every coin ranked by total, each bar
 * split into the components (one colour per {@link Component}, with a legend), a whisker over the range the total
 * could take while facts are unknown, the total and the band; then a table with one row per coin and a
 * {@code <details>} listing its reasons and its top 3 improvements. Past {@value #CHART_LIMIT} coins the chart
 * shows the {@value #CHART_ENDS} highest and the {@value #CHART_ENDS} lowest and says so; the table lists all.
 * {@code dscore diff -f html}: the same chart over the coins listed, marking the old total, and a table of the
 * changes.
 *
 * <p>Every text from the input is escaped, so a name such as {@code <script>} is shown as text. The chart bars are
 * {@code <g class="bar">} and the table rows {@code <tr class="coin">}, which the browser check counts.
 */
final class HtmlWriter implements ResultWriter {

    /** Up to this many coins, the chart shows them all. */
    static final int CHART_LIMIT = 2000;
    /** Past {@link #CHART_LIMIT}, the chart shows this many coins from each end. */
    static final int CHART_ENDS = 50;

    /** One colour per component, in {@link Component} order (repeated if there are ever more components). */
    private static final String[] PALETTE = {"#3b6fb6", "#e08a2c", "#4f9e55", "#c8454f", "#7b5ea7", "#2a9d9a"};

    private static final String SORT_SCRIPT = "document.querySelectorAll('table.sortable th').forEach(function(th,i)"
            + "{th.tabIndex=0;th.title='Sort';th.addEventListener('click',function(){var b=th.closest('table')"
            + ".tBodies[0],r=Array.prototype.slice.call(b.rows),up=th.getAttribute('aria-sort')!=='descending';"
            + "r.sort(function(x,y){var a=x.cells[i].getAttribute('data-v'),c=y.cells[i].getAttribute('data-v');"
            + "var d=(a!==null&&c!==null)?a-c:x.cells[i].textContent.localeCompare(y.cells[i].textContent);"
            + "return up?-d:d;});th.closest('tr').querySelectorAll('th').forEach(function(h){h.removeAttribute("
            + "'aria-sort');});th.setAttribute('aria-sort',up?'descending':'ascending');r.forEach(function(x){"
            + "b.appendChild(x);});});});"
            + "window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach("
            + "function(d){d.open=true;});});";

    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '"
            + sha256(SORT_SCRIPT) + "'";

    private static final String STYLE = "body{font:14px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,Arial,"
            + "sans-serif;color:#1d232b;background:#fff;margin:24px auto;max-width:1200px;padding:0 16px}"
            + "h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}"
            + ".stamp{color:#56606b;margin:0 0 12px}.note{color:#56606b;font-style:italic}"
            + ".legend{list-style:none;padding:0;margin:0 0 8px;display:flex;flex-wrap:wrap;gap:14px}"
            + ".legend span{display:inline-block;width:12px;height:12px;margin-right:5px;vertical-align:-1px}"
            + "svg.chart{width:100%;height:auto;display:block}svg text{font-size:11px;fill:#1d232b}"
            + "svg .grid{stroke:#d8dde3;stroke-width:1}svg .axis{fill:#56606b}svg .whisker{stroke:#1d232b;"
            + "stroke-width:1.2}svg .old{stroke:#000;stroke-width:2}svg .band{fill:#56606b}"
            + "table{border-collapse:collapse;width:100%}th,td{padding:4px 6px;border-bottom:1px solid #e3e7eb;"
            + "text-align:left;vertical-align:top}th{background:#f3f5f7;cursor:pointer;white-space:nowrap}"
            + "td.n{text-align:right;font-variant-numeric:tabular-nums}details ul{margin:2px 0 6px;padding-left:18px}"
            + "details h4{margin:6px 0 0;font-size:13px}summary{cursor:pointer;color:#3b6fb6}"
            + "code{font-size:12px}.up{color:#2e7d32}.down{color:#c62828}"
            + "@media print{body{margin:0;max-width:none}th{cursor:auto}summary{color:#1d232b}"
            + "tr,g.bar{break-inside:avoid}}";

    // the chart's geometry, in SVG units (the SVG scales to the page width)
    private static final int WIDTH = 1000;
    private static final int LABEL_END = 250;
    private static final int X0 = 262;
    private static final double SCALE = 5.6;
    private static final int ROW = 18;
    private static final int TOP = 22;

    private final Writer out;
    private final Scorer scorer;
    private final List<DScoreResult> results = new ArrayList<>();

    HtmlWriter(Writer out, Scorer scorer) {
        this.out = out;
        this.scorer = scorer;
    }

    /**
     * Keeps the result to sort it.
     *
     * @throws TableWriter.TooManyRowsException if the page already holds {@link TableWriter#MOST_ROWS} coins
     */
    @Override
    public void write(DScoreResult result) {
        if (results.size() == TableWriter.MOST_ROWS) {
            throw new TableWriter.TooManyRowsException("html", TableWriter.MOST_ROWS);
        }
        results.add(result);
    }

    @Override
    public void finish() throws IOException {
        results.sort(Comparator.comparingDouble(DScoreResult::total).reversed());
        String stamp = "As of " + scorer.asOf() + " \u00b7 methodology " + scorer.methodology().id() + " \u00b7 "
                + results.size() + (results.size() == 1 ? " coin" : " coins");
        head(out, "D-Score report", stamp);
        List<Bar> bars = new ArrayList<>();
        for (DScoreResult result : results) {
            bars.add(new Bar(result, OptionalDouble.empty()));
        }
        chart(out, bars, "Ranked by total");
        out.write("<h2>Coins</h2>\n<table class=\"sortable coins\">\n<thead><tr><th>#</th><th>Name</th>"
                + "<th>Symbol</th><th>Total</th><th>Range</th><th>Band</th>");
        for (Component c : Component.values()) {
            out.write("<th>" + esc(shortLabel(c)) + "</th>");
        }
        out.write("<th>Why</th></tr></thead>\n<tbody>\n");
        int rank = 0;
        StringBuilder row = new StringBuilder(2048);
        for (DScoreResult r : results) {
            row.setLength(0);
            row.append("<tr class=\"coin\"><td class=\"n\" data-v=\"").append(++rank).append("\">").append(rank)
                    .append("</td><td>").append(esc(r.coin().name())).append("</td><td>")
                    .append(esc(r.coin().symbol())).append("</td>");
            number(row, r.total());
            row.append("<td>").append(r.totalMin() < r.totalMax() ? Points.range(r.totalMin(), r.totalMax()) : "")
                    .append("</td><td data-v=\"").append(r.total()).append("\">").append(esc(r.band().label()))
                    .append("</td>");
            for (ComponentScore s : r.components()) {
                number(row, s.points());
            }
            row.append("<td>");
            reasons(row, r);
            row.append("</td></tr>\n");
            out.write(row.toString());
        }
        out.write("</tbody>\n</table>\n");
        tail(out);
    }

    /** The page for {@code dscore diff -f html}. */
    static void diff(Writer out, DiffWriter.Header header, List<DiffCommand.Entry> entries, boolean all)
            throws IOException {
        List<DiffCommand.Entry> shown = new ArrayList<>();
        int[] counts = new int[DiffCommand.Status.values().length];
        for (DiffCommand.Entry e : entries) {
            counts[e.status().ordinal()]++;
            if (all || e.shownByDefault()) {
                shown.add(e);
            }
        }
        List<String> parts = new ArrayList<>();
        for (DiffCommand.Status s : DiffCommand.Status.values()) {
            parts.add(counts[s.ordinal()] + " " + s.word());
        }
        String stamp = "Old: " + header.oldName() + " as of " + header.oldAsOf() + " \u00b7 new: "
                + header.newName() + " as of " + header.newAsOf() + " \u00b7 methodology " + header.methodology()
                + " \u00b7 " + String.join(", ", parts);
        head(out, "D-Score changes", stamp);
        List<Bar> bars = new ArrayList<>();
        for (DiffCommand.Entry e : shown) {
            bars.add(new Bar(e.latest(), e.change().isPresent()
                    ? OptionalDouble.of(e.change().get().totalBefore()) : OptionalDouble.empty()));
        }
        chart(out, bars, "Largest change first (the black mark is the old total)");
        out.write("<h2>Coins</h2>\n<table class=\"sortable coins\">\n<thead><tr><th>Name</th><th>Symbol</th>"
                + "<th>Status</th><th>Old</th><th>New</th><th>Change</th><th>Band</th><th>Facts changed</th>"
                + "<th>Components moved</th><th>Why</th></tr></thead>\n<tbody>\n");
        StringBuilder row = new StringBuilder(1024);
        for (DiffCommand.Entry e : shown) {
            row.setLength(0);
            DScoreResult latest = e.latest();
            row.append("<tr class=\"coin\"><td>").append(esc(latest.coin().name())).append("</td><td>")
                    .append(esc(latest.coin().symbol())).append("</td><td>").append(e.status().word())
                    .append("</td>");
            optionalNumber(row, e.before());
            optionalNumber(row, e.after());
            if (e.change().isPresent()) {
                double delta = e.change().get().totalDelta();
                row.append("<td class=\"n ").append(delta > 0 ? "up" : delta < 0 ? "down" : "")
                        .append("\" data-v=\"").append(delta).append("\">").append(signed(delta)).append("</td>");
            } else {
                row.append("<td></td>");
            }
            String before = e.before().map(r -> r.band().label()).orElse("");
            String after = e.after().map(r -> r.band().label()).orElse("");
            row.append("<td>").append(esc(before.equals(after) || before.isEmpty() ? after
                    : after.isEmpty() ? before : before + " \u2192 " + after)).append("</td><td>");
            e.change().ifPresent(c -> c.facts().forEach(f -> row.append("<code>").append(esc(f.fact().column()))
                    .append("</code> ").append(esc(f.before())).append(" \u2192 ").append(esc(f.after()))
                    .append("<br>")));
            row.append("</td><td>");
            e.change().ifPresent(c -> c.moved().forEach(m -> row.append(esc(m.component().label())).append(' ')
                    .append(signed(m.delta())).append("<br>")));
            row.append("</td><td>");
            if (e.change().isPresent() && !e.change().get().reasons().isEmpty()) {
                row.append("<details><summary>Reasons that changed</summary><ul>");
                for (ScoreChange.ReasonChange r : e.change().get().reasons()) {
                    row.append("<li>").append(esc(r.component().label())).append(": <code>").append(r.code())
                            .append("</code> ").append(r.kind().name().toLowerCase(Locale.ROOT)).append(' ')
                            .append(Points.text(r.pointsBefore())).append(" \u2192 ")
                            .append(Points.text(r.pointsAfter())).append(" (").append(signed(r.delta()))
                            .append("): ").append(esc(r.after().or(r::before).orElseThrow().text()))
                            .append("</li>");
                }
                row.append("</ul></details>");
            }
            row.append("</td></tr>\n");
            out.write(row.toString());
        }
        out.write("</tbody>\n</table>\n");
        tail(out);
    }

    /** One bar of the chart: a result, and for a comparison the old total to mark. */
    private record Bar(DScoreResult result, OptionalDouble oldTotal) {
    }

    private static void head(Writer out, String title, String stamp) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title)
                + "</title>\n<style>" + STYLE + componentStyles() + "</style>\n</head>\n<body>\n<h1>" + esc(title)
                + "</h1>\n<p class=\"stamp\">" + esc(stamp) + "</p>\n");
    }

    private static void tail(Writer out) throws IOException {
        out.write("<script>" + SORT_SCRIPT + "</script>\n</body>\n</html>\n");
        out.flush();
    }

    private static String componentStyles() {
        StringBuilder css = new StringBuilder();
        for (Component c : Component.values()) {
            String colour = PALETTE[c.ordinal() % PALETTE.length];
            css.append(".k-").append(ResultColumns.key(c)).append("{fill:").append(colour).append(";background:")
                    .append(colour).append(";print-color-adjust:exact;-webkit-print-color-adjust:exact}");
        }
        return css.toString();
    }

    /** The legend and the SVG chart; past {@link #CHART_LIMIT} bars, only the ends, with a note. */
    private static void chart(Writer out, List<Bar> all, String heading) throws IOException {
        out.write("<h2>" + esc(heading) + "</h2>\n<ul class=\"legend\">");
        for (Component c : Component.values()) {
            out.write("<li><span class=\"k-" + ResultColumns.key(c) + "\"></span>" + esc(c.label()) + " (max "
                    + Points.text(c.max()) + ")</li>");
        }
        out.write("<li>\u2500 range while facts are unknown</li></ul>\n");
        List<Bar> bars = all;
        boolean cut = all.size() > CHART_LIMIT;
        if (cut) {
            bars = new ArrayList<>(all.subList(0, CHART_ENDS));
            bars.addAll(all.subList(all.size() - CHART_ENDS, all.size()));
            out.write("<p class=\"note\">The chart shows the " + CHART_ENDS + " highest and the " + CHART_ENDS
                    + " lowest of " + all.size() + " coins; the table below lists all of them.</p>\n");
        }
        int gap = cut ? ROW : 0;
        int height = TOP + bars.size() * ROW + gap + 6;
        StringBuilder svg = new StringBuilder(bars.size() * 600 + 1024);
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(esc(heading)).append("\">\n");
        for (int t = 0; t <= 100; t += 20) {
            double x = X0 + t * SCALE;
            svg.append("<line class=\"grid\" x1=\"").append(x).append("\" x2=\"").append(x).append("\" y1=\"")
                    .append(TOP - 4).append("\" y2=\"").append(height - 4).append("\"/><text class=\"axis\" x=\"")
                    .append(x).append("\" y=\"12\" text-anchor=\"middle\">").append(t).append("</text>\n");
        }
        int y = TOP;
        for (int i = 0; i < bars.size(); i++) {
            if (cut && i == CHART_ENDS) {
                svg.append("<text class=\"axis\" x=\"").append(X0).append("\" y=\"").append(y + 13)
                        .append("\">\u22ee ").append(all.size() - 2 * CHART_ENDS).append(" coins not shown</text>\n");
                y += gap;
            }
            bar(svg, bars.get(i), y);
            y += ROW;
        }
        svg.append("</svg>\n");
        out.write(svg.toString());
    }

    private static void bar(StringBuilder svg, Bar bar, int y) {
        DScoreResult r = bar.result();
        String name = r.coin().name() + " (" + r.coin().symbol() + ")";
        svg.append("<g class=\"bar\" transform=\"translate(0,").append(y).append(")\"><title>").append(esc(name))
                .append(": ").append(Points.text(r.total())).append(", ").append(esc(r.band().label()));
        if (r.totalMin() < r.totalMax()) {
            svg.append(", range ").append(Points.range(r.totalMin(), r.totalMax()));
        }
        bar.oldTotal().ifPresent(old -> svg.append(", was ").append(Points.text(old)));
        svg.append("</title><text x=\"").append(LABEL_END).append("\" y=\"13\" text-anchor=\"end\">")
                .append(esc(shorten(name, 40))).append("</text>");
        double x = X0;
        for (ComponentScore s : r.components()) {
            if (s.points() > 0) {
                double w = s.points() * SCALE;
                svg.append("<rect class=\"k-").append(ResultColumns.key(s.component())).append("\" x=\"")
                        .append(round(x)).append("\" y=\"3\" width=\"").append(round(w)).append("\" height=\"12\"/>");
                x += w;
            }
        }
        if (r.totalMin() < r.totalMax()) {
            double x1 = round(X0 + r.totalMin() * SCALE);
            double x2 = round(X0 + r.totalMax() * SCALE);
            svg.append("<path class=\"whisker\" d=\"M").append(x1).append(" 9H").append(x2).append("M").append(x1)
                    .append(" 5V13M").append(x2).append(" 5V13\"/>");
        }
        bar.oldTotal().ifPresent(old -> {
            double xo = round(X0 + old * SCALE);
            svg.append("<path class=\"old\" d=\"M").append(xo).append(" 1V17\"/>");
        });
        double end = Math.max(X0 + r.total() * SCALE, X0 + r.totalMax() * SCALE) + 6;
        svg.append("<text class=\"band\" x=\"").append(round(end)).append("\" y=\"13\">")
                .append(Points.text(r.total()));
        bar.oldTotal().ifPresent(old -> svg.append(" (").append(signed(r.total() - old)).append(')'));
        svg.append(" \u00b7 ").append(esc(r.band().label())).append("</text></g>\n");
    }

    /** The reasons of each component and the top improvements, in a {@code <details>}. */
    private static void reasons(StringBuilder row, DScoreResult r) {
        row.append("<details><summary>Reasons</summary>");
        for (ComponentScore s : r.components()) {
            row.append("<h4>").append(esc(s.component().label())).append(": ").append(Points.text(s.points()))
                    .append(" of ").append(Points.text(s.max()));
            if (s.uncertain()) {
                row.append(", range ").append(Points.range(s.minPoints(), s.maxPoints()));
            }
            row.append("</h4><ul>");
            for (Reason reason : s.reasons()) {
                row.append("<li>").append(signed(reason.points())).append(" <code>").append(reason.code())
                        .append("</code> ").append(esc(reason.text())).append("</li>");
            }
            row.append("</ul>");
        }
        List<Improvement> improvements = ResultWriter.topImprovements(r);
        if (!improvements.isEmpty()) {
            row.append("<h4>What would raise it</h4><ul>");
            for (Improvement improvement : improvements) {
                row.append("<li>").append(esc(improvement.toString())).append("</li>");
            }
            row.append("</ul>");
        }
        row.append("</details>");
    }

    private static void number(StringBuilder row, double value) {
        row.append("<td class=\"n\" data-v=\"").append(value).append("\">").append(Points.text(value))
                .append("</td>");
    }

    private static void optionalNumber(StringBuilder row, java.util.Optional<DScoreResult> result) {
        if (result.isPresent()) {
            number(row, result.get().total());
        } else {
            row.append("<td></td>");
        }
    }

    private static String signed(double points) {
        return (points > 0 ? "+" : "") + Points.text(points);
    }

    private static double round(double x) {
        return Math.round(x * 10) / 10.0;
    }

    private static String shortLabel(Component c) {
        return c.label().split(" ")[0];
    }

    private static String shorten(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "\u2026";
    }

    /**
     * Escapes text for HTML element content and quoted attribute values: {@code & < > " '} become character
     * references, and control characters other than tab and line breaks (which HTML does not allow) a space.
     */
    static String esc(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement;
            switch (c) {
                case '&': replacement = "&amp;"; break;
                case '<': replacement = "&lt;"; break;
                case '>': replacement = "&gt;"; break;
                case '"': replacement = "&quot;"; break;
                case '\'': replacement = "&#39;"; break;
                default:
                    replacement = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' ? " " : null;
            }
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The CSP source of an inline script: {@code sha256-} and the Base64 of its SHA-256. */
    private static String sha256(String script) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
