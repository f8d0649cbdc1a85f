package io.dscore.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The five components: order, maxima and labels. */
class ComponentTest {

    @Test
    void componentsInResultOrder() {
        assertThat(Component.values()).containsExactly(Component.NODE_DISTRIBUTION,
                Component.INITIAL_DISTRIBUTION, Component.GOVERNANCE, Component.AGE_AND_HISTORY,
                Component.AUTONOMY);
    }

    @Test
    void maxima() {
        assertThat(Component.NODE_DISTRIBUTION.max()).isCloseTo(30, within(0.0));
        assertThat(Component.INITIAL_DISTRIBUTION.max()).isCloseTo(25, within(0.0));
        assertThat(Component.GOVERNANCE.max()).isCloseTo(25, within(0.0));
        assertThat(Component.AGE_AND_HISTORY.max()).isCloseTo(15, within(0.0));
        assertThat(Component.AUTONOMY.max()).isCloseTo(5, within(0.0));
    }

    @Test
    void maximaSumToHundred() {
        double sum = 0;
        for (Component c : Component.values()) {
            sum += c.max();
        }
        assertThat(sum).isCloseTo(100, within(0.0));
    }

    @Test
    void labels() {
        assertThat(Component.NODE_DISTRIBUTION.label()).isEqualTo("Node distribution");
        assertThat(Component.INITIAL_DISTRIBUTION.label()).isEqualTo("Initial distribution");
        assertThat(Component.GOVERNANCE.label()).isEqualTo("Governance");
        assertThat(Component.AGE_AND_HISTORY.label()).isEqualTo("Age and history");
        assertThat(Component.AUTONOMY.label()).isEqualTo("Autonomy");
    }
}
