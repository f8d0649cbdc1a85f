package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** {@link StepTable}, the rule-table helper of the scorers: row lookup and row descriptions. */
class StepTableTest {

    /** Built per test, not in a static field, so a change to the factories shows in every test run. */
    private static StepTable atLeastTable() {
        return StepTable.atLeast(new double[] {10, 5, 1}, new double[] {3, 2, 1}, 0.5);
    }

    private static StepTable atMostTable() {
        return StepTable.atMost(new double[] {1, 10}, new double[] {25, 13}, 0);
    }

    @Test
    void atLeastTakesTheFirstRowReached() {
        StepTable atLeast = atLeastTable();
        assertThat(atLeast.at(100)).isCloseTo(3, within(0.0));
        assertThat(atLeast.at(10)).isCloseTo(3, within(0.0));
        assertThat(atLeast.at(9)).isCloseTo(2, within(0.0));
        assertThat(atLeast.at(5)).isCloseTo(2, within(0.0));
        assertThat(atLeast.at(4)).isCloseTo(1, within(0.0));
        assertThat(atLeast.at(1)).isCloseTo(1, within(0.0));
        assertThat(atLeast.at(0)).as("otherwise").isCloseTo(0.5, within(0.0));
    }

    @Test
    void atMostTakesTheFirstRowReached() {
        StepTable atMost = atMostTable();
        assertThat(atMost.at(0)).isCloseTo(25, within(0.0));
        assertThat(atMost.at(1)).isCloseTo(25, within(0.0));
        assertThat(atMost.at(1.01)).isCloseTo(13, within(0.0));
        assertThat(atMost.at(10)).isCloseTo(13, within(0.0));
        assertThat(atMost.at(10.01)).isCloseTo(0, within(0.0));
    }

    @Test
    void rowsAreDescribed() {
        StepTable atLeast = atLeastTable();
        StepTable atMost = atMostTable();
        assertThat(atLeast.rowOf(10)).isEqualTo("10 or more");
        assertThat(atLeast.rowOf(9)).isEqualTo("5 to 9");
        assertThat(atLeast.rowOf(1)).isEqualTo("1 to 4");
        assertThat(atLeast.rowOf(0)).isEqualTo("below 1");
        assertThat(atMost.rowOf(1)).isEqualTo("up to 1");
        assertThat(atMost.rowOf(1.01)).isEqualTo("over 1 up to 10");
        assertThat(atMost.rowOf(10.01)).isEqualTo("over 10");
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
