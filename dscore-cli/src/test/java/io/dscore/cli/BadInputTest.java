package io.dscore.cli;

import static io.dscore.cli.Cli.AS_OF;
import static io.dscore.cli.Cli.input;
import static io.dscore.cli.Cli.run;
import static io.dscore.cli.Cli.runWithStdin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input: every problem gets its message and status, and no good row is lost. */
class BadInputTest {

    private static final String HEADER = "name,symbol,layer,host_chain,consensus,consensus_detail,merged_mined_with,"
            + "shared_security,block_producers,nakamoto_coefficient,launch_type,launch_year,forked_from,vc_funded,"
            + "insider_allocation_pct,dev_fund_pct,governance,incidents,admin_control";

    private static final String SCORE_HELP = "Try 'dscore score --help' for more information.";

    private static final String GOOD_ROW =
            "Coin %d,C%d,LAYER_1,,POW,,,NO,15,3,FAIR_LAUNCH,2015,,NO,0,0,ROUGH_CONSENSUS,0,NONE";
    private static final String BAD_ROW =
            "Coin %d,C%d,LAYER_1,,POW,,,NO,-15,3,FAIR_LAUNCH,2015,,NO,0,0,ROUGH_CONSENSUS,0,NONE";

    @Test
    void eachBadRowIsReportedWithFileLineColumnAndValueAndTheOthersAreScored() {
        String file = input("bad-rows.csv");

        Cli.Run run = run("score", "--format", "csv", "--as-of", AS_OF, file);

        assertThat(run.errLines()).containsExactly(
                file + ":3: column layer: unknown word, expected one of LAYER_1, LAYER_2, TOKEN (value 'LAYER1')",
                file + ":4: column block_producers: must be >= 0 (value '-3')",
                file + ":5: column insider_allocation_pct: must be a percentage from 0 to 100 (value '150')",
                file + ":6: column launch_year: not a whole number (value '20x9')",
                file + ":7: column incidents: missing cell: the row has 17 cells, the header 19 (value '')",
                file + ":8: column 20: extra cell: the row has 20 cells, the header 19 (value 'extra')",
                file + ":9: column launch_year: must not be after the as-of date 2026-06-19 (value '2030')",
                file + ":10: column name: is required (value '')",
                file + ":11: column nakamoto_coefficient: must be <= block_producers, which is 5 (value '9')",
                "scored 2, rejected 9");
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(1)).startsWith("Bitcoin,BTC,");
        assertThat(run.outLines().get(2)).startsWith("Litecoin,LTC,");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void badJsonObjectsAreReportedAtTheLineTheyStart() {
        String file = input("bad.json");

        Cli.Run run = run("score", "--format", "csv", "--as-of", AS_OF, file);

        assertThat(run.errLines()).containsExactly(
                file + ":4: column colour: unknown column; the columns are " + String.join(", ", Column.headers())
                        + " (value 'red')",
                file + ":6: column block_producers: must be a string, a number, true, false, null or an array of "
                        + "those (value '{\"pools\":15}')",
                file + ":8: not a JSON object (value '42')",
                file + ":9: column layer: is required (value '')",
                file + ":11: column dev_fund_pct: must be a percentage from 0 to 100 (value '101')",
                "scored 1, rejected 5");
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void jsonValuesAreReadAsWrittenAndAKeyGivenTwiceRejectsItsRow(@TempDir Path dir) throws IOException {
        String coin = "{\"name\":\"%s\",\"symbol\":\"X\",\"layer\":\"LAYER_1\",\"consensus\":\"POS\","
                + "\"launch_type\":\"FAIR_LAUNCH\",\"vc_funded\":\"NO\",\"governance\":\"ON_CHAIN\"%s}";
        Path file = dir.resolve("values.json");
        Files.writeString(file, "[\n" + String.join(",\n",
                String.format(coin, "Twice", ",\"incidents\":1,\"incidents\":2"),
                String.format(coin, "Infinite", ",\"dev_fund_pct\":1e400"),
                String.format(coin, "Nested", ",\"producer_shares\":[3,[2,1],null,\"x\",true]"),
                String.format(coin, "Shares", ",\"producer_shares\":[3,2e0,1.0],\"block_producers\":null"),
                "\"text\"", "[1,true,null]") + "\n]\n");

        Cli.Run run = run("score", "--format", "csv", "--as-of", AS_OF, file.toString());

        assertThat(run.errLines()).containsExactly(
                file + ":2: column incidents: appears twice in the object (value '2')",
                file + ":3: column dev_fund_pct: must be a percentage from 0 to 100 (value '1e400')",
                file + ":4: column producer_shares: must be a string, a number, true, false, null or an array of "
                        + "those (value '[3,[2,1],null,\"x\",true]')",
                file + ":6: not a JSON object (value 'text')",
                file + ":7: not a JSON object (value '[1,true,null]')",
                "scored 1, rejected 5");
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(1)).startsWith("Shares,X,");
    }

    @Test
    void bytesThatAreNotUtf8RejectTheirRowOnly() {
        String file = input("latin1.csv");

        Cli.Run run = run("score", "--format", "csv", "--as-of", AS_OF, file);

        assertThat(run.errLines()).containsExactly(
                file + ":2: column name: not UTF-8 text (save the file as UTF-8) (value 'Soci\uFFFDt\uFFFD')",
                "scored 1, rejected 1");
        assertThat(run.status()).isEqualTo(1);
    }

    static Stream<Arguments> unreadableFiles() {
        return Stream.of(
                Arguments.of("unknown-column.csv", ":1: unknown columns 'colour', 'flavour'; the columns are "
                        + String.join(", ", Column.headers())),
                Arguments.of("missing-required.csv", ":1: missing required columns vc_funded, governance"),
                Arguments.of("duplicate-column.csv", ":1: column symbol appears twice in the header"),
                Arguments.of("empty.csv", ": empty file, expected CSV with a header line or a JSON array of coins"),
                Arguments.of("blank.csv", ": empty file, expected CSV with a header line or a JSON array of coins"),
                Arguments.of("not-coins.txt", ":1: not a CSV or JSON file of coin facts: the first line names no "
                        + "known column (<?xml version=\"1.0\"?>)"),
                Arguments.of("binary.dat", ": not a CSV or JSON file (binary content)"),
                Arguments.of("object.json", ":1: expected a JSON array of coin objects, found {"));
    }

    @ParameterizedTest
    @MethodSource("unreadableFiles")
    void anUnreadableFileIsNamedInItsMessageAndGivesStatus2(String name, String message) {
        String file = input(name);

        Cli.Run run = run("score", "--format", "csv", "--as-of", AS_OF, file);

        assertThat(run.errLines()).containsExactly(file + message, "scored 0, rejected 0");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void aMissingFileIsNamedAndTheOtherFilesAreStillScored() {
        Cli.Run run = run("score", "--format", "csv", "--as-of", AS_OF, "no-such-file.csv", input("three.csv"));

        assertThat(run.errLines()).containsExactly("no-such-file.csv: no such file", "scored 3, rejected 0");
        assertThat(run.outLines()).hasSize(4);
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void aDirectoryIsNotAFile(@TempDir Path dir) {
        Cli.Run run = run("score", "--as-of", AS_OF, dir.toString());

        assertThat(run.errLines()).containsExactly(dir + ": is a directory, not a file", "scored 0, rejected 0");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void anUnclosedCsvQuoteRejectsItsRecordWhichHoldsTheRestOfTheFile() {
        // issue 17: this file ended with "scored 1, rejected 0" and status 2; the row in the quote was not counted
        String file = input("unclosed-quote.csv");

        Cli.Run run = run("score", "--format", "csv", "--as-of", AS_OF, file);

        assertThat(run.errLines()).containsExactly(
                file + ":3: column name: not valid CSV: the quoted cell opened on line 3 is never closed, so the rest"
                        + " of the input is inside it (value 'Unclosed,UQ,LAYER_1,,POW,,,NO,10,3,FAIR_LAUNCH,2011,,NO,0,"
                        + "0,ROUGH_CONSENSUS,0,NO...')",
                "scored 1, rejected 1");
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void brokenJsonStopsThatFileAfterTheObjectsBeforeIt() {
        String file = input("broken.json");

        Cli.Run run = run("score", "--format", "csv", "--as-of", AS_OF, file);

        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith(file + ":4: not valid JSON: Unrecognized token 'BROKEN'");
        assertThat(run.summary()).isEqualTo("scored 1, rejected 0");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void strictStopsAtTheFirstBadRowAndWritesNothing() {
        String file = input("bad-rows.csv");

        Cli.Run run = run("score", "--format", "csv", "--strict", "--as-of", AS_OF, file);

        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                file + ":3: column layer: unknown word, expected one of LAYER_1, LAYER_2, TOKEN (value 'LAYER1')",
                "stopped at the first problem (--strict): no results written",
                "scored 1, rejected 1");
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void strictWritesNoOutputFile(@TempDir Path dir) throws IOException {
        Path output = dir.resolve("scores.json");

        Cli.Run run = run("score", "--format", "json", "--strict", "--as-of", AS_OF, "--output", output.toString(),
                input("three.csv"), input("bad-rows.csv"));

        assertThat(run.status()).isEqualTo(1);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void strictStopsAtAnUnreadableFileWithStatus2() {
        Cli.Run run = run("score", "--format", "csv", "--strict", "--as-of", AS_OF, input("three.csv"),
                "no-such-file.csv", input("three.json"));

        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("no-such-file.csv: no such file",
                "stopped at the first problem (--strict): no results written", "scored 3, rejected 0");
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void strictWithGoodInputWritesEverything() {
        Cli.Run strict = run("score", "--format", "csv", "--strict", "--as-of", AS_OF, input("three.csv"));

        assertThat(strict.out()).isEqualTo(run("score", "--format", "csv", "--as-of", AS_OF, input("three.csv")).out());
        assertThat(strict.status()).isZero();
    }

    @Test
    void threeBadRowsAmongAThousandAreRejectedAndTheRestScored(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("thousand.csv");
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 1; i <= 1000; i++) {
            lines.add(String.format(i == 10 || i == 500 || i == 1000 ? BAD_ROW : GOOD_ROW, i, i));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);

        Cli.Run run = run("score", "--format", "csv", "--as-of", AS_OF, file.toString());

        assertThat(run.errLines()).containsExactly(
                file + ":11: column block_producers: must be >= 0 (value '-15')",
                file + ":501: column block_producers: must be >= 0 (value '-15')",
                file + ":1001: column block_producers: must be >= 0 (value '-15')",
                "scored 997, rejected 3");
        assertThat(run.outLines()).hasSize(1 + 997);
        assertThat(run.status()).isEqualTo(1);
    }

    @Test
    void everyRowReadIsEitherScoredOrRejected() {
        qt().withExamples(40).forAll(lists().of(integers().between(0, 2)).ofSizeBetween(0, 30)).checkAssert(kinds -> {
            StringBuilder csv = new StringBuilder(HEADER).append('\n');
            int bad = 0;
            for (int i = 0; i < kinds.size(); i++) {
                int kind = kinds.get(i);
                if (kind == 0) {
                    csv.append(String.format(GOOD_ROW, i, i));
                } else if (kind == 1) {
                    csv.append(String.format(BAD_ROW, i, i));
                    bad++;
                } else {
                    csv.append(String.format(GOOD_ROW, i, i).replace("POW", "PROOF_OF_WORK"));
                    bad++;
                }
                csv.append(i % 2 == 0 ? "\n" : "\r\n");
            }

            Cli.Run run = runWithStdin(csv.toString().getBytes(StandardCharsets.UTF_8),
                    "score", "--format", "csv", "--as-of", AS_OF, "-");

            assertThat(run.summary()).isEqualTo("scored " + (kinds.size() - bad) + ", rejected " + bad);
            assertThat(run.outLines()).hasSize(1 + kinds.size() - bad);
            assertThat(run.errLines()).hasSize(bad + 1);
            assertThat(run.status()).isEqualTo(bad == 0 ? 0 : 1);
        });
    }

    @Test
    void aBadAsOfDateIsAUsageError() {
        Cli.Run run = run("score", "--as-of", "2026-13-01");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "dscore: Invalid value for option '--as-of': '2026-13-01' is not a date of the form YYYY-MM-DD",
                SCORE_HELP);
    }

    @Test
    void anAsOfDateTheLibraryRefusesIsAUsageError() {
        Cli.Run run = run("score", "--as-of", "2007-12-31");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith("dscore: Invalid value for option '--as-of': ")
                .contains("2007-12-31");
        assertThat(run.errLines().get(1)).isEqualTo(SCORE_HELP);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Cli.Run run = run("score", "--format", "xml");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dscore: Invalid value for option '--format': expected one of "
                + "[TABLE, CSV, JSON, HTML] (case-insensitive) but was 'xml'", SCORE_HELP);
    }

    /** A usage error is one line saying what is wrong and one saying where the usage is, never the whole usage. */
    @ParameterizedTest
    @MethodSource("usageErrors")
    void aUsageErrorPrintsTheErrorAndWhereTheHelpIs(List<String> args, String error, String help) {
        Cli.Run run = run(args.toArray(String[]::new));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(error, help);
        assertThat(run.out()).isEmpty();
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of(List.of("score", "--formt", "csv"), "dscore: Unknown option: '--formt'", SCORE_HELP),
                Arguments.of(List.of("score", "--output"),
                        "dscore: Missing required parameter for option '--output' (FILE)", SCORE_HELP),
                Arguments.of(List.of("frobnicate"), "dscore: Unmatched argument at index 0: 'frobnicate'",
                        "Try 'dscore --help' for more information."));
    }

    @Test
    void anOutputFileThatCannotBeWrittenGivesStatus2(@TempDir Path dir) {
        Path output = dir.resolve("no-such-dir").resolve("scores.csv");

        Cli.Run run = run("score", "--as-of", AS_OF, "--output", output.toString(), input("three.csv"));

        assertThat(run.err()).contains("dscore: cannot write " + output);
        assertThat(run.status()).isEqualTo(2);
    }

    @Test
    void withoutSubcommandTheUsageIsShown() {
        Cli.Run run = run();

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: dscore", "score");
    }
}
