package io.dscore.cli;

import static io.dscore.cli.Cli.AS_OF;
import static io.dscore.cli.Cli.runWithStdin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A cell of a million digits followed by a character that does not fit is rejected in time linear in its length,
 * through CSV and through a JSON string, as a number, a whole number and one amount of {@code producer_shares};
 * one that is a number is read in linear time as well.
 * The regular expression used before backtracked: 10,000 digits took 6.8 s, 40,000 digits 87 s, so a million
 * would take hours; the bound of one second is generous for a linear scan (the point is linear versus
 * quadratic).
 */
class LongNumberCellTest {

    private static final String DIGITS = "7".repeat(1_000_000);
    /** What a message shows of the long cell: its first 80 characters. */
    private static final String SHOWN = DIGITS.substring(0, io.dscore.io.Row.Rejected.SHOWN_VALUE) + "...";

    private static final String CSV_HEADER = "name,symbol,layer,consensus,launch_type,vc_funded,governance,";
    private static final String CSV_ROW = "Coin,C,LAYER_1,POW,FAIR_LAUNCH,NO,ROUGH_CONSENSUS,";
    private static final String JSON_OBJECT = "[{\"name\": \"Coin\", \"symbol\": \"C\", \"layer\": \"LAYER_1\","
            + " \"consensus\": \"POW\", \"launch_type\": \"FAIR_LAUNCH\", \"vc_funded\": \"NO\","
            + " \"governance\": \"ROUGH_CONSENSUS\", %s}]";

    @BeforeAll
    static void loadTheCommandOnce() {
        // class loading, the first picocli set-up and the first scoring are not what is timed
        runWithStdin(csv("insider_allocation_pct", "1x").getBytes(StandardCharsets.UTF_8),
                "score", "--format", "csv", "--as-of", AS_OF, "-");
        runWithStdin(String.format(JSON_OBJECT, "\"dev_fund_pct\": \"1\"").getBytes(StandardCharsets.UTF_8),
                "score", "--format", "csv", "--as-of", AS_OF, "-");
    }

    static Stream<Arguments> longCells() {
        return Stream.of(
                Arguments.of("a CSV decimal", csv("insider_allocation_pct", DIGITS + "x"),
                        "column insider_allocation_pct: not a number (value '" + SHOWN + "')"),
                Arguments.of("a CSV whole number", csv("block_producers", DIGITS + "x"),
                        "column block_producers: not a whole number (value '" + SHOWN + "')"),
                Arguments.of("a CSV producer share", csv("producer_shares", "1;" + DIGITS + "x"),
                        "column producer_shares: amount 2 of 2 is not a number (value '1;"
                                + SHOWN.substring(0, io.dscore.io.Row.Rejected.SHOWN_VALUE - 2) + "...')"),
                Arguments.of("a JSON string decimal", json("\"dev_fund_pct\": \"" + DIGITS + "x\""),
                        "column dev_fund_pct: not a number (value '" + SHOWN + "')"),
                Arguments.of("a JSON string whole number", json("\"incidents\": \"" + DIGITS + "x\""),
                        "column incidents: not a whole number (value '" + SHOWN + "')"),
                Arguments.of("a JSON string producer share", json("\"producer_shares\": \"1;" + DIGITS + "x\""),
                        "column producer_shares: amount 2 of 2 is not a number (value '1;"
                                + SHOWN.substring(0, io.dscore.io.Row.Rejected.SHOWN_VALUE - 2) + "...')"),
                Arguments.of("a JSON array producer share", json("\"producer_shares\": [1, \"" + DIGITS + "x\"]"),
                        "column producer_shares: amount 2 of 2 is not a number (value '1;"
                                + SHOWN.substring(0, io.dscore.io.Row.Rejected.SHOWN_VALUE - 2) + "...')"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longCells")
    void aMillionDigitsFollowedByXAreRejectedInUnderASecond(String what, String input, String problem) {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
        String format = input.startsWith("[") ? "json" : "csv";

        Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> runWithStdin(bytes, "score", "--format", "csv", "--as-of", AS_OF, "-"));

        assertThat(run.errLines()).as(what + " in " + format)
                .containsExactly("<stdin>:" + (format.equals("csv") ? 2 : 1) + ": " + problem, "scored 0, rejected 1");
        assertThat(run.status()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longNumbers")
    void aMillionDigitsThatAreANumberAreReadInUnderASecond(String what, String input) {
        byte[] bytes = input.getBytes(StandardCharsets.UTF_8);

        Cli.Run run = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> runWithStdin(bytes, "score", "--format", "csv", "--as-of", AS_OF, "-"));

        assertThat(run.errLines()).as(what).containsExactly("scored 1, rejected 0");
        assertThat(run.status()).isZero();
    }

    static Stream<Arguments> longNumbers() {
        // Double.parseDouble reads at most about a thousand significant digits, in time linear in the rest
        return Stream.of(
                Arguments.of("a CSV decimal", csv("insider_allocation_pct", "0." + DIGITS)),
                Arguments.of("a CSV producer share", csv("producer_shares", "1;" + DIGITS + "e-999990")),
                Arguments.of("a JSON string decimal", json("\"dev_fund_pct\": \"" + DIGITS + "e-999999\"")),
                Arguments.of("a JSON number", json("\"dev_fund_pct\": 0." + "0".repeat(99_990) + "1e99991")));
    }

    private static String csv(String column, String cell) {
        return CSV_HEADER + column + "\n" + CSV_ROW + cell + "\n";
    }

    private static String json(String member) {
        return String.format(JSON_OBJECT, member);
    }
}
