package io.dscore.core;

/** Formats point values and quantities the way reasons print them: 28, 2.5, 16.7. */
final class Points {

    private Points() {
    }

    static String format(double value) {
        value = Math.round(value * 100) / 100.0;
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
