package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link Points#format(double)}: how reasons print numbers. */
class PointsFormatTest {

    @Test
    void wholeNumbersPrintWithoutADecimalPoint() {
        assertThat(Points.format(28)).isEqualTo("28");
        assertThat(Points.format(0)).isEqualTo("0");
        assertThat(Points.format(-5)).isEqualTo("-5");
    }

    @Test
    void fractionsPrintRoundedToTwoDecimals() {
        assertThat(Points.format(2.5)).isEqualTo("2.5");
        assertThat(Points.format(16.666)).isEqualTo("16.67");
        assertThat(Points.format(0.004)).isEqualTo("0");
    }

    @Test
    void wholeNumbersFromTenToTheFifteenthPrintAsDoubles() {
        // a long holds them, but a double's whole numbers stop being consecutive not far above: the cut is 1e15
        assertThat(Points.format(999_999_999_999_999.0)).isEqualTo("999999999999999");
        assertThat(Points.format(1e15)).isEqualTo("1.0E15");
        assertThat(Points.format(-1e15)).isEqualTo("-1.0E15");
    }
}
