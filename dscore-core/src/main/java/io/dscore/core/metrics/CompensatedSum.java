package io.dscore.core.metrics;

/**
 * A running sum of doubles with Neumaier's compensation (the Kahan-Babuska improvement of Kahan summation), which
 * also tells whether every addition was exact.
 *
 * <p>Each addition {@code s + x} is split into its rounded result and its rounding error by Fast2Sum, which is
 * itself exact in round-to-nearest; the errors are summed separately and added back at the end. For
 * {@code m} terms of one sign the result is within {@code (u + c m u^2)} of the true sum, relatively
 * ({@code u = 2^-53}), so below {@code 2u} for any array length. When no addition had a rounding error,
 * {@link #exact()} is true and {@link #value()} is the exact sum.
 */
final class CompensatedSum {

    private double sum;
    private double compensation;
    private boolean exact = true;

    void add(double x) {
        double t = sum + x;
        double error = Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
        if (error != 0) {
            exact = false;
            compensation += error;
        }
        sum = t;
    }

    double value() {
        return sum + compensation;
    }

    /** True if no addition so far was rounded: {@link #value()} is then the exact sum. */
    boolean exact() {
        return exact;
    }
}
