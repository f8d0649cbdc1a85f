package io.dscore.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 17, item 2: every record of any input is a row, parsed or rejected with its line, and what cannot be read
 * is an error naming its line. Each case here lost or miscounted rows before (the list); the comments say
 * what the reader did.
 */
class EveryRecordTest {

    private static final String HEADER = "name,symbol,layer,consensus,launch_type,vc_funded,governance";
    /** The cells after the symbol of a valid row. */
    private static final String REST = ",LAYER_1,POW,FAIR_LAUNCH,NO,ROUGH_CONSENSUS";
    /** The cells after the name of a valid row. */
    private static final String TAIL = ",S" + REST;
    private static final String NOT_UTF8 = "not UTF-8 text (save the file as UTF-8)";

    private static String coin(String name) {
        return "{\"name\":\"" + name + "\",\"symbol\":\"X\",\"layer\":\"LAYER_1\",\"consensus\":\"POW\","
                + "\"launch_type\":\"FAIR_LAUNCH\",\"vc_funded\":\"NO\",\"governance\":\"ROUGH_CONSENSUS\"}";
    }

    static Stream<Arguments> textAfterTheArray() {
        return Stream.of(
                Arguments.of("[\n" + coin("A") + ",\n" + coin("B") + "\n]\n[" + coin("C") + "]\n", 5),
                Arguments.of("[\n" + coin("A") + ",\n" + coin("B") + "\n]\n\ngarbage\n", 6),
                Arguments.of("[\n" + coin("A") + ",\n" + coin("B") + "\n],{\"x\":1}]\n", 4),
                Arguments.of("[\n" + coin("A") + ",\n" + coin("B") + "]\r\r 42", 5));
    }

    @ParameterizedTest
    @MethodSource("textAfterTheArray")
    void textAfterTheArrayIsAnErrorNamingItsLine(String json, int line) {
        // was: ignored, both rows scored and nothing said
        Iterator<Row> rows = CoinReader.open("t.json", utf8(json)).iterator();

        assertThat(rows.next()).isInstanceOf(Row.Parsed.class);
        assertThat(rows.next()).isInstanceOf(Row.Parsed.class);
        assertThatThrownBy(rows::hasNext).isInstanceOf(InputException.class).hasMessage("t.json:" + line
                + ": not valid JSON: text after the closing ] of the array of coins (a file holds one array)");
    }

    @Test
    void whiteSpaceAfterTheArrayIsNothing() {
        assertThat(rows(CoinReader.json("w.json", new StringReader("[" + coin("A") + "]\n \t\r\n")))).hasSize(1);
    }

    @Test
    void blankRunsLongerThanAnyBufferBeforeTheContent() {
        // was: "empty file": only the first 8 KB were looked at
        String lines = "\n".repeat(4_500) + "\r\n".repeat(2_000) + " \t\r".repeat(2_500);
        List<Row> csv = rows(CoinReader.open("blank", utf8(lines + HEADER + "\n\n" + "A" + TAIL + "\n")));
        List<Row> json = rows(CoinReader.open("spaces", utf8(" ".repeat(9_000) + "\n" + "[" + coin("B") + "]")));
        List<Row> bom = rows(CoinReader.open("bom", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "\n".repeat(9_000) + "[\n" + coin("C") + "]")));

        assertThat(csv).singleElement().isInstanceOf(Row.Parsed.class);
        assertThat(csv.get(0).location().line()).isEqualTo(9_000 + 3);
        assertThat(json).singleElement().isInstanceOf(Row.Parsed.class);
        assertThat(json.get(0).location().line()).isEqualTo(2);
        assertThat(bom.get(0).location().line()).isEqualTo(9_002);
        assertThatThrownBy(() -> CoinReader.open("only", utf8(" \r\n\t".repeat(5_000))))
                .isInstanceOf(InputException.class)
                .hasMessage("only: empty file, expected CSV with a header line or a JSON array of coins");
    }

    @Test
    void aByteThatIsNotUtf8InAJsonStringRejectsOnlyItsRow() {
        // was: read as U+FFFD and scored (the version: the file ended there)
        List<Row> rows = rows(CoinReader.open("u.json", new ByteArrayInputStream(concat(
                "[\n" + coin("A") + ",\n{\"name\":\"Bit", new byte[] {(byte) 0xFF}, "coin\",\"symbol\":\"X\"},\n"
                        + coin("\uFFFD real") + ",\n7,\n[\"x", new byte[] {(byte) 0xC3, '('}, "\"],\n"
                        + "{\"k", new byte[] {(byte) 0x80}, "\":1},\n{\"producer_shares\":[\"1", new byte[] {(byte) 0xE2,
                    (byte) 0x82}, "\"]},\n" + coin("Last") + "]"))));

        assertThat(rows).hasSize(8);
        assertThat(rows.get(0)).isInstanceOf(Row.Parsed.class);
        assertThat(message(rows.get(1))).isEqualTo("u.json:3: column name: " + NOT_UTF8 + " (value 'Bit\uFFFDcoin')");
        assertThat(((Row.Parsed) rows.get(2)).coin().name()).isEqualTo("\uFFFD real");
        assertThat(message(rows.get(3))).isEqualTo("u.json:5: not a JSON object (value '7')");
        assertThat(message(rows.get(4))).isEqualTo("u.json:6: not a JSON object (value '[\"x\uFFFD(\"]')");
        assertThat(message(rows.get(5))).startsWith("u.json:7: column k\uFFFD: unknown column;");
        assertThat(message(rows.get(6))).isEqualTo("u.json:8: column producer_shares: " + NOT_UTF8
                + " (value '1\uFFFD')");
        assertThat(rows.get(7)).isInstanceOf(Row.Parsed.class);
    }

    @Test
    void aUtf8ReplacementCharacterWrittenInTheFileIsText() {
        // was: a U+FFFD written as such (EF BF BD) rejected its CSV row as "not UTF-8"
        List<Row> rows = rows(CoinReader.open("r.csv", new ByteArrayInputStream(concat(HEADER + "\n\uFFFD" + TAIL + "\nB", new byte[] {(byte) 0xFF}, TAIL + "\n"))));

        assertThat(((Row.Parsed) rows.get(0)).coin().name()).isEqualTo("\uFFFD");
        assertThat(message(rows.get(1))).isEqualTo("r.csv:3: column name: " + NOT_UTF8 + " (value 'B\uFFFD')");
        assertThat(rows(CoinReader.csv("s.csv", new ByteArrayInputStream(concat(HEADER + "\nA" + TAIL + ",",
                new byte[] {(byte) 0xFF}, "\n")))))
                .singleElement().extracting(EveryRecordTest::message).isEqualTo(
                        "s.csv:2: column 8: extra cell: the row has 8 cells, the header 7 (value '\uFFFD')");
    }

    @Test
    void anUnclosedQuoteRejectsItsRecordWhichHoldsTheRestOfTheInput() {
        // was: "not valid CSV" and the end of the file, with the rows in the quote never counted (rejected 0)
        List<Row> rows = rows(CoinReader.csv("q.csv", new StringReader(HEADER + "\nA" + TAIL + "\n\"Lite,coin" + TAIL
                + "\nC" + TAIL + "\n")));
        String inQuote = "Lite,coin" + TAIL + "\\nC" + TAIL + "\\n";

        assertThat(rows).hasSize(2);
        assertThat(message(rows.get(1))).isEqualTo("q.csv:3: column name: not valid CSV: the quoted cell opened on"
                + " line 3 is never closed, so the rest of the input is inside it (value '" + inQuote.substring(0,
                        Row.Rejected.SHOWN_VALUE) + "...')");
    }

    @Test
    void textAfterAClosingQuoteRejectsItsRecordAndTheNextRecordsAreRead() {
        // was: "not valid CSV: Invalid character between encapsulated token and delimiter" and the end of the file
        List<Row> rows = rows(CoinReader.csv("s.csv", new StringReader(HEADER + "\nA" + TAIL + "\n\"Lite\"x" + TAIL
                + "\nB,\"S\" \t,LAYER_1,POW,\"FAIR_\"\"LAUNCH\"\"\",NO,\"ROUGH\"_CONSENSUS,\"multi\nline\"\nC" + TAIL
                + "\n")));

        assertThat(rows).hasSize(4);
        assertThat(message(rows.get(1))).isEqualTo("s.csv:3: column name: not valid CSV: text after the closing quote"
                + " of a quoted cell on line 3 (a quote inside a quoted cell is written twice) (value '\"Lite\"x')");
        assertThat(message(rows.get(2))).isEqualTo("s.csv:4: column governance: not valid CSV: text after the"
                + " closing quote of a quoted cell on line 4 (a quote inside a quoted cell is written twice)"
                + " (value '\"ROUGH\"_CONSENSUS')");
        assertThat(rows.get(3)).isInstanceOf(Row.Parsed.class);
        assertThat(rows.get(3).location().line()).isEqualTo(6);
    }

    @Test
    void aLineHoldingOnlyTwoQuotesIsARecord() {
        // was: skipped without a word, like a blank line
        List<Row> rows = rows(CoinReader.csv("e.csv", new StringReader(HEADER + "\n\"\"\n  \n\t\nA" + TAIL + "\n")));

        assertThat(rows).hasSize(2);
        assertThat(message(rows.get(0))).isEqualTo(
                "e.csv:2: column symbol: missing cell: the row has 1 cells, the header 7 (value '')");
        assertThat(rows.get(1).location().line()).isEqualTo(5);
    }

    @Test
    void aLoneCrEndsALineAndARowItCutsIsNotScored() {
        // was: "Bit" rejected and "coin,BTC,..." scored as a coin named "coin"
        List<Row> rows = rows(CoinReader.csv("c.csv", new StringReader(HEADER + "\nA" + TAIL
                + "\nBit\rcoin" + TAIL + "\nC" + TAIL + "\rD,\r" + TAIL.substring(1) + "\r\n\"E\r\nF\"" + TAIL
                + "\r")));

        assertThat(rows).extracting(EveryRecordTest::outcome).containsExactly(
                "2 parsed A",
                "3 c.csv:3: column symbol: missing cell: the row has 1 cells, the header 7, and its line ends in a"
                        + " carriage return (CR) (value '')",
                "4 c.csv:4: the rest of the row on line 3, cut by a carriage return (CR) in a cell that is not quoted"
                        + " (quote a cell that holds a line break) (value 'coin')",
                "5 parsed C",
                "6 c.csv:6: column layer: missing cell: the row has 2 cells, the header 7, and its line ends in a"
                        + " carriage return (CR) (value '')",
                "7 c.csv:7: the rest of the row on line 6, cut by a carriage return (CR) in a cell that is not quoted"
                        + " (quote a cell that holds a line break) (value 'S')",
                "8 parsed E\r\nF");
    }

    @Test
    void aRowCutByTwoCrsIsRejectedPieceByPieceAndABlankLineEndsTheCut() {
        List<Row> rows = rows(CoinReader.csv("d.csv", new StringReader(HEADER + "\nA" + TAIL.replace(",POW,",
                ",P\rO\rW,") + "\nB\r\r\nC" + TAIL + "\nD,E\rF" + REST + "\n")));

        assertThat(rows).extracting(EveryRecordTest::outcome).containsExactly(
                "2 d.csv:2: column launch_type: missing cell: the row has 4 cells, the header 7, and its line ends in"
                        + " a carriage return (CR) (value '')",
                "3 d.csv:3: the rest of the row on line 2, cut by a carriage return (CR) in a cell that is not quoted"
                        + " (quote a cell that holds a line break) (value 'O')",
                "4 d.csv:4: the rest of the row on line 2, cut by a carriage return (CR) in a cell that is not quoted"
                        + " (quote a cell that holds a line break) (value 'W')",
                "5 d.csv:5: column symbol: missing cell: the row has 1 cells, the header 7, and its line ends in a"
                        + " carriage return (CR) (value '')",
                "7 parsed C",
                "8 d.csv:8: column layer: missing cell: the row has 2 cells, the header 7, and its line ends in a"
                        + " carriage return (CR) (value '')",
                "9 d.csv:9: the rest of the row on line 8, cut by a carriage return (CR) in a cell that is not quoted"
                        + " (quote a cell that holds a line break) (value 'F')");
    }

    @Test
    void aLineAfterALoneCrIsTheRestOfTheRowOnlyIfTheTwoMakeOneRow() {
        List<Row> rows = rows(CoinReader.csv("f.csv", new StringReader(HEADER + "\nA" + TAIL.substring(0,
                TAIL.lastIndexOf(',')) + "\rB" + TAIL + "\nC" + TAIL + "\rX\n")));

        assertThat(rows).extracting(EveryRecordTest::outcome).containsExactly(
                "2 f.csv:2: column governance: missing cell: the row has 6 cells, the header 7, and its line ends in"
                        + " a carriage return (CR) (value '')",
                "3 parsed B",
                "4 parsed C",
                "5 f.csv:5: column symbol: missing cell: the row has 1 cells, the header 7 (value '')");
    }

    @Test
    void aHeaderOfAMillionUnknownColumnsGivesAShortMessage() {
        // was: one message of 10.9 MB listing every name
        StringBuilder header = new StringBuilder(HEADER);
        for (int i = 0; i < 1_000_000; i++) {
            header.append(",c").append(i);
        }
        header.append(",c0,").append("x".repeat(5_000));

        assertThatThrownBy(() -> CoinReader.csv("m.csv", new StringReader(header + "\n")))
                .isInstanceOf(InputException.class).hasMessage("m.csv:1: unknown columns 'c0', 'c1', 'c2', 'c3', 'c4'"
                        + " and 999996 more; the columns are " + String.join(", ", Column.headers()));
        assertThatThrownBy(() -> CoinReader.csv("n.csv", new StringReader("x".repeat(300) + "," + HEADER + "\n")))
                .isInstanceOf(InputException.class).hasMessage("n.csv:1: unknown column '" + "x".repeat(200)
                        + "...'; the columns are " + String.join(", ", Column.headers()));
        assertThatThrownBy(() -> CoinReader.csv("o.csv", new StringReader("y".repeat(1_000_000) + ",b,c\n")))
                .isInstanceOf(InputException.class).hasMessage("o.csv:1: not a CSV or JSON file of coin facts: the"
                        + " first line names no known column (" + "y".repeat(60) + "...)");
        assertThatThrownBy(() -> CoinReader.csv("p.csv", new StringReader("a,b\r\nc,d\n")))
                .isInstanceOf(InputException.class).hasMessage("p.csv:1: not a CSV or JSON file of coin facts: the"
                        + " first line names no known column (a,b)");
    }

    @Test
    void aReadErrorNamesTheLineReached() {
        java.io.Reader failing = new java.io.Reader() {
            private final StringReader text = new StringReader(HEADER + "\nA" + TAIL + "\n");

            @Override
            public int read(char[] buffer, int offset, int length) throws java.io.IOException {
                int n = text.read(buffer, offset, length);
                if (n < 0) {
                    throw new java.io.IOException("Input/output error");
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
        Iterator<Row> rows = CoinReader.csv("io.csv", failing).iterator();

        assertThat(rows.next()).isInstanceOf(Row.Parsed.class);
        assertThatThrownBy(rows::hasNext).isInstanceOf(InputException.class)
                .hasMessage("io.csv:3: cannot be read (Input/output error)");
    }

    @Test
    void utf32IsNamed() {
        assertThatThrownBy(() -> CoinReader.open("u", new ByteArrayInputStream(new byte[] {(byte) 0xFF, (byte) 0xFE,
            0, 0, '[', 0, 0, 0}))).isInstanceOf(InputException.class).hasMessage("u: UTF-32 text, expected UTF-8");
        assertThatThrownBy(() -> CoinReader.open("v", new ByteArrayInputStream(new byte[] {0, 0, (byte) 0xFE,
            (byte) 0xFF, 0, 0, 0, '['}))).isInstanceOf(InputException.class).hasMessage("v: UTF-32 text, expected UTF-8");
    }

    @Test
    void binaryContentIsLookedForAfterTheBlankRun() {
        assertThatThrownBy(() -> CoinReader.open("b", utf8(" ".repeat(10_000) + "a\u0000b")))
                .isInstanceOf(InputException.class).hasMessage("b: not a CSV or JSON file (binary content)");
        assertThatThrownBy(() -> CoinReader.open("c", utf8("\u0000a")))
                .isInstanceOf(InputException.class).hasMessage("c: not a CSV or JSON file (binary content)");
        assertThat(rows(CoinReader.open("late", utf8(HEADER + "\n" + "A" + TAIL + "\n".repeat(9_000) + "\u0000"))))
                .hasSize(2);
    }

    private static String outcome(Row row) {
        return row.location().line() + " " + (row instanceof Row.Parsed ? "parsed " + ((Row.Parsed) row).coin().name()
                : ((Row.Rejected) row).message());
    }

    private static String message(Row row) {
        return ((Row.Rejected) row).message();
    }

    private static List<Row> rows(CoinReader reader) {
        List<Row> rows = new ArrayList<>();
        try (reader) {
            reader.forEach(rows::add);
        }
        return rows;
    }

    private static ByteArrayInputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ByteArrayInputStream bytes(byte[] prefix, String text) {
        return new ByteArrayInputStream(concat(prefix, text));
    }

    /** Texts and raw bytes as one byte array, the texts in UTF-8. */
    private static byte[] concat(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            byte[] bytes = part instanceof byte[] ? (byte[]) part : ((String) part).getBytes(StandardCharsets.UTF_8);
            out.write(bytes, 0, bytes.length);
        }
        return out.toByteArray();
    }
}
