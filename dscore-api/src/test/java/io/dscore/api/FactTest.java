package io.dscore.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link Fact}: one constant per {@link Coin} component, in its order, with both of its names. */
class FactTest {

    @Test
    void fieldsAreTheCoinComponentsInOrder() {
        assertThat(Arrays.stream(Fact.values()).map(Fact::field))
                .containsExactlyElementsOf(Arrays.stream(Coin.class.getRecordComponents())
                        .map(RecordComponent::getName).collect(Collectors.toList()));
    }

    @Test
    void columnsAreTheSnakeCaseOfTheFields() {
        for (Fact fact : Fact.values()) {
            String snake = fact.field().replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
            assertThat(fact.column()).as("%s", fact).isEqualTo(snake);
        }
    }

    @Test
    void namesOfOneFact() {
        assertThat(Fact.BLOCK_PRODUCERS.field()).isEqualTo("blockProducers");
        assertThat(Fact.BLOCK_PRODUCERS.column()).isEqualTo("block_producers");
        assertThat(Fact.NAME.field()).isEqualTo("name");
        assertThat(Fact.NAME.column()).isEqualTo("name");
    }
}
