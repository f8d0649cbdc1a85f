package io.dscore.io;

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
            assertThat(column.header()).isEqualTo(fact.column());
            assertThat(Column.of(fact)).isEqualTo(column);
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
}
