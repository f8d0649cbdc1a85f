package io.dscore.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link Distribution} over 1,000 generated distributions each (QuickTheories prints the seed of
 * a failure).
 *
 * <p>The generated amounts are whole numbers from 0 to 1,000,000 of four magnitudes, about a quarter of them 0,
 * 1 to 60 producers with at least one positive. Whole numbers keep every sum, transfer and integer scaling exact,
 * so the discrete metrics (Nakamoto coefficient, tau) are compared exactly; the continuous metrics are compared
 * within 1e-9 (HHI within 1e-6 on its 10,000 scale).
 */
class DistributionPropertiesTest {

    private static final int EXAMPLES = 1000;
    private static final double TOLERANCE = 1e-9;

    /** One amount: a whole number of 0 to 1,000 times 1, 10, 100 or 1,000; about 23% are 0. */
    private static Gen<Double> amount() {
        return integers().between(-300, 1000).zip(integers().between(0, 3),
                (mantissa, exponent) -> Math.max(0, mantissa) * Math.pow(10, exponent));
    }

    /** A distribution's amounts: 1 to 60 of them, at least one positive. */
    private static Gen<double[]> amounts() {
        return lists().of(amount()).ofSizeBetween(1, 60)
                .map(DistributionPropertiesTest::toArray)
                .assuming(a -> Arrays.stream(a).anyMatch(x -> x > 0));
    }

    private static double[] toArray(List<Double> list) {
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void orderNeverChangesAMetric() {
        qt().withExamples(EXAMPLES).forAll(amounts(), longs().all()).checkAssert((amounts, seed) -> {
            double[] shuffled = amounts.clone();
            Random random = new Random(seed);
            for (int i = shuffled.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                double x = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = x;
            }
            assertSameMetrics(Distribution.of(amounts), Distribution.of(shuffled), TOLERANCE);
        });
    }

    @Test
    void exactScalingNeverChangesAMetric() {
        // k a whole number (products stay whole and below 2^53) or a power of two: the scaled doubles are exact
        Gen<Double> factors = integers().between(1, 1000).map(Integer::doubleValue)
                .mix(integers().between(-30, 30).map(e -> Math.scalb(1.0, e)));
        qt().withExamples(EXAMPLES).forAll(amounts(), factors).checkAssert((amounts, k) -> {
            double[] scaled = Arrays.stream(amounts).map(x -> x * k).toArray();
            assertSameMetrics(Distribution.of(amounts), Distribution.of(scaled), TOLERANCE);
        });
    }

    @Test
    void anyPositiveScalingChangesNoContinuousMetric() {
        // k any double: the scaled amounts are rounded, so only the continuous metrics are compared
        qt().withExamples(EXAMPLES).forAll(amounts(), doubles().between(1e-6, 1e6)).checkAssert((amounts, k) -> {
            Distribution a = Distribution.of(amounts);
            Distribution b = Distribution.of(Arrays.stream(amounts).map(x -> x * k).toArray());
            assertSameContinuousMetrics(a, b, TOLERANCE);
        });
    }

    /**
     * A Pigou-Dalton transfer: {@code d} moves from a larger producer to a smaller one, with
     * {@code 0 < d <= (larger - smaller) / 2} so that their order is kept.
     */
    @Test
    void pigouDaltonTransfersNeverRaiseConcentration() {
        qt().withExamples(EXAMPLES)
                .forAll(amounts(), integers().allPositive(), integers().allPositive(), doubles().between(0, 1))
                .checkAssert((amounts, first, second, fraction) -> {
                    int n = amounts.length;
                    int from = first % n;
                    int to = second % n;
                    if (amounts[from] < amounts[to]) {
                        int swap = from;
                        from = to;
                        to = swap;
                    }
                    if (amounts[from] - amounts[to] < 2) { // no room for a whole transfer: use the extremes
                        from = indexOf(amounts, Arrays.stream(amounts).max().getAsDouble());
                        to = indexOf(amounts, Arrays.stream(amounts).min().getAsDouble());
                    }
                    double room = Math.floor((amounts[from] - amounts[to]) / 2);
                    double d = Math.max(Math.min(1, room), Math.floor(fraction * room));
                    double[] after = amounts.clone();
                    after[from] -= d;
                    after[to] += d;
                    assertThat(after[from]).isGreaterThanOrEqualTo(after[to]);

                    Distribution before = Distribution.of(amounts);
                    Distribution transferred = Distribution.of(after);
                    assertThat(transferred.gini()).isLessThanOrEqualTo(before.gini() + TOLERANCE);
                    assertThat(transferred.hhi()).isLessThanOrEqualTo(before.hhi() + 1e-6);
                    assertThat(transferred.theil()).isLessThanOrEqualTo(before.theil() + TOLERANCE);
                    assertThat(transferred.shannonEntropy())
                            .isGreaterThanOrEqualTo(before.shannonEntropy() - TOLERANCE);
                    assertThat(transferred.nakamotoCoefficient()).isGreaterThanOrEqualTo(before.nakamotoCoefficient());
                });
    }

    @Test
    void metricsStayWithinTheirBounds() {
        qt().withExamples(EXAMPLES).forAll(amounts()).checkAssert(amounts -> {
            Distribution d = Distribution.of(amounts);
            int m = d.size();
            int n = d.count();
            assertThat(m).isEqualTo((int) Arrays.stream(amounts).filter(x -> x > 0).count());
            assertThat(n).isEqualTo(amounts.length);
            assertThat(d.gini()).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
            assertThat(d.hhi()).isGreaterThan(0.0).isLessThanOrEqualTo(10_000.0);
            assertThat(d.nakamotoCoefficient()).isBetween(1, m);
            assertThat(d.tau(0.66)).isBetween(d.nakamotoCoefficient(), m);
            assertThat(d.tau(0.33)).isBetween(1, d.nakamotoCoefficient());
            assertThat(d.normalizedHhi()).isBetween(0.0, 1.0);
            assertThat(d.normalizedEntropy()).isBetween(0.0, 1.0);
            assertThat(d.shannonEntropy()).isBetween(0.0, Math.log(m) / Math.log(2) + TOLERANCE);
            assertThat(d.theil()).isBetween(0.0, Math.log(n) + TOLERANCE);
            assertThat(d.concentrationRatio(1)).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
            assertThat(d.concentrationRatio(d.nakamotoCoefficient())).isGreaterThan(0.5);
        });
    }

    @Test
    void nakamotoAndTauMatchTheExactReference() {
        qt().withExamples(EXAMPLES).forAll(amounts(), doubles().between(0.01, 0.99)).checkAssert((amounts, t) -> {
            Distribution d = Distribution.of(amounts);
            assertThat(d.nakamotoCoefficient()).isEqualTo(DistributionTest.reference(amounts, 0.5));
            assertThat(d.tau(t)).isEqualTo(DistributionTest.reference(amounts, t));
        });
    }

    @Test
    void nakamotoMatchesTheExactReferenceOnFractionalAmounts() {
        // decimal fractions with few digits make many near-ties that double sums get wrong
        Gen<double[]> fractions = lists().of(integers().between(0, 20).map(i -> i / 10.0)).ofSizeBetween(1, 30)
                .map(DistributionPropertiesTest::toArray)
                .assuming(a -> Arrays.stream(a).anyMatch(x -> x > 0));
        qt().withExamples(EXAMPLES).forAll(fractions).checkAssert(amounts -> {
            Distribution d = Distribution.of(amounts);
            assertThat(d.nakamotoCoefficient()).isEqualTo(DistributionTest.reference(amounts, 0.5));
            assertThat(d.tau(2.0 / 3)).isEqualTo(DistributionTest.reference(amounts, 2.0 / 3));
        });
    }

    private static int indexOf(double[] amounts, double value) {
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] == value) {
                return i;
            }
        }
        throw new AssertionError(value + " not found");
    }

    private static void assertSameMetrics(Distribution a, Distribution b, double tolerance) {
        assertThat(b.size()).isEqualTo(a.size());
        assertThat(b.count()).isEqualTo(a.count());
        assertThat(b.nakamotoCoefficient()).isEqualTo(a.nakamotoCoefficient());
        assertThat(b.tau(0.33)).isEqualTo(a.tau(0.33));
        assertThat(b.tau(0.66)).isEqualTo(a.tau(0.66));
        assertSameContinuousMetrics(a, b, tolerance);
    }

    private static void assertSameContinuousMetrics(Distribution a, Distribution b, double tolerance) {
        assertThat(b.concentrationRatio(1)).isCloseTo(a.concentrationRatio(1), within(tolerance));
        assertThat(b.concentrationRatio(3)).isCloseTo(a.concentrationRatio(3), within(tolerance));
        assertThat(b.gini()).isCloseTo(a.gini(), within(tolerance));
        assertThat(b.hhi()).isCloseTo(a.hhi(), within(1e-6));
        assertThat(b.normalizedHhi()).isCloseTo(a.normalizedHhi(), within(tolerance));
        assertThat(b.shannonEntropy()).isCloseTo(a.shannonEntropy(), within(tolerance));
        assertThat(b.normalizedEntropy()).isCloseTo(a.normalizedEntropy(), within(tolerance));
        assertThat(b.theil()).isCloseTo(a.theil(), within(tolerance));
    }
}
