package io.dscore.cli;

import static io.dscore.cli.Cli.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, item 2, as a property of {@code dscore score}: for a generated file, {@code scored + rejected} is the
 * number of records the file holds, and the status is the one docs/cli.md gives (0 every row scored, 1 rows
 * rejected, 2 a file that cannot be read to its end).
 *
 * <p>The files are written by a model that knows what it wrote: the records of a CSV file (LF, CRLF or lone-CR
 * line ends; valid rows; bad cells; bytes that are not UTF-8; a line {@code ""}; text after a closing quote; a
 * lone CR inside a cell, which makes two records; an unclosed quote, one record to the end; blank runs between
 * rows and before the header, some longer than any buffer; a file cut at any byte after the header) and of a JSON
 * file (objects, bad cells, bytes that are not UTF-8 in a string, elements that are not objects, white space
 * with lone CRs and long runs; text after the array; a file cut at any byte). For each it knows the number of
 * records, the line each starts on, which are bad, and the status, unless a cut leaves the status open between
 * 0 and 1. QuickTheories draws the seed of each file and prints it on a failure.
 */
class EveryRecordCountedTest {

    /** Cases per build: thousands, within about 20 s on a loaded 2-core machine. */
    static final int CASES = Integer.getInteger("dscore.records.cases", 2000);

    private static final Pattern SUMMARY = Pattern.compile("scored (\\d+), rejected (\\d+)");
    private static final Pattern ROW_LINE = Pattern.compile("<stdin>:(\\d+): .*\\(value '.*'\\)");
    private static final String HEADER = "name,symbol,layer,consensus,launch_type,vc_funded,governance";
    private static final String[] NAMES = {"Bitcoin", "Ether, classic", "Quote \"Q\"", "line\nbreak", "cr\rin quotes",
        "\uFFFD real", "\u6bd4\u7279\u5e01", "a;b"};
    private static final byte[][] NOT_UTF8 = {{(byte) 0xFF}, {(byte) 0xC3, '('}, {(byte) 0x80},
        {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
    private static final String[] JUNK = {"[]", "garbage", ",{\"x\":1}]", "42", "]", "{}"};

    /** What the model knows of a file it wrote. */
    record Model(byte[] bytes, long records, TreeSet<Long> lines, TreeSet<Long> badLines, int status,
            boolean statusKnown, String how) {
    }

    @Test
    void scoredPlusRejectedIsTheNumberOfRecordsAndTheStatusIsTheDocumentedOne() {
        qt().withExamples(CASES).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            Model model = new SplittableRandom(seed).nextBoolean() ? csv(seed) : json(seed);

            Cli.Run run = Cli.runWithStdin(model.bytes(), "score", "--format", "csv", "--as-of", AS_OF, "-");

            String context = model.how() + ", stderr:\n" + run.err();
            Matcher summary = SUMMARY.matcher(run.summary());
            assertThat(summary.matches()).as(context).isTrue();
            long scored = Long.parseLong(summary.group(1));
            long rejected = Long.parseLong(summary.group(2));
            assertThat(scored + rejected).as(context).isEqualTo(model.records());
            TreeSet<Long> rejectedLines = new TreeSet<>();
            List<String> lines = run.errLines();
            for (String line : lines.subList(0, lines.size() - 1)) {
                Matcher row = ROW_LINE.matcher(line);
                if (row.matches()) {
                    rejectedLines.add(Long.parseLong(row.group(1)));
                }
            }
            assertThat(model.lines()).as(context).containsAll(rejectedLines);
            assertThat(rejectedLines).as(context).containsAll(model.badLines());
            assertThat(run.status()).as(context).isEqualTo(model.statusKnown() ? model.status()
                    : rejected > 0 ? 1 : 0);
        });
    }

    /** A CSV file of up to 12 rows of the kinds above. */
    static Model csv(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Writer out = new Writer();
        TreeSet<Long> lines = new TreeSet<>();
        TreeSet<Long> bad = new TreeSet<>();
        List<long[]> pieces = new ArrayList<>(); // {start byte, end byte} of each record
        StringBuilder how = new StringBuilder("CSV, seed " + seed + ":");
        blankRun(random, out, false);
        out.text(HEADER + lineEnd(random));
        int headerEnd = out.size();
        int rows = random.nextInt(13);
        for (int r = 0; r < rows; r++) {
            blankRun(random, out, false);
            int kind = random.nextInt(20);
            String name = NAMES[random.nextInt(NAMES.length)] + " " + r;
            String tail = ",S" + r + ",LAYER_1,POW,FAIR_LAUNCH,NO,ROUGH_CONSENSUS";
            long line = out.line();
            int start = out.size();
            boolean isBad = kind >= 10;
            boolean last = false;
            if (kind < 10) {
                out.text(quoted(name) + tail);
            } else if (kind == 10) {
                out.text(quoted(name) + tail.replace("LAYER_1", "LAYER9"));
                how.append(" bad cell");
            } else if (kind == 11) {
                out.text("Bad ").bytes(NOT_UTF8[random.nextInt(NOT_UTF8.length)]).text(r + tail);
                how.append(" not UTF-8");
            } else if (kind == 12) {
                out.text("\"\"");
                how.append(" \"\"");
            } else if (kind == 13) {
                out.text("\"" + name.replace("\"", "\"\"") + "\"x" + tail);
                how.append(" text after a quote");
            } else if (kind == 14) {
                out.text("Bit\r");
                pieces.add(new long[] {start, out.size()});
                lines.add(line);
                bad.add(line);
                line = out.line();
                start = out.size();
                out.text("coin" + r + tail);
                how.append(" lone CR in a cell");
            } else if (kind == 15) {
                out.text(quoted(name) + tail.substring(0, tail.lastIndexOf(',')));
                how.append(" missing cell");
            } else if (kind == 16 && r == rows - 1) {
                out.text("\"Open " + r + tail);
                last = true;
                how.append(" unclosed quote");
            } else {
                out.text(quoted(name) + tail);
                isBad = false;
            }
            out.text(lineEnd(random));
            if (last) {
                blankRun(random, out, false); // inside the quote: still the same record
            }
            pieces.add(new long[] {start, out.size()});
            lines.add(line);
            if (isBad) {
                bad.add(line);
            }
        }
        blankRun(random, out, false);
        byte[] bytes = out.toByteArray();
        if (random.nextInt(6) == 0 && bytes.length > headerEnd) {
            int cut = headerEnd + random.nextInt(bytes.length - headerEnd);
            byte[] kept = Arrays.copyOf(bytes, cut);
            TreeSet<Long> keptLines = new TreeSet<>();
            int i = 0;
            for (Long line : lines) {
                long[] piece = pieces.get(i++);
                if (piece[1] <= cut || piece[0] < cut
                        && !new String(kept, (int) piece[0], cut - (int) piece[0], StandardCharsets.UTF_8).isBlank()) {
                    keptLines.add(line);
                }
            }
            TreeSet<Long> keptBad = new TreeSet<>(bad.headSet(keptLines.isEmpty() ? 0 : keptLines.last()));
            return new Model(kept, keptLines.size(), keptLines, keptBad, 0, false, how + " cut at byte " + cut);
        }
        return new Model(bytes, lines.size(), lines, bad, bad.isEmpty() ? 0 : 1, true, how.toString());
    }

    /** A JSON file of up to 12 elements of the kinds above. */
    static Model json(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Writer out = new Writer();
        TreeSet<Long> lines = new TreeSet<>();
        TreeSet<Long> bad = new TreeSet<>();
        List<Integer> ends = new ArrayList<>();
        List<Long> starts = new ArrayList<>(); // several elements may start on one line
        List<Boolean> bads = new ArrayList<>();
        StringBuilder how = new StringBuilder("JSON, seed " + seed + ":");
        blankRun(random, out, true);
        out.text("[");
        int elements = random.nextInt(13);
        for (int e = 0; e < elements; e++) {
            blankRun(random, out, true);
            lines.add(out.line());
            starts.add(out.line());
            int kind = random.nextInt(20);
            String name = NAMES[random.nextInt(NAMES.length)].replace("\\", "\\\\").replace("\"", "\\\"")
                    .replace("\n", "\\n").replace("\r", "\\r") + " " + e;
            String rest = "\",\"symbol\":\"S" + e + "\",\"layer\":\"" + (kind == 10 ? "LAYER9" : "LAYER_1")
                    + "\",\"consensus\":\"POW\",\"launch_type\":\"FAIR_LAUNCH\",\"vc_funded\":\"NO\","
                    + "\"governance\":\"ROUGH_CONSENSUS\"" + (kind == 12 ? ",\"colour\":\"red\"" : "") + "}";
            if (kind == 11) {
                out.text("{\"name\":\"Bad ").bytes(NOT_UTF8[random.nextInt(NOT_UTF8.length)]).text(e + rest);
                how.append(" not UTF-8");
            } else if (kind == 13) {
                out.text("\"not an object\"");
                how.append(" not an object");
            } else {
                out.text("{\"name\":\"" + name + rest);
                how.append(kind == 10 ? " bad cell" : kind == 12 ? " unknown key" : "");
            }
            if (kind >= 10 && kind <= 13) {
                bad.add(out.line());
            }
            bads.add(kind >= 10 && kind <= 13);
            ends.add(out.size());
            blankRun(random, out, true);
            if (e < elements - 1) {
                out.text(",");
            }
        }
        int close = out.size();
        out.text("]");
        blankRun(random, out, true);
        int corruption = random.nextInt(8);
        if (corruption == 0) {
            String junk = JUNK[random.nextInt(JUNK.length)];
            out.text(junk);
            return new Model(out.toByteArray(), elements, lines, bad, 2, true, how + " then " + junk);
        }
        byte[] bytes = out.toByteArray();
        if (corruption == 1) {
            int cut = random.nextInt(close + 1);
            TreeSet<Long> keptLines = new TreeSet<>();
            TreeSet<Long> keptBad = new TreeSet<>();
            int kept = 0;
            for (int i = 0; i < elements; i++) {
                if (ends.get(i) <= cut) {
                    keptLines.add(starts.get(i));
                    kept++;
                    if (bads.get(i)) {
                        keptBad.add(starts.get(i));
                    }
                }
            }
            return new Model(Arrays.copyOf(bytes, cut), kept, keptLines, keptBad, 2, true,
                    how + " cut at byte " + cut);
        }
        return new Model(bytes, elements, lines, bad, bad.isEmpty() ? 0 : 1, true, how.toString());
    }

    /** Sometimes blank lines (or JSON white space), now and then more than the 8 KB any buffer holds. */
    private static void blankRun(SplittableRandom random, Writer out, boolean json) {
        int roll = random.nextInt(10);
        if (roll == 0) {
            out.text(random.nextBoolean() ? "\n".repeat(9_000) : " ".repeat(9_000) + "\n");
        } else if (roll < 3) {
            String[] blanks = json ? new String[] {" ", "\t", "\n", "\r", "\r\n"} : new String[] {" \n", "\t\r\n", "\n"};
            for (int i = random.nextInt(4); i >= 0; i--) {
                out.text(blanks[random.nextInt(blanks.length)]);
            }
        }
    }

    private static String lineEnd(SplittableRandom random) {
        return new String[] {"\n", "\r\n", "\r"}[random.nextInt(3)];
    }

    /** A CSV cell: quoted when it holds a comma, quote or line break, the quotes inside doubled. */
    private static String quoted(String text) {
        return text.matches("(?s).*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    /** Bytes being written, and the line the next one is on (LF, CRLF and a lone CR end a line). */
    private static final class Writer {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private long lineEnds;
        private boolean afterCr;

        Writer text(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                lineEnds += c == '\r' || c == '\n' && !afterCr ? 1 : 0;
                afterCr = c == '\r';
            }
            byte[] raw = text.getBytes(StandardCharsets.UTF_8);
            bytes.write(raw, 0, raw.length);
            return this;
        }

        /** Bytes that hold no line end. */
        Writer bytes(byte[] raw) {
            bytes.write(raw, 0, raw.length);
            afterCr &= raw.length == 0;
            return this;
        }

        long line() {
            return lineEnds + 1;
        }

        int size() {
            return bytes.size();
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }
}
