package io.dscore.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link CsvRecords} and {@link Utf8Input} against independent references: what commons-csv writes is read
 * back cell for cell with the right line numbers, whatever the line ends and the buffer boundaries; and the
 * places of bytes that are not UTF-8 are those where the JDK's decoder puts its replacement.
 */
class CsvRecordsTest {

    /** Cells made of the characters CSV treats specially, plus enough plain text to cross buffer boundaries. */
    private static final Gen<String> CELLS = strings().betweenCodePoints(0, 6).ofLengthBetween(0, 12)
            .map(s -> s.chars().mapToObj(c -> new String[] {",", "\"", "\r", "\n", " ", "a\uFFFD", "b"}[c])
                    .reduce("", String::concat))
            .mix(strings().basicLatinAlphabet().ofLengthBetween(0, 3000), 20);

    @Test
    void whatCommonsCsvWritesIsReadBackCellForCellOnItsLine() {
        qt().withExamples(300).forAll(lists().of(lists().of(CELLS).ofSizeBetween(1, 6)).ofSizeBetween(0, 12),
                integers().between(0, 2)).checkAssert((records, separator) -> {
                    String lineEnd = new String[] {"\n", "\r\n", "\r"}[separator];
                    StringBuilder text = new StringBuilder();
                    List<Long> lines = new ArrayList<>();
                    for (List<String> record : records) {
                        lines.add(1 + lineEnds(text));
                        text.append(print(record, lineEnd));
                    }

                    List<CsvRecords.Record> read = readAll(new CsvRecords(new StringReader(text.toString()), null));

                    assertThat(read).extracting(CsvRecords.Record::cells).containsExactlyElementsOf(records);
                    assertThat(read).extracting(CsvRecords.Record::line).containsExactlyElementsOf(lines);
                    assertThat(read).allMatch(r -> !r.blank() && r.problem() == null && r.notUtf8Cell() < 0
                            && r.endsInLoneCr() == lineEnd.equals("\r"));
                });
    }

    @Test
    void aCrlfSplitAcrossTwoBuffersIsOneLineEnd() {
        for (int at = 8180; at < 8200; at++) {
            String text = "x".repeat(at) + "\r\n\"q\r\n\"\r\ny\r";

            List<CsvRecords.Record> read = readAll(new CsvRecords(new StringReader(text), null));

            assertThat(read).extracting(CsvRecords.Record::line).as("at %d", at).containsExactly(1L, 2L, 4L);
            assertThat(read).extracting(CsvRecords.Record::endsInLoneCr).containsExactly(false, false, true);
            assertThat(read.get(1).cells()).containsExactly("q\r\n");
        }
    }

    @Test
    void blankLinesQuotesAndTheEndOfTheInput() {
        List<CsvRecords.Record> read = readAll(new CsvRecords(new StringReader(
                "\uFEFF \t\n\"\"\na\"b,\"c\" ,\"d\"\"\" \t\n\"e\"f\"g\",h\n,\n\"open,\nrest"), null));

        assertThat(read).extracting(CsvRecords.Record::blank).containsExactly(true, false, false, false, false, false);
        assertThat(read).extracting(CsvRecords.Record::cells).containsExactly(List.of(" \t"), List.of(""),
                List.of("a\"b", "c", "d\""), List.of("\"e\"f\"g\"", "h"), List.of("", ""), List.of("open,\nrest"));
        assertThat(read.get(3).problem()).isEqualTo(CsvRecords.Problem.TEXT_AFTER_QUOTE);
        assertThat(read.get(3).problemCell()).isZero();
        assertThat(read.get(3).problemLine()).isEqualTo(4);
        assertThat(read.get(5).problem()).isEqualTo(CsvRecords.Problem.UNCLOSED_QUOTE);
        assertThat(read.get(5).problemLine()).isEqualTo(6);
        assertThat(read.get(5).endsInLoneCr()).isFalse();
        assertThat(readAll(new CsvRecords(new StringReader("a,"), null)).get(0).cells()).containsExactly("a", "");
        assertThat(readAll(new CsvRecords(new StringReader("\"a\"x,\"b\"y,\"c"), null)).get(0))
                .extracting(CsvRecords.Record::problem, CsvRecords.Record::problemCell)
                .containsExactly(CsvRecords.Problem.UNCLOSED_QUOTE, 2);
    }

    @Test
    void theCellHoldingBytesThatAreNotUtf8IsNamed() {
        byte[] bytes = "a,b\uFFFD,\"c\",x\n\"d\n\",e,f\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 5];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        String text = new String(bytes, StandardCharsets.UTF_8);
        // 0xFF in place of the "c" of line 1, 0xC0 in place of the "e" of line 2 (cell 1), 0x80,b,0xFF at the end
        bad[text.indexOf('c') + 2] = (byte) 0xFF; // + 2: the U+FFFD before it is 3 bytes
        bad[text.indexOf('e') + 2] = (byte) 0xC0;
        bad[bytes.length] = (byte) 0x80;
        bad[bytes.length + 1] = ',';
        bad[bytes.length + 2] = 'b';
        bad[bytes.length + 3] = ',';
        bad[bytes.length + 4] = (byte) 0xFF;
        Utf8Input in = new Utf8Input(new ByteArrayInputStream(bad));

        List<CsvRecords.Record> read = readAll(new CsvRecords(in, in));

        assertThat(read).extracting(CsvRecords.Record::notUtf8Cell).containsExactly(2, 1, 0);
        assertThat(read.get(0).cells()).containsExactly("a", "b\uFFFD", "\uFFFD", "x");
    }

    @Test
    void utf8InputReadsAsTheJdkDecoderAndKnowsWhichReplacementsStandForBadBytes() {
        qt().withExamples(500).forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 40),
                integers().between(1, 9)).checkAssert((values, chunk) -> {
                    byte[] bytes = new byte[values.size()];
                    for (int i = 0; i < bytes.length; i++) {
                        // mostly bytes of UTF-8 sequences, so that valid characters and U+FFFD (EF BF BD) occur
                        int v = values.get(i);
                        bytes[i] = (byte) (v < 64 ? "\u00e9\uFFFD".getBytes(StandardCharsets.UTF_8)[v % 5] : v);
                    }
                    // bad bytes as a lone U+DFFF: valid UTF-8 gives one only as the second half of a pair
                    String marked = decode(bytes, "\uDFFF");
                    Utf8Input in = new Utf8Input(new ByteArrayInputStream(bytes));
                    StringBuilder text = new StringBuilder();
                    char[] buffer = new char[chunk];
                    try {
                        for (int n; (n = in.read(buffer, 0, chunk)) >= 0; ) {
                            text.append(buffer, 0, n);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }

                    assertThat(text.toString()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
                    for (int i = 0; i < marked.length(); i++) {
                        boolean replaced = marked.charAt(i) == '\uDFFF'
                                && (i == 0 || !Character.isHighSurrogate(marked.charAt(i - 1)));
                        assertThat(in.malformedIn(i, i + 1)).as("char %d of %s", i, marked).isEqualTo(replaced);
                    }
                    assertThat(in.anyMalformed()).isFalse();
                });
    }

    private static String decode(byte[] bytes, String replacement) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(replacement);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long lineEnds(CharSequence text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                n++;
            }
        }
        return n;
    }

    private static String print(List<String> record, String lineEnd) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator(lineEnd).get())) {
            printer.printRecord(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<CsvRecords.Record> readAll(CsvRecords records) {
        List<CsvRecords.Record> all = new ArrayList<>();
        try {
            for (CsvRecords.Record r; (r = records.next()) != null; ) {
                all.add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }
}
