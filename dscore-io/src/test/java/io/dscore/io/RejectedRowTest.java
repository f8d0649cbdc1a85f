package io.dscore.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.dscore.api.Fact;
import io.dscore.api.InvalidFactException;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RejectedRowTest {

    private static final Location AT = new Location("coins.csv", 7);

    static Stream<Arguments> libraryErrors() {
        return Stream.of(
                Arguments.of(new InvalidFactException(Fact.BLOCK_PRODUCERS, "-3", "must be >= 0"), "-3",
                        "coins.csv:7: column block_producers: must be >= 0 (value '-3')"),
                Arguments.of(new InvalidFactException(Fact.INSIDER_ALLOCATION_PCT, "150.0",
                        "must be a percentage from 0 to 100"), "150",
                        "coins.csv:7: column insider_allocation_pct: must be a percentage from 0 to 100 (value '150')"),
                Arguments.of(new InvalidFactException(Fact.NAKAMOTO_COEFFICIENT, "9",
                        "must be <= block_producers, which is 5"), "9",
                        "coins.csv:7: column nakamoto_coefficient: must be <= block_producers, which is 5 (value '9')"),
                Arguments.of(new InvalidFactException(Fact.LAYER, null, "is required"), "",
                        "coins.csv:7: column layer: is required (value '')"));
    }

    @ParameterizedTest
    @MethodSource("libraryErrors")
    void theColumnComesFromTheFactAndTheValueFromTheCell(InvalidFactException error, String cell, String expected) {
        Row.Rejected row = Row.Rejected.rejectedBy(AT, error, Map.of(error.fact(), cell));

        assertThat(row.column()).contains(error.fact().column());
        assertThat(row.fact()).contains(error.fact());
        assertThat(row.message()).isEqualTo(expected);
    }

    @Test
    void aFactWhoseColumnIsNotInTheFileShowsAnEmptyValue() {
        Row.Rejected row = Row.Rejected.rejectedBy(AT, new InvalidFactException(Fact.FORKED_FROM, null,
                "is required for launch_type CHAIN_FORK (the chain whose balances were copied)"), Map.of());

        assertThat(row.message()).isEqualTo("coins.csv:7: column forked_from: is required for launch_type CHAIN_FORK"
                + " (the chain whose balances were copied) (value '')");
    }

    @Test
    void longAndMultiLineValuesAreShownOnOneShortLine() {
        Row.Rejected row = Row.Rejected.at(AT, Optional.of("name"), "is odd", "a\nb".repeat(50));

        assertThat(row.message()).doesNotContain("\n").contains("a\\nb").endsWith("...')");
    }

    @Test
    void aLongColumnNameIsCutAt200Characters() {
        Row.Rejected row = Row.Rejected.at(AT, Optional.of("k".repeat(10_000)), "unknown column", "v");

        assertThat(row.message()).isEqualTo("coins.csv:7: column " + "k".repeat(Row.Rejected.SHOWN_COLUMN)
                + "...: unknown column (value 'v')");
    }
}
