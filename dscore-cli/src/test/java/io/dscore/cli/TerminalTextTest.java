package io.dscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Text made safe for a terminal, and its width there. */
class TerminalTextTest {

    static Stream<Arguments> escapes() {
        return Stream.of(
                Arguments.of("\u001b]0;pwned\u0007\u001b[2J", "\\u001b]0;pwned\\u0007\\u001b[2J"),
                Arguments.of("two\nlines\r\n", "two\\nlines\\r\\n"),
                Arguments.of("tab\there", "tab\\there"),
                Arguments.of("nul\u0000 del\u007f c1\u009b", "nul\\u0000 del\\u007f c1\\u009b"),
                Arguments.of("abc\u202edef\u2066", "abc\\u202edef\\u2066"),
                Arguments.of("line\u2028sep", "line\\u2028sep"),
                Arguments.of("Mon\ud800ero", "Mon\\ud800ero"),
                Arguments.of("lone low \udc00", "lone low \\udc00"),
                Arguments.of("emoji \ud83d\ude00 stays", "emoji \ud83d\ude00 stays"),
                Arguments.of("比特币 Café a\u200bb", "比特币 Café a\u200bb"));
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void controlCharactersAreEscapedAndTheRestKept(String text, String shown) {
        assertThat(TerminalText.escape(text)).isEqualTo(shown);
    }

    static Stream<Arguments> widths() {
        return Stream.of(
                Arguments.of("Bitcoin", 7),
                Arguments.of("比特币", 6),
                Arguments.of("비트코인", 8),
                Arguments.of("ビットコイン", 12),
                Arguments.of("ＢＴＣ", 6),
                Arguments.of("Cafe\u0301", 4),
                Arguments.of("a\u200bb\u200d", 2),
                Arguments.of("\ud83d\ude80 moon", 7),
                Arguments.of("\ud840\udc00", 2),
                Arguments.of("", 0));
    }

    @ParameterizedTest
    @MethodSource("widths")
    void widthCountsWideCharactersTwiceAndCombiningOrZeroWidthOnesNot(String text, int columns) {
        assertThat(TerminalText.width(text)).isEqualTo(columns);
    }

    @Test
    void aLongMessageKeepsItsStartAndEndAndSaysHowMuchIsLeftOut() {
        String message = "file.csv:2: " + "x".repeat(5000) + " (value 'v')";

        assertThat(TerminalText.message(message)).isEqualTo("file.csv:2: " + "x".repeat(688)
                + " ... (4124 characters left out) ... " + "x".repeat(188) + " (value 'v')");
        assertThat(TerminalText.message("x".repeat(TerminalText.LONGEST_MESSAGE)))
                .isEqualTo("x".repeat(TerminalText.LONGEST_MESSAGE));
    }

    @Test
    void aValueIsCutAt200CharactersNotInsideASurrogatePair() {
        String value = "y".repeat(199) + "\ud83d\ude00" + "z".repeat(50);

        assertThat(TerminalText.value(value)).isEqualTo("y".repeat(199) + "... (52 more characters)");
        assertThat(TerminalText.value("short")).isEqualTo("short");
    }

    @Test
    void aLineThatNeedsNothingIsTheSameString() {
        String text = "scored 3, rejected 0";

        assertThat(TerminalText.escape(text)).isSameAs(text);
    }
}
