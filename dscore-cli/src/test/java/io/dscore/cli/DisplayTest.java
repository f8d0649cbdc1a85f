package io.dscore.cli;

import static io.dscore.cli.Cli.AS_OF;
import static io.dscore.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What reaches a terminal: the table, {@code --explain} and the messages on standard error show control
 * characters escaped and never raw; the table is aligned by display width.
 */
class DisplayTest {

    /** A good row with the name and symbol to fill in. */
    private static final String ROW = "%s,%s,LAYER_1,,POW,,,NO,15,3,FAIR_LAUNCH,2015,,NO,0,0,ROUGH_CONSENSUS,0,NONE";

    /** Window title, bell, clear screen: what a hostile name would do to a terminal if printed raw. */
    private static final String HOSTILE = "\u001b]0;pwned\u0007\u001b[2J";

    private static Path csv(Path dir, String... namesAndSymbols) throws IOException {
        StringBuilder text = new StringBuilder(Rows.HEADER).append('\n');
        for (int i = 0; i < namesAndSymbols.length; i += 2) {
            text.append(String.format(ROW, quoted(namesAndSymbols[i]), quoted(namesAndSymbols[i + 1]))).append('\n');
        }
        return Files.writeString(dir.resolve("names.csv"), text, StandardCharsets.UTF_8);
    }

    private static String quoted(String cell) {
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    private static boolean hasRawControl(String text) {
        return text.chars().anyMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f));
    }

    @Test
    void aNameWithTerminalEscapesNeverReachesTheTerminalRaw(@TempDir Path dir) throws IOException {
        Path file = csv(dir, "Bit" + HOSTILE + "coin", "B" + HOSTILE);

        Cli.Run run = run("score", "--explain", "--as-of", AS_OF, file.toString());

        assertThat(hasRawControl(run.err())).as("stderr").isFalse();
        assertThat(hasRawControl(run.out())).as("the table").isFalse();
        // shown escaped, in the table and the explanation (or, once the library rejects control characters, in
        // the message)
        assertThat(run.out() + run.err()).contains("Bit\\u001b]0;pwned\\u0007\\u001b[2Jcoin");
    }

    @Test
    void aBadCellWithTerminalEscapesIsQuotedEscapedOnStandardError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), Rows.HEADER + "\n"
                + String.format(ROW, "Coin", "C").replace("LAYER_1", HOSTILE) + "\n", StandardCharsets.UTF_8);

        Cli.Run run = run("score", "--as-of", AS_OF, file.toString());

        assertThat(run.errLines()).containsExactly(file + ":2: column layer: unknown word, expected one of LAYER_1, "
                + "LAYER_2, TOKEN (value '\\u001b]0;pwned\\u0007\\u001b[2J')", "scored 0, rejected 1");
    }

    @Test
    void anUnreadableFileNameWithControlCharactersIsEscaped(@TempDir Path dir) {
        String name = dir.resolve("no\u001b[2Jsuch.csv").toString();

        Cli.Run run = run("score", "--as-of", AS_OF, name);

        assertThat(run.errLines()).containsExactly(name.replace("\u001b", "\\u001b") + ": no such file",
                "scored 0, rejected 0");
    }

    @Test
    void theTableIsAlignedByDisplayWidth(@TempDir Path dir) throws IOException {
        Path file = csv(dir, "比特币", "比特", "Cafe\u0301", "CAF", "a\u200bb", "AB",
                "Bitcoin", "BTC");

        Cli.Run run = run("score", "--as-of", AS_OF, file.toString());

        // all four coins score alike, so the table keeps input order; Name is 7 columns wide (Bitcoin, 比特币 + 1)
        List<String> table = run.outLines().subList(2, run.outLines().size()); // below the as-of line and a blank
        assertThat(table).hasSize(5);
        assertThat(table.get(0)).startsWith("Name     Symbol  Total");
        assertThat(table.get(1)).startsWith("比特币   比特    ");
        assertThat(table.get(2)).startsWith("Cafe\u0301     CAF     ");
        assertThat(table.get(3)).startsWith("a\u200bb       AB      ");
        assertThat(table.get(4)).startsWith("Bitcoin  BTC     ");
    }

    @Test
    void aNameWithALineBreakKeepsTheExplainHeadingOnOneLine(@TempDir Path dir) throws IOException {
        Path file = csv(dir, "Bit\ncoin", "BTC");

        Cli.Run run = run("score", "--explain", "--as-of", AS_OF, file.toString());

        String shown = run.out() + run.err();
        assertThat(run.outLines()).noneMatch(line -> line.startsWith("coin"));
        assertThat(shown).contains("Bit\\ncoin");
        if (run.status() == 0) {
            assertThat(run.outLines()).anyMatch(line -> line.startsWith("Bit\\ncoin (BTC): "));
        }
    }

    @Test
    void aVeryLongMessageIsCut(@TempDir Path dir) throws IOException {
        String longCell = "x".repeat(5000);
        Path file = Files.writeString(dir.resolve("long.csv"), Rows.HEADER + ",c" + longCell + "\n",
                StandardCharsets.UTF_8);

        Cli.Run run = run("score", "--as-of", AS_OF, file.toString());

        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).hasSizeLessThanOrEqualTo(TerminalText.LONGEST_MESSAGE + 30);
    }

    @Test
    void aUsageErrorQuotingAnArgumentShowsItEscaped() {
        Cli.Run run = run("score", "--format", "\u001b[2J");

        assertThat(hasRawControl(run.err())).isFalse();
        assertThat(run.errLines().get(0)).startsWith("dscore: Invalid value for option '--format': ")
                .endsWith("but was '\\u001b[2J'");
        assertThat(run.status()).isEqualTo(2);
    }
}
