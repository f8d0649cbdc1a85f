package io.dscore.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Inputs that cannot be read, at the library's level: each throws {@link InputException} with the message
 * {@code dscore score} prints (the command's own tests check the same lines end to end).
 */
class ReaderErrorsTest {

    private static final String COLUMNS = String.join(", ", Column.headers());

    static Stream<Arguments> unreadable() {
        return Stream.of(
                Arguments.of("name,symbol,colour,flavour\n", "x.csv:1: unknown columns 'colour', 'flavour'; the"
                        + " columns are " + COLUMNS),
                Arguments.of("name,symbol,layer,consensus,launch_type,colour\n", "x.csv:1: unknown column 'colour';"
                        + " the columns are " + COLUMNS),
                Arguments.of("name,symbol,layer,consensus,launch_type\n",
                        "x.csv:1: missing required columns vc_funded, governance"),
                Arguments.of("name,symbol,layer,consensus,launch_type,vc_funded\n",
                        "x.csv:1: missing required column governance"),
                Arguments.of("name,symbol,symbol\n", "x.csv:1: column symbol appears twice in the header"),
                Arguments.of("\n\nhello,world\n", "x.csv:3: not a CSV or JSON file of coin facts: the first line"
                        + " names no known column (hello,world)"),
                Arguments.of("", "x.csv: empty file, expected a header line naming the columns (name,symbol,layer,"
                        + "consensus,launch_type,vc_funded,governance, ...)"));
    }

    @ParameterizedTest
    @MethodSource("unreadable")
    void aBadHeaderIsUnreadable(String csv, String message) {
        assertThatThrownBy(() -> CoinReader.csv("x.csv", new StringReader(csv))).isInstanceOf(InputException.class)
                .hasMessage(message);
    }

    static Stream<Arguments> unsniffable() {
        return Stream.of(
                Arguments.of(new byte[0], "y: empty file, expected CSV with a header line or a JSON array of coins"),
                Arguments.of(" \n\t".getBytes(StandardCharsets.UTF_8),
                        "y: empty file, expected CSV with a header line or a JSON array of coins"),
                Arguments.of(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}, "y: UTF-16 text, expected UTF-8"),
                Arguments.of(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'}, "y: UTF-16 text, expected UTF-8"),
                Arguments.of(new byte[] {'a', 0, 'b'}, "y: not a CSV or JSON file (binary content)"),
                Arguments.of("{\"a\": 1}".getBytes(StandardCharsets.UTF_8),
                        "y:1: expected a JSON array of coin objects, found {"));
    }

    @ParameterizedTest
    @MethodSource("unsniffable")
    void openRefusesWhatIsNeitherCsvNorJson(byte[] bytes, String message) {
        assertThatThrownBy(() -> CoinReader.open("y", new ByteArrayInputStream(bytes)))
                .isInstanceOf(InputException.class).hasMessage(message);
    }

    @Test
    void brokenQuotingInTheHeaderMakesTheInputUnreadable() {
        assertThatThrownBy(() -> CoinReader.csv("h.csv", new StringReader("name,\"symbol\"x,layer\nA,B,C\n")))
                .isInstanceOf(InputException.class).hasMessage("h.csv:1: not valid CSV: text after the closing quote"
                        + " of a quoted cell on line 1 (a quote inside a quoted cell is written twice)");
        assertThatThrownBy(() -> CoinReader.csv("h.csv", new StringReader("\n\nname,\"symbol\nA,B\n")))
                .isInstanceOf(InputException.class).hasMessage("h.csv:3: not valid CSV: the quoted cell opened on"
                        + " line 3 is never closed, so the rest of the input is inside it");
    }

    @Test
    void invalidJsonEndsTheInputAfterTheRowsBefore() {
        Iterator<Row> rows = CoinReader.json("j.json", new StringReader("[{\"name\": \"A\"},\n{\"name\": }]"))
                .iterator();

        assertThat(rows.next()).isInstanceOf(Row.Rejected.class);
        assertThatThrownBy(rows::next).isInstanceOf(InputException.class)
                .hasMessageStartingWith("j.json:2: not valid JSON: Unexpected character ('}'");
    }

    @Test
    void afterTheLastRowThereIsNoNext() {
        Iterator<Row> rows = CoinReader.json("k.json", new StringReader("[]")).iterator();

        assertThat(rows.hasNext()).isFalse();
        assertThat(rows.hasNext()).isFalse();
        assertThatThrownBy(rows::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void jsonValuesWithoutACellFormAreRejectedRows() {
        List<String> messages = CoinReader.json("v.json", new StringReader("[1, {\"name\": {\"a\": 1}},"
                + " {\"producer_shares\": [1, [2]]}, {\"name\": \"A\", \"name\": \"B\"}, {\"symbol\": true}]"))
                .stream().map(row -> ((Row.Rejected) row).message()).collect(Collectors.toList());

        assertThat(messages).containsExactly(
                "v.json:1: not a JSON object (value '1')",
                "v.json:1: column name: must be a string, a number, true, false, null or an array of those"
                        + " (value '{\"a\":1}')",
                "v.json:1: column producer_shares: must be a string, a number, true, false, null or an array of"
                        + " those (value '[1,[2]]')",
                "v.json:1: column name: appears twice in the object (value 'B')",
                "v.json:1: column name: is required (value '')");
    }
}
