package io.dscore.core;

/**
 * The lowest and highest points seen while evaluating a component over candidate values of unknown facts.
 * Reusable: {@link #from} starts a new range.
 */
final class Range {

    private double min;
    private double max;

    /** Starts the range at {@code points}, forgetting what it held; returns this range. */
    Range from(double points) {
        min = points;
        max = points;
        return this;
    }

    void include(double points) {
        min = Math.min(min, points);
        max = Math.max(max, points);
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    boolean wide() {
        return min < max;
    }
}
