package io.dscore.cli;

import static io.dscore.cli.Cli.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing of the CSV and JSON readers through the whole {@code score} command: a few thousand generated files,
 * valid ones and broken ones (random bytes, truncated files, dropped and doubled delimiters, stray quotes, huge
 * numbers, invalid UTF-8, NUL bytes, 10,000-character cells, header-only files), each scored in-process.
 *
 * <p>Whatever the file, the command ends with status 0, 1 or 2, never with an exception or a stack trace; the
 * last line on standard error is {@code scored N, rejected M}; the N scored rows are on standard output and the
 * M rejected ones are reported one line each as {@code FILE:LINE: ... (value '...')}; status 2 comes with one
 * line naming the file that could not be read. Where the mutation keeps the records apart (a valid file, a bad
 * value in one cell, invalid UTF-8 inside a cell, a header alone), {@code N + M} is the number of records.
 *
 * <p>The cases are seeded: case {@code i} draws everything from {@code SplittableRandom(seed(i))}, derived from
 * a base seed, {@value #DEFAULT_SEED} unless {@code -Ddscore.fuzz.seed=...} says otherwise; the number of cases
 * is {@value #DEFAULT_CASES} unless {@code -Ddscore.fuzz.cases=...}. A failure names the case, its seed and the
 * base seed: {@code mvn -B test -pl dscore-cli -am -Dtest=ReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Ddscore.fuzz.seed=BASE} reruns it.
 */
class ReaderFuzzTest {

    static final long DEFAULT_SEED = 20260619L;
    static final int DEFAULT_CASES = 3000;

    private static final long BASE_SEED = Long.getLong("dscore.fuzz.seed", DEFAULT_SEED);
    private static final int CASES = Integer.getInteger("dscore.fuzz.cases", DEFAULT_CASES);

    private static final Pattern SUMMARY = Pattern.compile("scored (\\d+), rejected (\\d+)");
    private static final CSVFormat OUTPUT = CSVFormat.DEFAULT;

    /** The seed of case {@code i}: the base seed and the index mixed (SplitMix64's increment). */
    static long seed(long base, int i) {
        return base + 0x9E3779B97F4A7C15L * (i + 1);
    }

    @Test
    void everyGeneratedFileIsScoredOrReportedRowByRowWithoutAStackTrace(@TempDir Path dir) throws IOException {
        List<String> failures = new ArrayList<>();
        int[] kinds = new int[Kind.values().length];
        for (int i = 0; i < CASES && failures.size() < 10; i++) {
            long seed = seed(BASE_SEED, i);
            Case c = generate(seed);
            kinds[c.kind.ordinal()]++;
            Path file = dir.resolve("case-" + i + c.extension);
            Files.write(file, c.file.bytes());
            Cli.Run run = Cli.run("score", "--format", "csv", "--as-of", AS_OF, file.toString());
            String problem = check(c, file.toString(), run);
            if (problem != null) {
                failures.add(String.format("case %d (seed %d, base seed %d): %s%n  file: %s%n  status %d, stderr:%n%s",
                        i, seed, BASE_SEED, problem, c.describe(), run.status(), indent(run.err())));
            }
            Files.delete(file);
        }

        assertThat(failures).as("fuzz cases failed (base seed %d, rerun with -Ddscore.fuzz.seed=%d)", BASE_SEED,
                BASE_SEED).isEmpty();
        if (CASES >= DEFAULT_CASES) {
            for (Kind kind : Kind.values()) {
                assertThat(kinds[kind.ordinal()]).as("cases of kind %s", kind).isGreaterThan(CASES / 40);
            }
        }
    }

    @Test
    void aLongJsonNumberRejectsItsRowOnlyAndOnePastTheLimitStopsTheFile(@TempDir Path dir) throws IOException {
        // found by this fuzzing: Jackson's default StreamReadConstraints refuse numbers longer than 1000
        // characters, which ended the file at such a number; numbers are now kept as text up to a raised limit
        String coin = "{\"name\":\"A\",\"symbol\":\"A\",\"layer\":\"LAYER_1\",\"consensus\":\"POW\","
                + "\"launch_type\":\"FAIR_LAUNCH\",\"vc_funded\":\"NO\",\"governance\":\"ROUGH_CONSENSUS\"%s}";
        Path longNumber = dir.resolve("long-number.json");
        Files.writeString(longNumber, "[\n" + String.format(coin, "") + ",\n"
                + String.format(coin, ",\"incidents\":" + "9".repeat(10_001)) + ",\n"
                + String.format(coin, ",\"dev_fund_pct\":1" + "0".repeat(10_000) + ".5e-9999") + ",\n"
                + String.format(coin, "") + "\n]\n");
        Path tooLong = dir.resolve("too-long.json");
        int length = io.dscore.io.CoinReader.MAX_NUMBER_LENGTH + 1;
        Files.writeString(tooLong, "[\n" + String.format(coin, "") + ",\n"
                + String.format(coin, ",\"incidents\":" + "9".repeat(length)) + ",\n" + String.format(coin, "")
                + "\n]\n");

        Cli.Run run = Cli.run("score", "--format", "csv", "--as-of", AS_OF, longNumber.toString());
        Cli.Run stopped = Cli.run("score", "--format", "csv", "--as-of", AS_OF, tooLong.toString());

        assertThat(run.errLines()).containsExactly(
                longNumber + ":3: column incidents: too large, the largest whole number is 2147483647 (value '"
                        + "9".repeat(io.dscore.io.Row.Rejected.SHOWN_VALUE) + "...')",
                "scored 3, rejected 1");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(4); // the header and the three coins
        assertThat(stopped.errLines()).containsExactly(tooLong + ":3: not valid JSON: Number value length ("
                + length + ") exceeds the maximum allowed (" + io.dscore.io.CoinReader.MAX_NUMBER_LENGTH
                + ", from `StreamReadConstraints.getMaxNumberLength()`)", "scored 1, rejected 0");
        assertThat(stopped.status()).isEqualTo(2);
    }

    @Test
    void lineBreaksInAHeaderOrAKeyAreShownEscapedSoThatEachProblemIsOneLine(@TempDir Path dir) throws IOException {
        // found by this fuzzing (base seed 20260619, case 2742): a quoted header cell with a line break was printed
        // as is, so the message ran over several lines that do not name the file
        Path noColumn = dir.resolve("no-column.csv");
        Files.writeString(noColumn, "\"b\nEZ\"\n1\n");
        Path unknown = dir.resolve("unknown.csv");
        Files.writeString(unknown, "name,\"sym\r\nbol\"\nA,B\n");
        Path key = dir.resolve("key.json");
        Files.writeString(key, "[{\"name\":\"A\",\"sym\\nbol\":\"B\"}]");

        assertThat(Cli.run("score", "--as-of", AS_OF, noColumn.toString()).errLines()).containsExactly(
                noColumn + ":1: not a CSV or JSON file of coin facts: the first line names no known column (b\\nEZ)",
                "scored 0, rejected 0");
        assertThat(Cli.run("score", "--as-of", AS_OF, unknown.toString()).errLines()).containsExactly(
                unknown + ":1: unknown column 'sym\\r\\nbol'; the columns are " + String.join(", ", Column.headers()),
                "scored 0, rejected 0");
        assertThat(Cli.run("score", "--as-of", AS_OF, key.toString()).errLines()).containsExactly(
                key + ":1: column sym\\nbol: unknown column; the columns are " + String.join(", ", Column.headers())
                        + " (value 'B')",
                "scored 0, rejected 1");
    }

    @Test
    void aJsonFileThatIsOneStringIsReportedOnOneLine(@TempDir Path dir) throws IOException {
        // found by this fuzzing (base seed 7, case 391): a file starting with an unclosed or invalid JSON string
        // was reported as "cannot be read (...)" with Jackson's location on a second line
        Path unclosed = dir.resolve("unclosed.json");
        Files.writeString(unclosed, "\"ab");
        Path escaped = dir.resolve("escaped.json");
        Files.writeString(escaped, "\"a\\nb\"");

        assertThat(Cli.run("score", "--as-of", AS_OF, unclosed.toString()).errLines()).containsExactly(
                unclosed + ":1: not valid JSON: Unexpected end-of-input: was expecting closing quote for a string value", "scored 0, rejected 0");
        assertThat(Cli.run("score", "--as-of", AS_OF, escaped.toString()).errLines()).containsExactly(
                escaped + ":1: expected a JSON array of coin objects, found a\\nb", "scored 0, rejected 0");
    }

    /** The ways a case's file is made. */
    enum Kind {
        VALID, BAD_CELLS, NOT_UTF8_CELL, HEADER_ONLY, BROKEN_BYTES, RANDOM_BYTES
    }

    /** One generated input file and what is known of it. */
    record Case(Kind kind, boolean json, String extension, FuzzFiles.File file) {

        String describe() {
            String text = new String(file.bytes(), StandardCharsets.UTF_8);
            return kind + (json ? " JSON " : " CSV ") + extension + file.how() + ", " + file.bytes().length
                    + " bytes" + (file.recordsKnown() ? ", " + file.records() + " records" : "") + ": "
                    + FuzzFiles.shorten(text.length() > 300 ? text.substring(0, 300) : text);
        }
    }

    static Case generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        FuzzFiles files = new FuzzFiles(random);
        boolean json = random.nextBoolean();
        // the extension decides the format, except .txt: then the content does
        String extension = random.nextInt(4) == 0 ? ".txt" : json ? ".json" : ".csv";
        int roll = random.nextInt(20);
        Kind kind = roll < 3 ? Kind.VALID : roll < 8 ? Kind.BAD_CELLS : roll < 10 ? Kind.NOT_UTF8_CELL
                : roll < 11 ? Kind.HEADER_ONLY : roll < 18 ? Kind.BROKEN_BYTES : Kind.RANDOM_BYTES;
        if (kind == Kind.RANDOM_BYTES) {
            return new Case(kind, json, extension, new FuzzFiles.File(files.randomBytes(), 0, false, ""));
        }
        List<Column> columns = files.columns();
        List<Map<Column, String>> coins = new ArrayList<>();
        int rows = kind == Kind.HEADER_ONLY ? 0 : random.nextInt(25);
        for (int r = 0; r < rows; r++) {
            coins.add(files.coin(r, columns));
        }
        StringBuilder how = new StringBuilder();
        if (kind == Kind.BAD_CELLS) {
            int cells = 1 + random.nextInt(3);
            for (int k = 0; k < cells; k++) {
                files.mutateCell(coins, columns, how);
            }
        }
        String marker = "\u0001NOT_UTF8\u0001";
        if (kind == Kind.NOT_UTF8_CELL && !coins.isEmpty()) {
            Map<Column, String> coin = coins.get(random.nextInt(coins.size()));
            coin.put(Column.NAME, coin.get(Column.NAME) + marker);
            how.append(" invalid UTF-8 in a name");
        }
        String text = json ? files.json(columns, coins) : FuzzFiles.csv(columns, coins, random.nextBoolean());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (kind == Kind.NOT_UTF8_CELL) {
            bytes = replace(bytes, marker.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28,
                (byte) 0xFF});
        }
        if (kind == Kind.BROKEN_BYTES) {
            int mutations = 1 + random.nextInt(3);
            for (int k = 0; k < mutations; k++) {
                bytes = files.mutateBytes(bytes, json, how);
            }
        }
        // bytes that are not UTF-8 reject their row only, in JSON as in CSV (issue 17)
        boolean known = kind == Kind.VALID || kind == Kind.BAD_CELLS || kind == Kind.HEADER_ONLY
                || kind == Kind.NOT_UTF8_CELL;
        return new Case(kind, json, extension, new FuzzFiles.File(bytes, coins.size(), known, how.toString()));
    }

    /** Returns what is wrong with the run of the command on the case's file, or null. */
    static String check(Case c, String path, Cli.Run run) {
        if (run.status() < 0 || run.status() > 2) {
            return "status " + run.status();
        }
        for (String sign : List.of("Exception", "\tat ", "unexpected error", "Error:")) {
            if (run.err().contains(sign) || run.out().contains(sign)) {
                return "'" + sign.strip() + "' printed";
            }
        }
        List<String> lines = run.errLines();
        Matcher summary = SUMMARY.matcher(run.summary());
        if (!summary.matches()) {
            return "no summary line";
        }
        long scored = Long.parseLong(summary.group(1));
        long rejected = Long.parseLong(summary.group(2));
        Pattern rowError = Pattern.compile(Pattern.quote(path) + ":\\d+: .*\\(value '.*'\\)");
        long rowErrors = 0;
        long fileErrors = 0;
        for (String line : lines.subList(0, lines.size() - 1)) {
            if (!line.startsWith(path + ":")) {
                return "an error line does not name the file: " + FuzzFiles.shorten(line);
            }
            if (rowError.matcher(line).matches()) {
                rowErrors++;
            } else {
                fileErrors++;
            }
        }
        long written = outputRecords(run.out());
        if (written != scored) {
            return scored + " scored but " + written + " rows written";
        }
        if (rowErrors != rejected) {
            return rejected + " rejected but " + rowErrors + " rows reported";
        }
        if (fileErrors > 1) {
            return fileErrors + " lines about the whole file";
        }
        int expectedStatus = fileErrors == 1 ? 2 : rejected > 0 ? 1 : 0;
        if (run.status() != expectedStatus) {
            return "status " + run.status() + ", expected " + expectedStatus;
        }
        if (c.file.recordsKnown()) {
            if (fileErrors > 0) {
                return "the file has " + c.file.records() + " well-formed records but was not read";
            }
            if (scored + rejected != c.file.records()) {
                return (scored + rejected) + " rows scored or rejected, the file has " + c.file.records();
            }
            if (c.kind == Kind.VALID && rejected > 0) {
                return "a valid coin was rejected";
            }
        }
        return null;
    }

    /** The number of result rows in CSV output, its header line not counted. */
    private static long outputRecords(String out) {
        if (out.isEmpty()) {
            return 0;
        }
        try (CSVParser parser = CSVParser.builder().setFormat(OUTPUT).setReader(new StringReader(out)).get()) {
            return parser.getRecords().size() - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] replace(byte[] bytes, byte[] target, byte[] replacement) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String from = new String(target, StandardCharsets.ISO_8859_1);
        String to = new String(replacement, StandardCharsets.ISO_8859_1);
        return text.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String indent(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String shown = line.replace("\r", "\\r").replace("\t", "\\t");
            out.append("    ").append(shown.length() > 400 ? shown.substring(0, 400) + "..." : shown).append('\n');
        }
        return out.toString();
    }
}
