package io.dscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dscore.api.Fact;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ColumnTest {

    @ParameterizedTest
    @EnumSource(Fact.class)
    void everyFactOfTheLibraryIsAColumn(Fact fact) {
        assertThat(Column.byHeader(fact.column())).hasValueSatisfying(column -> {
            assertThat(column.field()).isEqualTo(fact.field());
            assertThat(Column.byField(fact.field())).contains(column);
        });
    }

    @Test
    void columnsAreTheFactsInFormatOrder() {
        assertThat(Column.headers()).containsExactlyElementsOf(
                Arrays.stream(Fact.values()).map(Fact::column).collect(Collectors.toList()));
    }

    @Test
    void requiredColumnsAreTheSevenOfTheSchema() {
        assertThat(Column.requiredHeaders()).containsExactly(
                "name", "symbol", "layer", "consensus", "launch_type", "vc_funded", "governance");
    }

    @Test
    void libraryFieldNamesBecomeColumnNames() {
        assertThat(Column.withHeaders("nakamotoCoefficient must be <= blockProducers"))
                .isEqualTo("nakamoto_coefficient must be <= block_producers");
        assertThat(Column.withHeaders("insiderAllocationPct 5 + devFundPct 3 = insider share 8%"))
                .isEqualTo("insider_allocation_pct 5 + dev_fund_pct 3 = insider share 8%");
        assertThat(Column.withHeaders("blockProducersX and xlaunchYear are not fields"))
                .isEqualTo("blockProducersX and xlaunchYear are not fields");
    }
}
