package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

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
        assertThat(Points.format(0.05)).isEqualTo("0.05");
        assertThat(Points.format(-0.5)).isEqualTo("-0.5");
        assertThat(Points.format(-12.305)).isEqualTo("-12.3");
        assertThat(Points.format(9_999_999.99)).isEqualTo("9999999.99");
        assertThat(Points.format(12_345_678.9)).isEqualTo("1.23456789E7");
    }

    @Test
    void digitsAreThoseOfTheRoundedDouble() {
        // the digits are written from the whole number of hundredths; Double.toString of the rounded value is
        // the reference: every hundredth below 10,000,000 in magnitude, and any double
        qt().withExamples(20_000).forAll(longs().between(-999_999_999L, 999_999_999L))
                .checkAssert(hundredths -> assertThat(Points.format(hundredths / 100.0))
                        .isEqualTo(reference(hundredths / 100.0)));
        qt().withExamples(20_000).forAll(doubles().between(-2e7, 2e7))
                .checkAssert(value -> assertThat(Points.format(value)).isEqualTo(reference(value)));
    }

    private static String reference(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15
                ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    @Test
    void wholeNumbersFromTenToTheFifteenthPrintAsDoubles() {
        // a long holds them, but a double's whole numbers stop being consecutive not far above: the cut is 1e15
        assertThat(Points.format(999_999_999_999_999.0)).isEqualTo("999999999999999");
        assertThat(Points.format(1e15)).isEqualTo("1.0E15");
        assertThat(Points.format(-1e15)).isEqualTo("-1.0E15");
    }
}
