package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** {@link StepTable}, the rule-table helper of the scorers: row lookup and row descriptions. */
class StepTableTest {

    private static final StepTable AT_LEAST = StepTable.atLeast(new double[] {10, 5, 1}, new double[] {3, 2, 1}, 0);
    private static final StepTable AT_MOST = StepTable.atMost(new double[] {1, 10}, new double[] {25, 13}, 0);

    @Test
    void atLeastTakesTheFirstRowReached() {
        assertThat(AT_LEAST.at(100)).isCloseTo(3, within(0.0));
        assertThat(AT_LEAST.at(10)).isCloseTo(3, within(0.0));
        assertThat(AT_LEAST.at(9)).isCloseTo(2, within(0.0));
        assertThat(AT_LEAST.at(5)).isCloseTo(2, within(0.0));
        assertThat(AT_LEAST.at(4)).isCloseTo(1, within(0.0));
        assertThat(AT_LEAST.at(1)).isCloseTo(1, within(0.0));
        assertThat(AT_LEAST.at(0)).isCloseTo(0, within(0.0));
    }

    @Test
    void atMostTakesTheFirstRowReached() {
        assertThat(AT_MOST.at(0)).isCloseTo(25, within(0.0));
        assertThat(AT_MOST.at(1)).isCloseTo(25, within(0.0));
        assertThat(AT_MOST.at(1.01)).isCloseTo(13, within(0.0));
        assertThat(AT_MOST.at(10)).isCloseTo(13, within(0.0));
        assertThat(AT_MOST.at(10.01)).isCloseTo(0, within(0.0));
    }

    @Test
    void rowsAreDescribed() {
        assertThat(AT_LEAST.rowOf(10)).isEqualTo("10 or more");
        assertThat(AT_LEAST.rowOf(9)).isEqualTo("5 to 9");
        assertThat(AT_LEAST.rowOf(1)).isEqualTo("1 to 4");
        assertThat(AT_LEAST.rowOf(0)).isEqualTo("below 1");
        assertThat(AT_MOST.rowOf(1)).isEqualTo("up to 1");
        assertThat(AT_MOST.rowOf(1.01)).isEqualTo("over 1 up to 10");
        assertThat(AT_MOST.rowOf(10.01)).isEqualTo("over 10");
    }

    @Test
    void thresholdsAndPointsMustMatchInLength() {
        assertThatThrownBy(() -> StepTable.atLeast(new double[] {1, 2}, new double[] {1}, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("thresholds and points differ in length");
    }

    @Test
    void theTableKeepsItsOwnCopy() {
        double[] points = {25, 13};
        StepTable table = StepTable.atMost(new double[] {1, 10}, points, 0);
        points[0] = 0;
        assertThat(table.at(0)).isCloseTo(25, within(0.0));
    }
}
