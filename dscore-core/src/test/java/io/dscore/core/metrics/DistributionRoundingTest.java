package io.dscore.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link Distribution} where its double arithmetic is not exact: a total that cannot be represented, an
 * overflow found in input order, and the hash code the Javadoc defines.
 *
 * <p>Mutation testing notes for the code this class covers: {@code docs/mutation.md}.
 */
class DistributionRoundingTest {

    @Test
    void aLargestShareJustOverHalfOfATotalThatDoublesCannotHoldIsAMajority() {
        // 1 + 2^-52, 1 and 2^-53: the total 2 + 3 * 2^-53 lies between two doubles and rounds to 2 + 2^-51, whose
        // half is exactly the largest share; the exact half, 1 + 1.5 * 2^-53, is below it
        Distribution d = Distribution.of(1, 0x1p-53, 1 + 0x1p-52);

        assertThat(d.total()).isEqualTo(2 + 0x1p-51);
        assertThat(d.nakamotoCoefficient()).isEqualTo(1);
        assertThat(d.tau(0.5)).isEqualTo(1);
    }

    @Test
    void aThresholdWhoseProductWithTheTotalRoundsUpToAPrefixIsExceededByThatPrefix() {
        // the double 0.3 is 0.29999999999999998889...: times 10 it is just below 3, and rounds to 3.0; three of ten
        // equal producers hold 3, strictly more than the threshold times the total, however the product rounds
        Distribution tenEqual = Distribution.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1);

        assertThat(0.3 * 10).isEqualTo(3.0);
        assertThat(tenEqual.tau(0.3)).isEqualTo(3);
        assertThat(tenEqual.tau(0.7)).isEqualTo(7);
        assertThat(tenEqual.tau(0.5)).isEqualTo(6);
    }

    @Test
    void anOverflowIsNamedWhereTheSumInInputOrderPassesTheLargestDouble() {
        assertThatThrownBy(() -> Distribution.of(Double.MAX_VALUE, Double.MAX_VALUE, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amounts must have a finite total (the sum passes 1.7976931348623157E308 at amounts[1],"
                        + " was 1.7976931348623157E308)");
    }

    @Test
    void theHashCodeIsThatOfTheAmountsLargestFirst() {
        assertThat(Distribution.of(1, 3, 0, 2).hashCode()).isEqualTo(Arrays.hashCode(new double[] {3, 2, 1, 0}));
        assertThat(Distribution.of(1, 3, 2).hashCode()).isNotEqualTo(Distribution.of(1, 3, 3).hashCode());
    }
}
