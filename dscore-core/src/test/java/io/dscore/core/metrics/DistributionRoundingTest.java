package io.dscore.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link Distribution} where its double arithmetic is not exact: a total that cannot be represented, an
 * overflow found in input order, and the hash code the Javadoc defines.
 *
 * <p>Mutants PIT reports as surviving in {@code Distribution} and {@code CompensatedSum}, each equivalent (no
 * result changes; some only make the exact integer path run more often):
 * <ul>
 *   <li>the constructor: {@code i < j} as {@code i <= j} in the reversal swaps the middle element with
 *       itself;</li>
 *   <li>{@code concentrationRatio}: {@code k >= size} as {@code k > size}: for {@code k == size} the prefix is
 *       the same compensated sum, in the same order, as the total, so the ratio is exactly 1;</li>
 *   <li>{@code tau}: {@code k < size} as {@code k <= size} or negated, and {@code exactTau}: {@code k < size}
 *       as {@code k <= size}: the whole sum is past any threshold below 1, so the loop returns before (or,
 *       negated, never runs and the exact path answers); removing {@code prefix.add} leaves the prefix at 0,
 *       below every target, and the exact path answers;</li>
 *   <li>{@code tau}: {@code target >= MIN_EXACT_PRODUCT} as {@code >}, {@code -target} as {@code target} in
 *       the {@code fma} test (never 0 then), and {@code CompensatedSum.exact()} always false: the target is
 *       then never taken as exact, and the margin path with its exact fallback decides the same;</li>
 *   <li>{@code tau}: {@code p > target + margin} as {@code >=}, {@code p >= target - margin} as {@code >}: a
 *       prefix at exactly the edge of the 32u margin is 29u of the total or more from the target, on the same
 *       side; {@code FILTER_RELATIVE * total} as {@code /}: not shown killable (see
 *       {@code MajorityRoundingTest} in dscore-api for the same margin);</li>
 *   <li>{@code tau}: {@code prefix.exact()} negated in {@code targetExact && prefix.exact()}: the prefix adds
 *       the same amounts in the same order as the total, so when the total is exact (which an exact target
 *       needs) every prefix is exact too, and the negated test is never true: the margin path decides;</li>
 *   <li>{@code CompensatedSum.add}: {@code |sum| >= |x|} as {@code >}: with equal magnitudes both formulas give
 *       the exact error.</li>
 * </ul>
 * PIT also reports lines without coverage that no input reaches: the overflow check after sorting (the
 * input-order check in {@code validate} comes first) and the fallback return of {@code tau}/{@code exactTau}.
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
