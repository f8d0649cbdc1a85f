package io.dscore.core;

/** Formats point values and quantities the way reasons print them: 28, 2.5, 16.67. */
final class Points {

    /** Below this magnitude a value rounded to hundredths is written as digits, without an exponent. */
    private static final double PLAIN = 1e7;

    private Points() {
    }

    /**
     * The value rounded to hundredths, without trailing zeros: {@code 28}, {@code 2.5}, {@code 16.67}. Below
     * 10,000,000 the digits are written from the whole number of hundredths (this is the text of a reason, built
     * for every reason read; {@link Double#toString} took a tenth of the time of reading every reason); larger
     * values as {@link Double#toString} writes them.
     */
    static String format(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) {
            return Long.toString((long) rounded);
        }
        if (Math.abs(rounded) >= PLAIN) {
            return Double.toString(rounded);
        }
        long hundredths = Math.abs(Math.round(value * 100));
        long cents = hundredths % 100;
        String fraction = cents % 10 == 0 ? Long.toString(cents / 10) : (cents < 10 ? "0" : "") + cents;
        return (value < 0 ? "-" : "") + hundredths / 100 + "." + fraction;
    }
}
