package io.dscore.cli;

import static io.dscore.cli.Cli.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validation table of the CSV format: one row per column and invalid value (every enumerated column given
 * an unknown word, every number column a negative, NaN, too-large and non-numeric value, the required text
 * columns left empty), each checked by the exact line the command prints for it,
 * {@code FILE:LINE: column C: problem (value 'X')}, with status 1 and the other row still scored.
 *
 * <p>The library's own checks of the values the Java API can express are in {@code CoinValidationTest}
 * (dscore-api); this table covers what only text can hold: unknown words, text where a number belongs, NaN,
 * and numbers beyond {@code int} and {@code double}.
 */
class CsvValidationTableTest {

    private static final String ENUM_WORDS = "unknown word, expected one of ";

    /** A valid coin with every column known; each row of the table changes one cell. */
    private static Map<Column, String> valid() {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        cells.put(Column.NAME, "Test");
        cells.put(Column.SYMBOL, "TST");
        cells.put(Column.LAYER, "LAYER_1");
        cells.put(Column.HOST_CHAIN, "");
        cells.put(Column.CONSENSUS, "POW");
        cells.put(Column.CONSENSUS_DETAIL, "SHA-256");
        cells.put(Column.MERGED_MINED_WITH, "");
        cells.put(Column.SHARED_SECURITY, "NO");
        cells.put(Column.BLOCK_PRODUCERS, "");
        cells.put(Column.NAKAMOTO_COEFFICIENT, "");
        cells.put(Column.PRODUCER_SHARES, "30;20;10");
        cells.put(Column.LAUNCH_TYPE, "FAIR_LAUNCH");
        cells.put(Column.LAUNCH_YEAR, "2015");
        cells.put(Column.FORKED_FROM, "");
        cells.put(Column.VC_FUNDED, "NO");
        cells.put(Column.INSIDER_ALLOCATION_PCT, "0");
        cells.put(Column.DEV_FUND_PCT, "0");
        cells.put(Column.GOVERNANCE, "ROUGH_CONSENSUS");
        cells.put(Column.INCIDENTS, "0");
        cells.put(Column.ADMIN_CONTROL, "NONE");
        return cells;
    }

    private static Arguments row(Column column, String value, String problem) {
        return Arguments.of(column, value, problem);
    }

    private static Arguments word(Column column, String words) {
        return row(column, "WRONG", ENUM_WORDS + words);
    }

    static Stream<Arguments> invalidCells() {
        return Stream.of(
                // every enumerated column: an unknown word (and the case of the words matters)
                word(Column.LAYER, "LAYER_1, LAYER_2, TOKEN"),
                word(Column.CONSENSUS, "POW, POS, DPOS, BFT, POA, OTHER, NONE"),
                row(Column.CONSENSUS, "pow", ENUM_WORDS + "POW, POS, DPOS, BFT, POA, OTHER, NONE"),
                row(Column.SHARED_SECURITY, "WRONG", "unknown word, expected YES or NO"),
                row(Column.SHARED_SECURITY, "true", "unknown word, expected YES or NO"),
                word(Column.LAUNCH_TYPE, "FAIR_LAUNCH, ICO, IEO, TOKEN_SALE, DUTCH_AUCTION, PRIVATE_SALE, AIRDROP,"
                        + " PREMINE, CHAIN_FORK, PARACHAIN_AUCTION, TOKENIZED_ASSET, OTHER, UNKNOWN"),
                word(Column.VC_FUNDED, "YES, NO, UNKNOWN"),
                word(Column.GOVERNANCE, "ON_CHAIN, ROUGH_CONSENSUS, TOKEN_VOTING, FOUNDATION, COMPANY,"
                        + " SINGLE_ENTITY, UNKNOWN"),
                word(Column.ADMIN_CONTROL, "NONE, UPGRADEABLE, FREEZABLE, HALTABLE, UNKNOWN"),

                // whole-number columns: negative, NaN, too large, not a number
                row(Column.BLOCK_PRODUCERS, "-3", "must be >= 0"),
                row(Column.BLOCK_PRODUCERS, "NaN", "not a whole number"),
                row(Column.BLOCK_PRODUCERS, "99999999999", "too large, the largest whole number is 2147483647"),
                row(Column.BLOCK_PRODUCERS, "1e400", "not a whole number"),
                row(Column.BLOCK_PRODUCERS, "many", "not a whole number"),
                row(Column.BLOCK_PRODUCERS, "15.0", "not a whole number"),
                row(Column.NAKAMOTO_COEFFICIENT, "-1", "must be >= 1"),
                row(Column.NAKAMOTO_COEFFICIENT, "0", "must be >= 1"),
                row(Column.NAKAMOTO_COEFFICIENT, "NaN", "not a whole number"),
                row(Column.NAKAMOTO_COEFFICIENT, "99999999999", "too large, the largest whole number is 2147483647"),
                row(Column.NAKAMOTO_COEFFICIENT, "three", "not a whole number"),
                row(Column.LAUNCH_YEAR, "-2015", "must be 2008 or later"),
                row(Column.LAUNCH_YEAR, "NaN", "not a whole number"),
                row(Column.LAUNCH_YEAR, "99999999999", "too large, the largest whole number is 2147483647"),
                row(Column.LAUNCH_YEAR, "2099", "must not be after the as-of date 2026-06-19"),
                row(Column.LAUNCH_YEAR, "20x9", "not a whole number"),
                row(Column.INCIDENTS, "-1", "must be >= 0"),
                row(Column.INCIDENTS, "NaN", "not a whole number"),
                row(Column.INCIDENTS, "99999999999", "too large, the largest whole number is 2147483647"),
                row(Column.INCIDENTS, "some", "not a whole number"),

                // decimal columns: negative, NaN, too large (as a percentage, and beyond double), not a number
                row(Column.INSIDER_ALLOCATION_PCT, "-0.5", "must be a percentage from 0 to 100"),
                row(Column.INSIDER_ALLOCATION_PCT, "NaN", "not a number"),
                row(Column.INSIDER_ALLOCATION_PCT, "100.01", "must be a percentage from 0 to 100"),
                row(Column.INSIDER_ALLOCATION_PCT, "1e400", "must be a percentage from 0 to 100"),
                row(Column.INSIDER_ALLOCATION_PCT, "ten", "not a number"),
                row(Column.INSIDER_ALLOCATION_PCT, "5%", "not a number"),
                row(Column.DEV_FUND_PCT, "-1", "must be a percentage from 0 to 100"),
                row(Column.DEV_FUND_PCT, "NaN", "not a number"),
                row(Column.DEV_FUND_PCT, "101", "must be a percentage from 0 to 100"),
                row(Column.DEV_FUND_PCT, "99999999999", "must be a percentage from 0 to 100"),
                row(Column.DEV_FUND_PCT, "Infinity", "not a number"),
                row(Column.DEV_FUND_PCT, "none", "not a number"),

                // the list column: each amount is checked, and named by its position
                row(Column.PRODUCER_SHARES, "30;-1;10", "amount 2 of 3 must be a finite amount >= 0"),
                row(Column.PRODUCER_SHARES, "30;NaN;10", "amount 2 of 3 is not a number"),
                row(Column.PRODUCER_SHARES, "30;1e400", "amount 2 of 2 must be a finite amount >= 0"),
                row(Column.PRODUCER_SHARES, "1e308;1e308", "must have a finite total (the sum passes"
                        + " 1.7976931348623157E308 at amount 2 of 2)"),
                row(Column.PRODUCER_SHARES, "0;0", "must hold a positive amount (all 2 are 0)"),
                row(Column.PRODUCER_SHARES, "30;x", "amount 2 of 2 is not a number"),
                row(Column.PRODUCER_SHARES, "30;;10", "amount 2 of 3 is not a number"),

                // required text columns left empty
                row(Column.NAME, "", "is required"),
                row(Column.SYMBOL, " ", "is required"));
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @MethodSource("invalidCells")
    void anInvalidCellIsReportedWithFileLineColumnProblemAndValue(Column column, String value, String problem,
                                                                  @TempDir Path dir) throws IOException {
        Map<Column, String> bad = valid();
        bad.put(column, value);
        Path file = dir.resolve("table.csv");
        Files.write(file, List.of(line(Column.headers()), line(valuesOf(bad)), line(valuesOf(valid()))),
                StandardCharsets.UTF_8);

        Cli.Run run = Cli.run("score", "--format", "csv", "--as-of", AS_OF, file.toString());

        assertThat(run.errLines()).containsExactly(
                file + ":2: column " + column.header() + ": " + problem + " (value '" + value + "')",
                "scored 1, rejected 1");
        assertThat(run.status()).isEqualTo(1);
    }

    private static List<String> valuesOf(Map<Column, String> cells) {
        return Stream.of(Column.values()).map(cells::get).collect(Collectors.toList());
    }

    private static String line(List<String> cells) {
        return String.join(",", cells);
    }
}
