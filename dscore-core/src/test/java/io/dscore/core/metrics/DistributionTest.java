package io.dscore.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden values, edge cases, exactness at ties and validation of {@link Distribution}.
 *
 * <p>Provenance of the golden values: each was computed by hand from the definition (the working is in the
 * comment next to it) and cross-checked with a ten-line Python 3 script implementing the same formulas in plain
 * floats (run once while writing this test; its printed values are quoted to 6 decimals).
 */
class DistributionTest {

    private static final double EPS = 1e-6;

    // ---- golden values ----

    @Test
    void giniGoldenValues() {
        // ascending 1,2,3,4,5; (2i - n - 1) = -4,-2,0,2,4; sum = -4 -4 +0 +8 +20 = 20; 20 / (5 * 15) = 4/15.
        // Python: 0.266667
        assertThat(Distribution.of(5, 4, 3, 2, 1).gini()).isCloseTo(0.266667, within(EPS));
        assertThat(Distribution.of(5, 4, 3, 2, 1).gini()).isCloseTo(4.0 / 15, within(1e-15));
        // ascending 0,0,1,1,3 (zeros count in n = 5); sum = 0 + 0 + 0 + 2*1 + 4*3 = 14; 14 / (5 * 5) = 0.56.
        // Python: 0.560000
        assertThat(Distribution.of(1, 1, 3, 0, 0).gini()).isCloseTo(0.56, within(EPS));
        // ascending 1,2,3; coefficients -2,0,2; sum = -2 + 6 = 4; 4 / (3 * 6) = 2/9. Python: 0.222222
        assertThat(Distribution.of(3, 2, 1).gini()).isCloseTo(0.222222, within(EPS));
    }

    @Test
    void hhiGoldenValue() {
        // shares 40%, 30%, 15%, 15%: 1600 + 900 + 225 + 225 = 2950. Python: 2950.000000
        assertThat(Distribution.of(8, 6, 3, 3).hhi()).isCloseTo(2950, within(1e-9));
    }

    @Test
    void shannonGoldenValue() {
        // 1/2 log2 2 + 1/3 log2 3 + 1/6 log2 6 = 0.5 + 0.528321 + 0.430827 = 1.459148 bits. Python: 1.459148
        assertThat(Distribution.of(3, 2, 1).shannonEntropy()).isCloseTo(1.459148, within(EPS));
    }

    @Test
    void theilGoldenValues() {
        // mu = 2: (1.5 ln 1.5 + 1 ln 1 + 0.5 ln 0.5) / 3 = (0.608198 + 0 - 0.346574) / 3 = 0.087208. Python: 0.087208
        assertThat(Distribution.of(3, 2, 1).theil()).isCloseTo(0.087208, within(EPS));
        // mu = 432 / 4 = 108; (1/4) * 4 ln 4 = ln 4 = 1.386294. Python: 1.386294
        assertThat(Distribution.of(432, 0, 0, 0).theil()).isCloseTo(Math.log(4), within(1e-12));
        assertThat(Distribution.of(432, 0, 0, 0).theil()).isCloseTo(1.386294, within(EPS));
    }

    @Test
    void tauAndNakamotoGoldenValues() {
        // total 9; 66% of it is 5.94; top 1 = 3, top 2 = 5, top 3 = 6 > 5.94.
        assertThat(Distribution.of(3, 2, 1, 1, 1, 1).tau(0.66)).isEqualTo(3);
        // half of 9 is 4.5; top 1 = 3, top 2 = 5 > 4.5.
        assertThat(Distribution.of(3, 2, 1, 1, 1, 1).nakamotoCoefficient()).isEqualTo(2);
        // half of 6 is 3; top 1 = 3 is not strictly more (the Edinburgh tool says 1 here), top 2 = 5 is.
        assertThat(Distribution.of(3, 2, 1).nakamotoCoefficient()).isEqualTo(2);
    }

    @Test
    void normalizedMetricsGoldenValues() {
        // [3,2,1]: H = (9 + 4 + 1) / 36 = 7/18; (7/18 - 1/3) / (2/3) = 1/12. Python: 0.083333
        assertThat(Distribution.of(3, 2, 1).normalizedHhi()).isCloseTo(1.0 / 12, within(1e-12));
        // 1.459148 / log2 3 = 1.459148 / 1.584963 = 0.920620. Python: 0.920620
        assertThat(Distribution.of(3, 2, 1).normalizedEntropy()).isCloseTo(0.920620, within(EPS));
        // top 2 of [3,2,1,1,1,1]: 5 / 9
        assertThat(Distribution.of(3, 2, 1, 1, 1, 1).concentrationRatio(2)).isCloseTo(5.0 / 9, within(1e-15));
    }

    /** The example of the class Javadoc: keep both in step. */
    @Test
    void javadocExample() {
        Distribution pools = Distribution.of(3, 2, 1, 1, 1, 1);
        assertThat(pools.size()).isEqualTo(6);
        assertThat(pools.nakamotoCoefficient()).isEqualTo(2);
        assertThat(pools.tau(0.66)).isEqualTo(3);
        assertThat(pools.concentrationRatio(1)).isCloseTo(1.0 / 3, within(1e-15));
        assertThat(Distribution.of(8, 6, 3, 3).hhi()).isCloseTo(2950.0, within(1e-9));
    }

    // ---- edge cases ----

    @Test
    void singleProducer() {
        Distribution one = Distribution.of(7);
        assertThat(one.size()).isEqualTo(1);
        assertThat(one.count()).isEqualTo(1);
        assertThat(one.total()).isEqualTo(7.0);
        assertThat(one.nakamotoCoefficient()).isEqualTo(1);
        assertThat(one.tau(0.99)).isEqualTo(1);
        assertThat(one.concentrationRatio(1)).isEqualTo(1.0);
        assertThat(one.gini()).isEqualTo(0.0);
        assertThat(one.hhi()).isEqualTo(10_000.0);
        assertThat(one.normalizedHhi()).isEqualTo(1.0);
        assertThat(one.shannonEntropy()).isEqualTo(0.0);
        assertThat(one.normalizedEntropy()).isEqualTo(0.0);
        assertThat(one.theil()).isEqualTo(0.0);
    }

    @Test
    void zerosCountForGiniAndTheilButNotForSizeAndTheNormalizedMetrics() {
        Distribution d = Distribution.of(0, 5, 0, 5);
        assertThat(d.size()).isEqualTo(2);
        assertThat(d.count()).isEqualTo(4);
        assertThat(d.gini()).isCloseTo(0.5, within(1e-15)); // ascending 0,0,5,5: (5 + 15) / (4 * 10)
        assertThat(d.theil()).isCloseTo(Math.log(2), within(1e-15)); // (2 ln 2 + 2 ln 2) / 4
        assertThat(d.normalizedHhi()).isEqualTo(0.0);
        assertThat(d.normalizedEntropy()).isCloseTo(1.0, within(1e-15));
        assertThat(d.shannonEntropy()).isCloseTo(1.0, within(1e-15));
        assertThat(d.nakamotoCoefficient()).isEqualTo(2);
    }

    @Test
    void equalAmountsAreUnconcentrated() {
        double[] amounts = new double[1000];
        Arrays.fill(amounts, 0.1);
        Distribution d = Distribution.of(amounts);
        assertThat(d.gini()).isCloseTo(0.0, within(1e-12));
        assertThat(d.hhi()).isCloseTo(10.0, within(1e-9));
        assertThat(d.normalizedHhi()).isCloseTo(0.0, within(1e-12));
        assertThat(d.shannonEntropy()).isCloseTo(Math.log(1000) / Math.log(2), within(1e-9));
        assertThat(d.normalizedEntropy()).isCloseTo(1.0, within(1e-12));
        assertThat(d.theil()).isCloseTo(0.0, within(1e-12));
        // 500 of 1000 equal amounts is exactly half, not more: 501 are needed, whatever 0.1 rounds to
        assertThat(d.nakamotoCoefficient()).isEqualTo(501);
    }

    @Test
    void concentrationRatioOfAllOrMoreIsOne() {
        Distribution d = Distribution.of(0.1, 0.2, 0.3, 0);
        assertThat(d.concentrationRatio(3)).isEqualTo(1.0);
        assertThat(d.concentrationRatio(Integer.MAX_VALUE)).isEqualTo(1.0);
        assertThat(d.concentrationRatio(1)).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void orderAndCollectionInputGiveEqualDistributions() {
        Distribution a = Distribution.of(1, 2, 3, -0.0);
        Distribution b = Distribution.of(List.of(3, 0.0, 2L, new BigDecimal("1")));
        assertThat(a).isEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
        assertThat(a).isNotEqualTo(Distribution.of(1, 2, 3));
        assertThat(a.toString()).isEqualTo("Distribution[count=4, size=3, total=6.0, nakamotoCoefficient=2]");
    }

    @Test
    void theInputArrayIsCopied() {
        double[] amounts = {1, 2, 3};
        Distribution d = Distribution.of(amounts);
        amounts[0] = 1000;
        assertThat(d.total()).isEqualTo(6.0);
    }

    // ---- exactness at ties ----

    /**
     * {@code 1 + 2^-52} against {@code 1 + 2^-53 + 2^-53}: an exact tie, so the largest producer does not hold
     * a majority. Plain double sums lose both {@code 2^-53} (the total rounds to 2) and would answer 1.
     */
    @Test
    void nakamotoIsExactWherePlainDoublesFlip() {
        double big = 1 + 0x1p-52;
        double[] amounts = {big, 1, 0x1p-53, 0x1p-53};
        double naiveTotal = 0;
        for (double x : amounts) {
            naiveTotal += x;
        }
        assertThat(big > naiveTotal / 2).as("plain doubles see a majority").isTrue();
        assertThat(Distribution.of(amounts).nakamotoCoefficient()).isEqualTo(2);
        // a hair more for the largest producer and it is a majority
        assertThat(Distribution.of(1 + 0x1p-51, 1, 0x1p-53, 0x1p-53).nakamotoCoefficient()).isEqualTo(1);
    }

    @Test
    void decimalFractionsAreComparedAsTheDoublesTheyAre() {
        // 0.3 is stored as 0.29999999999999998889..., 0.1 + 0.2 exactly is 0.30000000000000001665...: no majority
        assertThat(Distribution.of(0.1, 0.2, 0.3).nakamotoCoefficient()).isEqualTo(2);
        assertThat(Distribution.of(0.1, 0.2, 0.3).nakamotoCoefficient())
                .isEqualTo(reference(new double[] {0.1, 0.2, 0.3}, 0.5));
        // 0.25 + 0.25 against 0.5: an exact tie in doubles too
        assertThat(Distribution.of(0.5, 0.25, 0.25).nakamotoCoefficient()).isEqualTo(2);
    }

    @Test
    void tauMatchesAnExactReferenceOnNearTies() {
        List<double[]> cases = new ArrayList<>();
        cases.add(new double[] {0.7, 0.1, 0.1, 0.1});
        cases.add(new double[] {1.1, 2.2, 3.3, 0.1, 0.2, 0.3});
        cases.add(new double[] {1e-300, 1e-300, 2e-300});
        cases.add(new double[] {Double.MIN_VALUE, Double.MIN_VALUE, Double.MIN_VALUE});
        cases.add(new double[] {1e300, 1e300, 1e-300, 1e300});
        cases.add(new double[] {33, 33, 34});
        cases.add(new double[] {0.33, 0.33, 0.34});
        for (double[] amounts : cases) {
            Distribution d = Distribution.of(amounts);
            for (double t : new double[] {0.33, 1.0 / 3, 0.5, 0.66, 2.0 / 3, 0.67, 0.9, Math.nextDown(1.0),
                    Double.MIN_VALUE}) {
                assertThat(d.tau(t)).as("tau(%s) of %s", t, Arrays.toString(amounts)).isEqualTo(reference(amounts, t));
            }
        }
    }

    /** The definition, in BigDecimal, which holds every double exactly. */
    static int reference(double[] amounts, double threshold) {
        double[] sorted = amounts.clone();
        Arrays.sort(sorted);
        BigDecimal total = BigDecimal.ZERO;
        for (double x : sorted) {
            total = total.add(new BigDecimal(x));
        }
        BigDecimal target = new BigDecimal(threshold).multiply(total);
        BigDecimal prefix = BigDecimal.ZERO;
        for (int k = 1; k <= sorted.length; k++) {
            prefix = prefix.add(new BigDecimal(sorted[sorted.length - k]));
            if (prefix.compareTo(target) > 0) {
                return k;
            }
        }
        throw new AssertionError("no prefix exceeds " + threshold);
    }

    // ---- validation ----

    static Stream<Arguments> invalidAmounts() {
        return Stream.of(
                Arguments.of(new double[0], "amounts must hold at least one amount (was empty)"),
                Arguments.of(new double[] {0, 0, 0}, "amounts[0] to amounts[2] are all 0"),
                Arguments.of(new double[] {1, -2, 3}, "amounts[1] must be >= 0 (was -2.0)"),
                Arguments.of(new double[] {1, 2, Double.NaN}, "amounts[2] must be finite (was NaN)"),
                Arguments.of(new double[] {Double.POSITIVE_INFINITY}, "amounts[0] must be finite (was Infinity)"),
                Arguments.of(new double[] {1, Double.NEGATIVE_INFINITY}, "amounts[1] must be finite (was -Infinity)"),
                Arguments.of(new double[] {1, Double.MAX_VALUE, Double.MAX_VALUE},
                        "amounts must have a finite total (the sum passes 1.7976931348623157E308 at amounts[2]"));
    }

    @ParameterizedTest
    @MethodSource("invalidAmounts")
    void invalidArraysAreRejected(double[] amounts, String message) {
        assertThatThrownBy(() -> Distribution.of(amounts))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @ParameterizedTest
    @MethodSource("invalidAmounts")
    void invalidCollectionsAreRejected(double[] amounts, String message) {
        List<Double> list = new ArrayList<>();
        for (double x : amounts) {
            list.add(x);
        }
        assertThatThrownBy(() -> Distribution.of(list))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void nullsAreRejected() {
        assertThatThrownBy(() -> Distribution.of((double[]) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("amounts");
        assertThatThrownBy(() -> Distribution.of((List<Double>) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("amounts");
        assertThatThrownBy(() -> Distribution.of(Arrays.asList(1.0, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("amounts[1] is required (was null)");
    }

    static Stream<Arguments> invalidThresholds() {
        return Stream.of(Arguments.of(0.0), Arguments.of(1.0), Arguments.of(-0.5), Arguments.of(1.5),
                Arguments.of(Double.NaN));
    }

    @ParameterizedTest
    @MethodSource("invalidThresholds")
    void tauRejectsThresholdsOutsideTheOpenUnitInterval(double threshold) {
        assertThatThrownBy(() -> Distribution.of(1, 2).tau(threshold))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threshold must be > 0 and < 1 (was " + threshold + ")");
    }

    @Test
    void concentrationRatioRejectsKBelowOne() {
        assertThatThrownBy(() -> Distribution.of(1, 2).concentrationRatio(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("k must be >= 1 (was 0)");
    }
}
