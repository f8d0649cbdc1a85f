package io.dscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointsTest {

    @ParameterizedTest
    @CsvSource({"68, 68", "93.5, 93.5", "0, 0", "-2.5, -2.5", "100, 100", "0.5, 0.5", "-1, -1"})
    void pointsArePlainDecimals(double points, String text) {
        assertThat(Points.text(points)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"68, true", "93.5, false", "0, true"})
    void wholePointsAreIntegers(double points, boolean whole) {
        assertThat(Points.whole(points)).isEqualTo(whole);
    }

    @ParameterizedTest
    @CsvSource({"38, 68, 38-68", "33, 35.5, 33-35.5"})
    void rangesJoinMinAndMax(double min, double max, String text) {
        assertThat(Points.range(min, max)).isEqualTo(text);
    }
}
