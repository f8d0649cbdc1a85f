package io.dscore.core;

/** The lowest and highest points seen while evaluating a component over candidate values of unknown facts. */
final class Range {

    private double min;
    private double max;

    Range(double points) {
        this.min = points;
        this.max = points;
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
