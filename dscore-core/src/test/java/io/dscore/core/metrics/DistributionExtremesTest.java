package io.dscore.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link Distribution}'s entropy and Theil index on amounts from 1e-300 to 1e300, where a share {@code x / T}
 * can be smaller than the smallest double and round to 0: such a share adds 0, the limit of {@code p log p}
 * (before, {@code 0 * log 0} made every one of these metrics NaN).
 *
 * <p>Two references, both written out here: the plain formula ({@code -sum of p log2 p}, {@code p = x / T}),
 * compared where no share is below the smallest normal double, and the same metrics computed from the logarithms
 * of the amounts rescaled by the largest ({@code H = ln S - (1/S) sum of y ln y}, {@code y = x / max},
 * {@code S = sum of y}), which holds for any amounts. 2,000 generated distributions each (QuickTheories prints
 * the seed of a failure).
 */
class DistributionExtremesTest {

    private static final int EXAMPLES = 2000;
    private static final double LN2 = Math.log(2);
    /** The metrics are sums of up to 60 terms of magnitude up to ln 60: a few units in the last place of each. */
    private static final double TOLERANCE = 1e-12;

    /**
     * One amount: about 15% zero, 5% the smallest positive double, 5% the smallest normal one, 5% the largest
     * that 64 copies of do not overflow, the rest {@code m * 10^e}, {@code m} in [1, 10), {@code e} from -300
     * to 299 (log-uniform).
     */
    private static Gen<Double> amount() {
        return integers().between(0, 19).zip(logUniform(-300, 299), (kind, x) -> {
            switch (kind) {
                case 0:
                case 1:
                case 2:
                    return 0.0;
                case 3:
                    return Double.MIN_VALUE;
                case 4:
                    return Double.MIN_NORMAL;
                case 5:
                    return Double.MAX_VALUE / 64;
                default:
                    return x;
            }
        });
    }

    /** {@code m * 10^e}, {@code m} in [1, 10), {@code e} from {@code low} to {@code high}. */
    private static Gen<Double> logUniform(int low, int high) {
        return doubles().between(1, 10).zip(integers().between(low, high), (m, e) -> m * Math.pow(10, e));
    }

    /** A distribution's amounts: 1 to 60 of them, at least one positive. */
    private static Gen<double[]> amounts() {
        return distributions(amount());
    }

    /**
     * Amounts whose shares of their total are all normal doubles: about 15% zero, the rest from 1e-150 to 1e150,
     * so that the smallest share is at least 1e-300 / 60.
     */
    private static Gen<double[]> amountsWithoutUnderflow() {
        return distributions(integers().between(0, 19).zip(logUniform(-150, 149), (kind, x) -> kind < 3 ? 0.0 : x));
    }

    private static Gen<double[]> distributions(Gen<Double> amount) {
        return lists().of(amount).ofSizeBetween(1, 60)
                .map(DistributionExtremesTest::toArray)
                .assuming(a -> Arrays.stream(a).anyMatch(x -> x > 0));
    }

    private static double[] toArray(List<Double> list) {
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Test
    void aShareTooSmallForADoubleAddsNothing() {
        // 1e-300 of 1e300 is 1e-600, and MIN_VALUE of MAX_VALUE 2.7e-632: both round to 0
        for (Distribution d : List.of(Distribution.of(1e300, 1e-300), Distribution.of(Double.MAX_VALUE,
                Double.MIN_VALUE), Distribution.of(1e-300, 1e300))) {
            assertThat(d.size()).isEqualTo(2);
            assertThat(d.shannonEntropy()).isEqualTo(0.0);
            assertThat(d.normalizedEntropy()).isEqualTo(0.0);
            assertThat(d.theil()).isEqualTo(LN2); // (1/2) 2 ln 2: as for [1, 0]
        }
    }

    @Test
    void sharesTooSmallForADoubleBesideEqualOnesLeaveTheirMetrics() {
        Distribution d = Distribution.of(1e300, 1e-300, 1e300, Double.MIN_VALUE, 1e-300);

        assertThat(d.size()).isEqualTo(5);
        assertThat(d.count()).isEqualTo(5);
        assertThat(d.shannonEntropy()).isEqualTo(1.0);                              // two equal halves
        assertThat(d.normalizedEntropy()).isCloseTo(1 / (Math.log(5) / LN2), within(TOLERANCE));
        assertThat(d.theil()).isCloseTo(Math.log(2.5), within(TOLERANCE));      // (1/5) 2 (2.5 ln 2.5)
    }

    @Test
    void aShareThatIsSubnormalButNotZeroStillCounts() {
        // 1e-310 of 1 is a subnormal double: its p log2 p, 1e-310 * 1029.8, is what the entropy holds
        Distribution d = Distribution.of(1, 1e-310);

        assertThat(d.shannonEntropy()).isCloseTo(-1e-310 * Math.log(1e-310) / LN2, within(1e-320));
        assertThat(d.shannonEntropy()).isPositive();
    }

    @Test
    void amountsFrom1eMinus300To1e300GiveFiniteMetricsWithinTheirBounds() {
        qt().withExamples(EXAMPLES).forAll(amounts()).checkAssert(amounts -> {
            Distribution d = Distribution.of(amounts);
            assertWithinBounds(d);
        });
    }

    @Test
    void whereNoShareUnderflowsTheMetricsAreThoseOfThePlainFormula() {
        qt().withExamples(EXAMPLES).forAll(amountsWithoutUnderflow()).checkAssert(amounts -> {
            Distribution d = Distribution.of(amounts);
            assertThat(Arrays.stream(amounts).allMatch(x -> x == 0 || x / d.total() >= Double.MIN_NORMAL)).isTrue();
            double total = d.total();
            int n = amounts.length;
            double entropy = 0;
            double theil = 0;
            for (double x : amounts) {
                if (x > 0) {
                    double p = x / total;
                    entropy -= p * Math.log(p) / LN2;
                    theil += p * Math.log(p * n);
                }
            }
            assertThat(d.shannonEntropy()).isCloseTo(entropy, within(TOLERANCE));
            assertThat(d.theil()).isCloseTo(theil, within(TOLERANCE));
        });
    }

    @Test
    void anyAmountsGiveTheMetricsComputedFromLogarithms() {
        qt().withExamples(EXAMPLES).forAll(amounts()).checkAssert(amounts -> {
            Distribution d = Distribution.of(amounts);
            assertThat(d.shannonEntropy()).isCloseTo(entropyFromLogs(amounts), within(TOLERANCE));
            assertThat(d.theil()).isCloseTo(theilFromLogs(amounts), within(TOLERANCE));
        });
    }

    @Test
    void aMillionLogUniformAmountsGiveFiniteMetrics() {
        // 1e-300 to 1e300: most shares are far below the smallest double
        Random random = new Random(17);
        double[] amounts = new double[1_000_000];
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = Math.pow(10, 600 * random.nextDouble() - 300);
        }
        Distribution d = Distribution.of(amounts);

        assertThat(Arrays.stream(amounts).filter(x -> x / d.total() == 0).count()).isPositive();
        assertWithinBounds(d);
        assertThat(d.shannonEntropy()).isCloseTo(entropyFromLogs(amounts), within(1e-9));
        assertThat(d.theil()).isCloseTo(theilFromLogs(amounts), within(1e-9));
    }

    private static void assertWithinBounds(Distribution d) {
        int m = d.size();
        int n = d.count();
        double log2m = Math.log(m) / LN2;
        // the bounds, to within the rounding of a sum that reaches them (m equal amounts, one of n)
        assertThat(d.shannonEntropy()).isFinite().isBetween(0.0, log2m + TOLERANCE);
        assertThat(d.normalizedEntropy()).isFinite().isBetween(0.0, 1.0);
        assertThat(d.theil()).isFinite().isBetween(0.0, Math.log(n) + TOLERANCE);
    }

    /** {@code log2 of (S / max) - (1/S) sum of y log2 y}, {@code y = x / max}, {@code S} the sum of the y. */
    private static double entropyFromLogs(double[] amounts) {
        double max = Arrays.stream(amounts).max().getAsDouble();
        double sum = 0;
        double weighted = 0;
        for (double x : amounts) {
            double y = x / max; // in (0, 1]; one that rounds to 0 weighs nothing
            if (y > 0) {
                sum += y;
                weighted += y * Math.log(y);
            }
        }
        return Math.max(0.0, (Math.log(sum) - weighted / sum) / LN2);
    }

    /** {@code ln n - H}, with {@code H} the entropy in nats: the Theil index. */
    private static double theilFromLogs(double[] amounts) {
        return Math.max(0.0, Math.log(amounts.length) - entropyFromLogs(amounts) * LN2);
    }
}
