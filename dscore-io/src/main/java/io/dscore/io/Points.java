package io.dscore.io;

/** How points are printed: plain decimals, {@code 68} or {@code 93.5}, never {@code 68.0}. */
final class Points {

    private Points() {
    }

    /** The points as plain decimal text. */
    static String text(double points) {
        return whole(points) ? Long.toString((long) points) : Double.toString(points);
    }

    /** Whether the points are a whole number, so they can be written as an integer. */
    static boolean whole(double points) {
        return points == Math.rint(points) && Math.abs(points) < 1e15;
    }

    /** {@code min-max}, the range of points over the unknown facts. */
    static String range(double min, double max) {
        return text(min) + "-" + text(max);
    }
}
