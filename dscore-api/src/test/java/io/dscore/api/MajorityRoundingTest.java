package io.dscore.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The Nakamoto count of {@link Majority} where double arithmetic goes wrong: ties and near-ties hidden under
 * thousands of shares too small to change a plain double sum, in any input order. The count must still match
 * the definition, computed here in {@link BigDecimal}.
 *
 * <p>Mutants PIT reports as surviving in {@code Majority}, each equivalent (no input can tell it apart):
 * <ul>
 *   <li>{@code binaryScale}: {@code - 1075} replaced by {@code + 1075}: scales are only ever subtracted from
 *       one another ({@code binaryScale(x) - low}), so a constant offset cancels;</li>
 *   <li>{@code exact}: {@code x > 0} as {@code x >= 0} (twice): a zero share then lowers {@code low} (more
 *       units per share, the same comparisons) or adds {@code units(0) = 0};</li>
 *   <li>{@code exact}: {@code i >= 0} as {@code i > 0}: the last share is the smallest, and a majority reached
 *       only with it is {@code ascending.length}, which the fallback return gives;</li>
 *   <li>{@code nakamotoCoefficient}: {@code >=} as {@code >} in the two Neumaier branch tests
 *       ({@code |sum| >= |x|}): when {@code |sum| == |x|} both formulas give the exact error;</li>
 *   <li>{@code nakamotoCoefficient}, in both loops: {@code (x - t) + sum} as {@code (x - t) - sum}: that branch
 *       runs only for the first (largest) share, when {@code sum} is 0; {@code (sum - t) + x} as
 *       {@code (sum - t) - x} in the second loop and {@code (sum - t)} as {@code (sum + t)} in the first: the
 *       compensation becomes about minus twice the prefix, or three times the total, so no prefix ever falls
 *       within or beyond the margin and the exact count answers;</li>
 *   <li>{@code nakamotoCoefficient}: {@code i >= 0} negated in the second loop: the loop never runs and the
 *       exact count answers;</li>
 *   <li>{@code nakamotoCoefficient}: {@code i >= 0} as {@code i > 0} in the second loop, {@code total / 2} as
 *       {@code total * 2}: the fast path decides nothing and the exact count answers;</li>
 *   <li>{@code nakamotoCoefficient}: {@code prefix > half + margin} as {@code >=} and
 *       {@code prefix >= half - margin} as {@code >}: a prefix at exactly the edge of the margin is still
 *       {@code 30u} of the total away from half, on the same side;</li>
 *   <li>{@code nakamotoCoefficient}: {@code MARGIN * total} as {@code MARGIN / total}: a smaller margin changes a
 *       result only where the compensated sums are off by more than it; not shown killable: two million
 *       constructed near-ties (a share rounded to the exact sum of up to 13 others of exponents -60 to 60,
 *       scaled by 2^500) found none.</li>
 * </ul>
 * PIT also reports three lines without coverage, none reachable: the fallback returns after each loop (the whole
 * sum is a majority of itself) and {@code units(0)} (the prefix reaches a majority before the zero shares).
 */
class MajorityRoundingTest {

    private static final double TINY = 0x1p-60;

    /** {@code big}, {@code 1}, and {@code count} shares of 2^-60, the tiny ones lost by any plain double sum. */
    private static double[] underTinyShares(double big, int count) {
        double[] shares = new double[count + 2];
        Arrays.fill(shares, TINY);
        shares[count / 2] = big;
        shares[count + 1] = 1;
        return shares;
    }

    @Test
    void aTieHiddenUnderThousandsOfTinySharesIsNotAMajority() {
        // 1 + 2^-45 against 1 + 2^15 * 2^-60 = 1 + 2^-45: an exact tie; the double sum of the rest is 1
        double[] shares = underTinyShares(1 + 0x1p-45, 1 << 15);

        assertThat(reference(shares)).isEqualTo(2);
        assertThat(Majority.nakamotoCoefficient(shares)).isEqualTo(2);
    }

    @Test
    void oneTinyShareLessMakesTheLargestAMajority() {
        double[] shares = underTinyShares(1 + 0x1p-45, (1 << 15) - 1);

        assertThat(reference(shares)).isEqualTo(1);
        assertThat(Majority.nakamotoCoefficient(shares)).isEqualTo(1);
    }

    @Test
    void oneTinyShareMoreTakesTheLargestBelowHalf() {
        double[] shares = underTinyShares(1 + 0x1p-45, (1 << 15) + 1);

        assertThat(reference(shares)).isEqualTo(2);
        assertThat(Majority.nakamotoCoefficient(shares)).isEqualTo(2);
    }

    @Test
    void tiesHiddenUnderTinySharesMatchTheDefinitionInAnyOrder() {
        long seed = 0x6d616a6f72L;
        Random random = new Random(seed);
        for (int example = 0; example < 60; example++) {
            // a largest share 1 + j/2^52 (or the double below it) against 1 and count shares of 2^-(52 + d) that
            // add up to j/2^52 (or one share fewer): a tie, a share just short of half, a share just over it
            int d = 1 + random.nextInt(4);
            int j = 65 + random.nextInt(64);
            int count = j << d;
            double tiny = Math.scalb(1.0, -52 - d);
            double big = 1 + Math.scalb((double) j, -52);
            int offset = random.nextInt(3) - 1;
            double[] shares = new double[count + 2 - Math.max(offset, 0)];
            Arrays.fill(shares, tiny);
            shares[0] = offset < 0 ? Math.nextDown(big) : big;
            shares[1] = 1;
            shuffle(shares, random);

            assertThat(Majority.nakamotoCoefficient(shares))
                    .as("seed %d, example %d: d %d, j %d, offset %d", seed, example, d, j, offset)
                    .isEqualTo(reference(shares));
        }
    }

    @Test
    void equalSharesNeedOneMoreThanHalfOfThem() {
        // n equal shares of 1 + m/2^52: plain double prefix sums drift by several units in the last place
        Random random = new Random(7);
        for (int example = 0; example < 40; example++) {
            int n = 2 + random.nextInt(400);
            double share = 1 + Math.scalb((double) (1 + random.nextInt(1 << 20)), -52);
            double[] shares = new double[n];
            Arrays.fill(shares, share);

            assertThat(Majority.nakamotoCoefficient(shares)).as("%d shares of %s", n, share).isEqualTo(n / 2 + 1);
        }
    }

    @Test
    void equalSharesWhosePlainSumsDriftUpwardNeedOneMoreThanHalfOfThem() {
        // 1 + (2^(e-1) + 1)/2^52: once a plain double sum passes 2^e, every addition of it rounds up by almost half
        // a unit, and by n = 700 (e = 8) the plain prefix overshoots half of the total by more than the 32u
        // margin; the compensated prefix must not, or the count comes out one short
        for (int e = 7; e <= 9; e++) {
            double share = 1 + Math.scalb((double) ((1 << (e - 1)) + 1), -52);
            for (int n = 2; n <= 4 << e; n += 6) {
                double[] shares = new double[n];
                Arrays.fill(shares, share);

                assertThat(Majority.nakamotoCoefficient(shares)).as("%d shares of %s", n, share)
                        .isEqualTo(n / 2 + 1);
            }
        }
    }

    private static void shuffle(double[] values, Random random) {
        for (int i = values.length - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            double x = values[i];
            values[i] = values[k];
            values[k] = x;
        }
    }

    /** The definition, in exact decimal arithmetic. */
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
