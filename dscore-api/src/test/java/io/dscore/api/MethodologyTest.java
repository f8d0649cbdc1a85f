package io.dscore.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** {@link Methodology}: its short form, its one-line form and its validation. */
class MethodologyTest {

    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 12, 4);

    @Test
    void theIdJoinsNameAndVersion() {
        Methodology m = new Methodology("dscore", "2", EFFECTIVE);
        assertThat(m.id()).isEqualTo("dscore-2");
        assertThat(m).hasToString("dscore-2 (effective 2026-12-04)");
    }

    @Test
    void blankOrNullPartsAreRejected() {
        assertThatThrownBy(() -> new Methodology(" ", "2", EFFECTIVE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be blank (was ' ')");
        assertThatThrownBy(() -> new Methodology("dscore", "", EFFECTIVE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("version must not be blank (was '')");
        assertThatThrownBy(() -> new Methodology(null, "2", EFFECTIVE)).isInstanceOf(NullPointerException.class)
                .hasMessage("name");
        assertThatThrownBy(() -> new Methodology("dscore", "2", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("effective");
    }
}
