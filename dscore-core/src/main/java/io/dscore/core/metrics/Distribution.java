package io.dscore.core.metrics;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;

/**
 * How an amount (blocks, hashrate, stake) is spread over independent producers, and the standard concentration
 * metrics of that spread.
 *
 * <p>A distribution holds one non-negative amount per producer: blocks per mining pool, stake per validator. Only
 * proportions matter: multiplying every amount by the same positive factor changes no metric, and neither does
 * their order. The metrics are those the Edinburgh Decentralisation Index computes (in Python); with
 * {@code x} the amounts, {@code T} their total, {@code n} the number of amounts given (zeros included) and
 * {@code m} the number of positive amounts ({@link #size()}):
 * <table>
 *   <caption>Metrics</caption>
 *   <tr><th>metric</th><th>definition</th><th>range</th></tr>
 *   <tr><td>{@link #nakamotoCoefficient()}</td><td>the fewest producers whose combined amount is strictly more
 *       than half of {@code T}</td><td>1 to {@code m}</td></tr>
 *   <tr><td>{@link #tau(double) tau(t)}</td><td>the fewest producers whose combined amount is strictly more than
 *       {@code t * T}</td><td>1 to {@code m}</td></tr>
 *   <tr><td>{@link #concentrationRatio(int) concentrationRatio(k)}</td><td>the share of {@code T} held by the
 *       {@code k} largest producers</td><td>(0, 1]</td></tr>
 *   <tr><td>{@link #gini()}</td><td>{@code sum over i of (2i - n - 1) x(i) / (n T)}, {@code x(i)} ascending,
 *       {@code i} from 1; zeros count in {@code n}</td><td>[0, 1)</td></tr>
 *   <tr><td>{@link #hhi()}</td><td>Herfindahl-Hirschman index: {@code 10000 * sum of (x / T)^2}</td>
 *       <td>(0, 10000]</td></tr>
 *   <tr><td>{@link #normalizedHhi()}</td><td>{@code (H - 1/m) / (1 - 1/m)} with {@code H = hhi() / 10000};
 *       zeros do not count in {@code m}</td><td>[0, 1]</td></tr>
 *   <tr><td>{@link #shannonEntropy()}</td><td>{@code -sum of p log2 p}, {@code p = x / T}, zeros skipped; in
 *       bits</td><td>[0, log2 m]</td></tr>
 *   <tr><td>{@link #normalizedEntropy()}</td><td>{@code shannonEntropy() / log2 m}</td><td>[0, 1]</td></tr>
 *   <tr><td>{@link #theil()}</td><td>Theil T index: {@code (1/n) sum of (x / mu) ln(x / mu)} over positive
 *       {@code x}, {@code mu = T / n}; zeros count in {@code n}</td><td>[0, ln n]</td></tr>
 * </table>
 *
 * <p>Edge cases:
 * <ul>
 *   <li>A zero amount is a producer that produced nothing: it counts in {@code n} for {@link #gini()} and
 *       {@link #theil()} (so {@code [432, 0, 0, 0]} has a Theil index of {@code ln 4}), but not in
 *       {@link #size()}, {@link #normalizedHhi()} or {@link #normalizedEntropy()}.</li>
 *   <li>A single amount gives a Gini coefficient of 0. A single positive amount gives a normalized HHI of 1
 *       and a normalized entropy of 0 (the most concentrated spread).</li>
 *   <li>Ties at the threshold: the Nakamoto coefficient and {@code tau} need <em>strictly</em> more than the
 *       threshold, as the usual definition of the Nakamoto coefficient ("more than half") does. The Edinburgh
 *       Decentralisation Index tool stops as soon as the threshold is reached ("at least"), so for
 *       {@code [3, 2, 1]} it reports a Nakamoto coefficient of 1, and this class 2: the largest producer holds
 *       exactly half, which is not a majority.</li>
 *   <li>Shares too small for a double: a positive amount whose share {@code x / T} is below half of
 *       {@link Double#MIN_VALUE} (as {@code 1e-300} beside {@code 1e300}) has a share that rounds to 0. It adds 0
 *       to {@link #shannonEntropy()} and {@link #theil()}, the limit of {@code p log p} as {@code p} goes to 0
 *       (its true term is below {@code 1e-320} in absolute value), so these metrics stay finite. It still counts
 *       in {@link #size()} and {@code n}: {@code [1e300, 1e-300]} has an entropy of 0, a normalized entropy of 0
 *       and a Theil index of {@code ln 2}, as {@code [1, 0]} has, but a size of 2.</li>
 *   <li>Exactness: the Nakamoto coefficient and {@code tau} are decided exactly for the double values given,
 *       with no rounding that could flip a tie. Each comparison is first made in double arithmetic with
 *       compensated (Neumaier) sums and a rigorous error bound, or exactly when every addition and the product
 *       {@code t * T} (checked with {@link Math#fma}) were free of rounding, as with whole amounts; a comparison
 *       that falls within the bound is redone in exact integer arithmetic ({@link BigInteger}: every double is a
 *       whole multiple of a power of two). The
 *       threshold is the double given: {@code tau(0.66)} uses the double nearest to 0.66. The other metrics are
 *       computed in double arithmetic with compensated sums, to within a few units in the last place of their
 *       terms.</li>
 * </ul>
 *
 * <p>Example:
 * <pre>{@code
 * Distribution pools = Distribution.of(3, 2, 1, 1, 1, 1);
 * pools.size();                 // 6
 * pools.nakamotoCoefficient();  // 2: 3 + 2 = 5 of 9 is more than half
 * pools.tau(0.66);              // 3: 3 + 2 + 1 = 6 of 9 is more than 66%
 * pools.concentrationRatio(1);  // 0.333...
 * Distribution.of(8, 6, 3, 3).hhi(); // 2950.0
 * }</pre>
 *
 * <p>Cost: construction copies and sorts the amounts once, in {@code O(n log n)}; every metric is then a single
 * pass over the sorted copy, {@code O(n)} ({@code O(k)} for {@link #concentrationRatio(int)}; the Nakamoto
 * coefficient and {@code tau} stop at the answer unless a tie sends them to the exact path).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>References: Edinburgh Decentralisation Index, methodology and the {@code consensus-decentralization}
 * tool (blockchain-technology-lab); Srinivasan and Lee, "Quantifying Decentralization" (2017) for the Nakamoto
 * coefficient; Theil, "Economics and Information Theory" (1967).
 *
 * @since 0.1
 */
public final class Distribution {

    private static final double LN2 = Math.log(2);
    /**
     * The relative error bound of a comparison between a compensated prefix sum and {@code t * T}: each of
     * the two sides is within {@code 3u} of its exact value ({@code u = 2^-53}), so {@code 32u} leaves ample room.
     */
    private static final double FILTER_RELATIVE = 32 * 0x1p-53;
    /** Below this a product's rounding error may underflow, so {@link Math#fma} cannot show it is exact. */
    private static final double MIN_EXACT_PRODUCT = 0x1p-969;
    /** Covers the absolute rounding error of {@code t * T} when the product is subnormal. */
    private static final double FILTER_ABSOLUTE = 4 * Double.MIN_VALUE;

    /** Every amount, zeros included, largest first; never -0.0. */
    private final double[] descending;
    /** The number of positive amounts: {@code descending[0 .. size)} are positive, the rest zero. */
    private final int size;
    private final double total;
    private final boolean totalExact;

    private Distribution(double[] amounts) {
        Arrays.sort(amounts);
        for (int i = 0, j = amounts.length - 1; i < j; i++, j--) {
            double x = amounts[i];
            amounts[i] = amounts[j];
            amounts[j] = x;
        }
        this.descending = amounts;
        CompensatedSum sum = new CompensatedSum();
        int positive = 0;
        while (positive < amounts.length && amounts[positive] > 0) {
            sum.add(amounts[positive++]);
        }
        this.size = positive;
        this.total = sum.value();
        this.totalExact = sum.exact();
        if (!Double.isFinite(total)) {
            // the input-order check in validate() catches every realistic overflow; this catches the rest
            throw new IllegalArgumentException(Validation.format(Validation.OVERFLOW, Double.MAX_VALUE,
                    amounts.length - 1, amounts[amounts.length - 1]));
        }
    }

    /**
     * Returns the distribution of the given amounts, one per producer.
     *
     * @param amounts the amount of each producer, each finite and {@code >= 0}, at least one positive; not null,
     *                copied
     * @return the distribution, not null
     * @throws IllegalArgumentException if {@code amounts} is empty, an amount is negative, NaN or infinite, all
     *                                  are zero, or they sum to more than {@link Double#MAX_VALUE}; the message
     *                                  names the position and the value
     * @throws NullPointerException     if {@code amounts} is null
     */
    public static Distribution of(double... amounts) {
        Objects.requireNonNull(amounts, "amounts");
        return new Distribution(validate(amounts.clone()));
    }

    /**
     * Returns the distribution of the given amounts, one per producer, in iteration order (positions in messages
     * count in that order, from 0).
     *
     * @param amounts the amount of each producer, each finite and {@code >= 0}, at least one positive; not null,
     *                copied
     * @return the distribution, not null
     * @throws IllegalArgumentException if {@code amounts} is empty, an amount is null, negative, NaN or infinite,
     *                                  all are zero, or they sum to more than {@link Double#MAX_VALUE}; the
     *                                  message names the position and the value
     * @throws NullPointerException     if {@code amounts} is null
     */
    public static Distribution of(Collection<? extends Number> amounts) {
        Objects.requireNonNull(amounts, "amounts");
        Object[] given = amounts.toArray();
        double[] copy = new double[given.length];
        for (int i = 0; i < given.length; i++) {
            if (given[i] == null) {
                throw new IllegalArgumentException(Validation.format(Validation.NULL_AMOUNT, i));
            }
            copy[i] = ((Number) given[i]).doubleValue();
        }
        return new Distribution(validate(copy));
    }

    /** Checks the amounts in input order, so that messages name the caller's positions; turns -0.0 into 0.0. */
    private static double[] validate(double[] amounts) {
        if (amounts.length == 0) {
            throw new IllegalArgumentException(Validation.EMPTY);
        }
        double plainSum = 0;
        for (int i = 0; i < amounts.length; i++) {
            double x = amounts[i];
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException(Validation.format(Validation.NOT_FINITE, i, x));
            }
            if (x < 0) {
                throw new IllegalArgumentException(Validation.format(Validation.NEGATIVE, i, x));
            }
            if (x == 0) {
                amounts[i] = 0.0;
            }
            plainSum += x;
            if (plainSum == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(Validation.format(Validation.OVERFLOW, Double.MAX_VALUE, i, x));
            }
        }
        if (plainSum == 0) {
            throw new IllegalArgumentException(Validation.format(Validation.ALL_ZERO, amounts.length - 1));
        }
        return amounts;
    }

    /**
     * Returns the number of producers with a positive amount.
     *
     * @return at least 1
     */
    public int size() {
        return size;
    }

    /**
     * Returns the number of amounts given, zeros included: the {@code n} of {@link #gini()} and {@link #theil()}.
     *
     * @return at least {@link #size()}
     */
    public int count() {
        return descending.length;
    }

    /**
     * Returns the sum of the amounts, computed with compensated summation (exact when the amounts are whole
     * numbers below 2^53 in total).
     *
     * @return a positive, finite sum
     */
    public double total() {
        return total;
    }

    /**
     * Returns the Nakamoto coefficient: the smallest number of producers whose combined amount is strictly more
     * than half of the total. Equal to {@code tau(0.5)}. Note that the Edinburgh Decentralisation Index tool
     * counts "at least half", so for {@code [3, 2, 1]} it reports 1 where this method returns 2.
     *
     * @return from 1 to {@link #size()}
     */
    public int nakamotoCoefficient() {
        return tau(0.5);
    }

    /**
     * Returns the tau-decentralization index: the smallest number of producers whose combined amount is strictly
     * more than {@code threshold} times the total. Decided exactly for the doubles given (see the class
     * documentation). The Edinburgh Decentralisation Index tool stops when its threshold is reached ("at least"),
     * so it can report one producer fewer on an exact tie: for {@code [3, 2, 1]} and 0.5 it gives 1, this method
     * 2.
     *
     * @param threshold the share to exceed, strictly between 0 and 1 (0.5 for the Nakamoto coefficient, 0.66
     *                  or 0.33 for the BFT thresholds)
     * @return from 1 to {@link #size()}
     * @throws IllegalArgumentException if {@code threshold} is not strictly between 0 and 1, or is NaN
     */
    public int tau(double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException(Validation.format(Validation.THRESHOLD, threshold));
        }
        double target = threshold * total;
        // the fma residual of a product is itself a double only above the subnormal range
        boolean targetExact = totalExact && target >= MIN_EXACT_PRODUCT && Math.fma(threshold, total, -target) == 0;
        double margin = FILTER_RELATIVE * total + FILTER_ABSOLUTE;
        CompensatedSum prefix = new CompensatedSum();
        for (int k = 0; k < size; k++) {
            prefix.add(descending[k]);
            double p = prefix.value();
            if (targetExact && prefix.exact()) {
                if (p > target) {
                    return k + 1;
                }
            } else if (p > target + margin) {
                return k + 1;
            } else if (p >= target - margin) {
                return exactTau(threshold);
            }
        }
        return exactTau(threshold);
    }

    /**
     * The same search as {@link #tau(double)}, in exact integer arithmetic. Every positive double is
     * {@code m * 2^s} with a whole {@code m} below 2^53, so each amount is a whole number of units of
     * {@code 2^low}, {@code low} the smallest {@code s} among them, and the threshold is {@code mt * 2^st} with
     * {@code st < 0}: {@code prefix > t * total} becomes {@code prefix * 2^-st > mt * total} in
     * {@link BigInteger}s (no rounding, and much cheaper than {@link java.math.BigDecimal}, whose conversion of a
     * double multiplies by powers of 5).
     */
    private int exactTau(double threshold) {
        int low = Integer.MAX_VALUE;
        for (int k = 0; k < size; k++) {
            low = Math.min(low, binaryScale(descending[k]));
        }
        BigInteger sum = BigInteger.ZERO;
        for (int k = 0; k < size; k++) {
            sum = sum.add(units(descending[k], low));
        }
        BigInteger target = BigInteger.valueOf(binaryMantissa(threshold)).multiply(sum);
        int shift = -binaryScale(threshold);
        BigInteger prefix = BigInteger.ZERO;
        for (int k = 0; k < size; k++) {
            prefix = prefix.add(units(descending[k], low));
            if (prefix.shiftLeft(shift).compareTo(target) > 0) {
                return k + 1;
            }
        }
        return size; // not reached: the full sum exceeds any threshold below 1
    }

    /** The whole number {@code m} of a positive double {@code m * 2^s}, {@code m < 2^53}. */
    private static long binaryMantissa(double x) {
        long bits = Double.doubleToRawLongBits(x);
        long fraction = bits & 0xF_FFFF_FFFF_FFFFL;
        return (bits >>> 52) == 0 ? fraction : fraction | 1L << 52;
    }

    /** The exponent {@code s} of a positive double {@code m * 2^s}, {@code m < 2^53}: from -1074 to 971. */
    private static int binaryScale(double x) {
        int biased = (int) (Double.doubleToRawLongBits(x) >>> 52);
        return Math.max(biased, 1) - 1075;
    }

    /** {@code x / 2^low} as a whole number; {@code low} is at most the binary scale of {@code x}. */
    private static BigInteger units(double x, int low) {
        return BigInteger.valueOf(binaryMantissa(x)).shiftLeft(binaryScale(x) - low);
    }

    /**
     * Returns the concentration ratio {@code CR_k}: the share of the total held by the {@code k} largest
     * producers.
     *
     * @param k how many of the largest producers to add up, at least 1; {@code k >= size()} gives 1
     * @return the share, in (0, 1]
     * @throws IllegalArgumentException if {@code k < 1}
     */
    public double concentrationRatio(int k) {
        if (k < 1) {
            throw new IllegalArgumentException(Validation.format(Validation.TOP, k));
        }
        if (k >= size) {
            return 1.0;
        }
        CompensatedSum prefix = new CompensatedSum();
        for (int i = 0; i < k; i++) {
            prefix.add(descending[i]);
        }
        return Math.min(1.0, prefix.value() / total);
    }

    /**
     * Returns the Gini coefficient: {@code sum over i of (2i - n - 1) x(i) / (n T)}, with the amounts
     * {@code x(i)} in ascending order, {@code i} from 1 to {@code n}, and zeros counted in {@code n}.
     * 0 when every amount is equal (and for a single amount); it approaches 1 as one producer holds everything
     * among many (its maximum for {@code n} amounts is {@code (n - 1) / n}).
     *
     * @return the coefficient, in [0, 1)
     */
    public double gini() {
        int n = descending.length;
        if (n == 1) {
            return 0;
        }
        // descending index j has ascending rank i = n - j, so 2i - n - 1 = n - 2j - 1; zeros add nothing
        CompensatedSum sum = new CompensatedSum();
        for (int j = 0; j < size; j++) {
            sum.add((n - 2.0 * j - 1) * (descending[j] / total));
        }
        return Math.max(0.0, sum.value() / n);
    }

    /**
     * Returns the Herfindahl-Hirschman index on the 0 to 10,000 scale: {@code 10000 * sum of (x / T)^2}. Above
     * 2,500 is "highly concentrated" in the US merger guidelines (2010), 10,000 a single producer.
     *
     * @return the index, in (0, 10000]
     */
    public double hhi() {
        CompensatedSum sum = new CompensatedSum();
        for (int j = 0; j < size; j++) {
            double share = descending[j] / total;
            sum.add(share * share);
        }
        return Math.min(10_000.0, 10_000 * sum.value());
    }

    /**
     * Returns the normalized Herfindahl-Hirschman index {@code (H - 1/m) / (1 - 1/m)}, with
     * {@code H = hhi() / 10000} and {@code m = size()} (zeros do not count): 0 when the positive amounts are
     * equal, 1 for a single positive amount.
     *
     * @return the index, in [0, 1]
     */
    public double normalizedHhi() {
        if (size == 1) {
            return 1.0;
        }
        double floor = 1.0 / size;
        double h = hhi() / 10_000;
        return Math.max(0.0, Math.min(1.0, (h - floor) / (1 - floor)));
    }

    /**
     * Returns the Shannon entropy of the shares in bits: {@code -sum of p log2 p} with {@code p = x / T}, zero
     * amounts skipped. 0 for a single positive amount, {@code log2 m} for {@code m} equal ones.
     *
     * @return the entropy in bits, in [0, log2 size()]
     */
    public double shannonEntropy() {
        CompensatedSum sum = new CompensatedSum();
        for (int j = 0; j < size; j++) {
            double p = descending[j] / total;
            if (p > 0) { // a share below Double.MIN_VALUE rounds to 0: its p log p is 0 as well (its limit)
                sum.add(p * Math.log(p));
            }
        }
        return Math.max(0.0, -sum.value() / LN2);
    }

    /**
     * Returns the Shannon entropy divided by its maximum, {@code log2 m} with {@code m = size()} (zeros do not
     * count): 1 when the positive amounts are equal, 0 for a single positive amount.
     *
     * @return the normalized entropy, in [0, 1]
     */
    public double normalizedEntropy() {
        if (size == 1) {
            return 0.0;
        }
        return Math.max(0.0, Math.min(1.0, shannonEntropy() / (Math.log(size) / LN2)));
    }

    /**
     * Returns the Theil T index: {@code (1/n) sum of (x / mu) ln(x / mu)} over the positive amounts, with
     * {@code mu = T / n} and zeros counted in {@code n}. 0 when every amount is equal, {@code ln n} when one
     * producer holds everything (so {@code [432, 0, 0, 0]} gives {@code ln 4}).
     *
     * @return the index in nats, in [0, ln count()]
     */
    public double theil() {
        int n = descending.length;
        CompensatedSum sum = new CompensatedSum();
        for (int j = 0; j < size; j++) {
            double r = (descending[j] / total) * n;
            if (r > 0) { // as in shannonEntropy(): a share that rounds to 0 adds its limit, 0
                sum.add(r * Math.log(r));
            }
        }
        return Math.max(0.0, sum.value() / n);
    }

    /**
     * Tells whether {@code other} is a distribution of the same amounts, in any order.
     *
     * @param other the object to compare with, may be null
     * @return {@code true} if {@code other} is a {@code Distribution} with the same multiset of amounts
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Distribution && Arrays.equals(descending, ((Distribution) other).descending);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code of the sorted amounts
     */
    @Override
    public int hashCode() {
        return Arrays.hashCode(descending);
    }

    /**
     * Returns a short description: the counts, the total and the Nakamoto coefficient.
     *
     * @return for example {@code "Distribution[count=6, size=6, total=9.0, nakamotoCoefficient=2]"}
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Distribution[count=%d, size=%d, total=%s, nakamotoCoefficient=%d]",
                count(), size, total, nakamotoCoefficient());
    }
}
