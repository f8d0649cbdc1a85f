package io.dscore.api;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The Nakamoto coefficient of producer shares, for the consistency check of {@link Coin}: the fewest shares whose
 * sum is strictly more than half of the total.
 *
 * <p>The same rule, decided exactly in the same way, as {@code io.dscore.core.metrics.Distribution}, which this
 * module cannot call: first in double arithmetic with compensated (Neumaier) sums, which are within {@code 2u}
 * of the exact sums ({@code u = 2^-53}), so a prefix farther than {@code 32u} of the total from half is on the
 * right side of it; a prefix within that margin sends the whole count to exact integer arithmetic.
 */
final class Majority {

    /** 32 units of 2^-53, relative to the total. */
    private static final double MARGIN = 0x1p-48;

    private Majority() {
    }

    /**
     * Returns the Nakamoto coefficient of {@code shares}, each finite and {@code >= 0}, at least one positive, with
     * a finite sum.
     */
    static int nakamotoCoefficient(double[] shares) {
        double[] sorted = shares.clone();
        Arrays.sort(sorted);
        double sum = 0;
        double compensation = 0;
        for (int i = sorted.length - 1; i >= 0; i--) {
            double x = sorted[i];
            double t = sum + x;
            compensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
            sum = t;
        }
        double total = sum + compensation;
        double half = total / 2;
        double margin = MARGIN * total + 4 * Double.MIN_VALUE;
        sum = 0;
        compensation = 0;
        for (int i = sorted.length - 1, k = 1; i >= 0; i--, k++) {
            double x = sorted[i];
            double t = sum + x;
            compensation += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
            sum = t;
            double prefix = sum + compensation;
            if (prefix > half + margin) {
                return k;
            }
            if (prefix >= half - margin) {
                return exact(sorted);
            }
        }
        return exact(sorted);
    }

    /**
     * The same count without rounding. Every positive double is {@code m * 2^s} with a whole {@code m} below
     * 2^53; counted in units of {@code 2^low}, {@code low} the smallest {@code s}, each share is a whole number,
     * added up as a {@link BigInteger}.
     */
    private static int exact(double[] ascending) {
        int low = Integer.MAX_VALUE;
        for (double x : ascending) {
            if (x > 0) {
                low = Math.min(low, binaryScale(x));
            }
        }
        BigInteger total = BigInteger.ZERO;
        for (double x : ascending) {
            if (x > 0) {
                total = total.add(units(x, low));
            }
        }
        BigInteger prefix = BigInteger.ZERO;
        for (int i = ascending.length - 1, k = 1; i >= 0; i--, k++) {
            prefix = prefix.add(units(ascending[i], low));
            if (prefix.shiftLeft(1).compareTo(total) > 0) {
                return k;
            }
        }
        return ascending.length; // not reached: the whole sum is more than half of itself
    }

    /** The exponent {@code s} of a positive double {@code m * 2^s}, {@code m < 2^53}: from -1074 to 971. */
    private static int binaryScale(double x) {
        int biased = (int) (Double.doubleToRawLongBits(x) >>> 52);
        return Math.max(biased, 1) - 1075;
    }

    /** A double {@code x >= 0} as a whole number of units of {@code 2^low}, {@code low <= binaryScale(x)}. */
    private static BigInteger units(double x, int low) {
        if (x == 0) {
            return BigInteger.ZERO;
        }
        long bits = Double.doubleToRawLongBits(x);
        long fraction = bits & 0xF_FFFF_FFFF_FFFFL;
        long mantissa = (bits >>> 52) == 0 ? fraction : fraction | 1L << 52;
        return BigInteger.valueOf(mantissa).shiftLeft(binaryScale(x) - low);
    }
}
