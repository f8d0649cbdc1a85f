package io.dscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BadRowTest {

    private static final Location AT = new Location("coins.csv", 7);

    static Stream<Arguments> libraryMessages() {
        return Stream.of(
                Arguments.of("blockProducers must be >= 0 (was -3)", Column.BLOCK_PRODUCERS, "-3",
                        "coins.csv:7: column block_producers: must be >= 0 (value '-3')"),
                Arguments.of("insiderAllocationPct must be a percentage from 0 to 100 (was 150.0)",
                        Column.INSIDER_ALLOCATION_PCT, "150",
                        "coins.csv:7: column insider_allocation_pct: must be a percentage from 0 to 100 (value '150')"),
                Arguments.of("nakamotoCoefficient must be <= blockProducers (was nakamotoCoefficient 9, "
                        + "blockProducers 5)", Column.NAKAMOTO_COEFFICIENT, "9",
                        "coins.csv:7: column nakamoto_coefficient: must be <= block_producers (was nakamoto_coefficient 9, block_producers 5) (value '9')"),
                Arguments.of("launchYear must not be after the as-of date 2026-06-19 (was 2030)",
                        Column.LAUNCH_YEAR, "2030",
                        "coins.csv:7: column launch_year: must not be after the as-of date 2026-06-19 (value '2030')"),
                Arguments.of("layer is required (was null)", Column.LAYER, "",
                        "coins.csv:7: column layer: is required (value '')"));
    }

    @ParameterizedTest
    @MethodSource("libraryMessages")
    void libraryMessagesNameTheColumnAndShowTheCell(String message, Column column, String cell, String expected) {
        BadRow row = BadRow.rejectedBy(AT, new IllegalArgumentException(message), Map.of(column, cell));

        assertThat(row.column()).contains(column.header());
        assertThat(row.message()).isEqualTo(expected);
    }

    @Test
    void aMessageWithoutAFieldIsKeptWhole() {
        BadRow row = BadRow.rejectedBy(AT, new IllegalArgumentException("something else went wrong"), Map.of());

        assertThat(row.column()).isEmpty();
        assertThat(row.message()).isEqualTo("coins.csv:7: something else went wrong (value '')");
    }

    @Test
    void longAndMultiLineValuesAreShownOnOneShortLine() {
        BadRow row = new BadRow(AT, Optional.of("name"), "is odd", "a\nb".repeat(50));

        assertThat(row.message()).doesNotContain("\n").contains("a\\nb").endsWith("...')");
    }
}
