package io.dscore.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The exact Nakamoto count behind Coin's consistency check, against the definition in {@link BigDecimal}. */
class MajorityTest {

    @Test
    void tiesAreNotMajorities() {
        assertThat(Majority.nakamotoCoefficient(new double[] {3, 2, 1})).isEqualTo(2);
        assertThat(Majority.nakamotoCoefficient(new double[] {1, 1})).isEqualTo(2);
        assertThat(Majority.nakamotoCoefficient(new double[] {5})).isEqualTo(1);
        assertThat(Majority.nakamotoCoefficient(new double[] {0, 5, 0})).isEqualTo(1);
        // 1 + 2^-52 against 1 + 2^-53 + 2^-53: an exact tie that plain double sums see as a majority
        assertThat(Majority.nakamotoCoefficient(new double[] {1 + 0x1p-52, 1, 0x1p-53, 0x1p-53})).isEqualTo(2);
        assertThat(Majority.nakamotoCoefficient(new double[] {0.1, 0.2, 0.3})).isEqualTo(2);
        assertThat(Majority.nakamotoCoefficient(new double[] {Double.MIN_VALUE, Double.MIN_VALUE, Double.MIN_VALUE}))
                .isEqualTo(2);
        assertThat(Majority.nakamotoCoefficient(new double[] {1e300, 1e-300, 1e300})).isEqualTo(2);
    }

    @Test
    void matchesTheDefinitionOnDecimalFractions() {
        // tenths from 0 to 2 make many near-ties that double sums get wrong
        qt().withExamples(1000)
                .forAll(lists().of(integers().between(0, 20).map(i -> i / 10.0)).ofSizeBetween(1, 30))
                .assuming(list -> list.stream().anyMatch(x -> x > 0))
                .checkAssert(list -> {
                    double[] shares = list.stream().mapToDouble(Double::doubleValue).toArray();
                    assertThat(Majority.nakamotoCoefficient(shares)).isEqualTo(reference(shares));
                });
    }

    private static int reference(double[] shares) {
        double[] sorted = shares.clone();
        Arrays.sort(sorted);
        BigDecimal total = BigDecimal.ZERO;
        for (double x : sorted) {
            total = total.add(new BigDecimal(x));
        }
        BigDecimal prefix = BigDecimal.ZERO;
        for (int k = 1; k <= sorted.length; k++) {
            prefix = prefix.add(new BigDecimal(sorted[sorted.length - k]));
            if (prefix.multiply(BigDecimal.valueOf(2)).compareTo(total) > 0) {
                return k;
            }
        }
        throw new AssertionError("no majority");
    }
}
