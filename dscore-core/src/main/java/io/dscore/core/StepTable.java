package io.dscore.core;

/**
 * A rule table: points by the first row whose threshold a value reaches.
 *
 * <p>An "at least" table gives the points of the first row with {@code value >= threshold} (thresholds
 * descending); an "at most" table those of the first row with {@code value <= threshold} (thresholds ascending).
 * A value that reaches no row gets {@code otherwise}.
 */
final class StepTable {

    private final boolean atLeast;
    private final double[] thresholds;
    private final double[] points;
    private final double otherwise;

    private StepTable(boolean atLeast, double[] thresholds, double[] points, double otherwise) {
        if (thresholds.length != points.length) {
            throw new IllegalArgumentException("thresholds and points differ in length");
        }
        this.atLeast = atLeast;
        this.thresholds = thresholds.clone();
        this.points = points.clone();
        this.otherwise = otherwise;
    }

    static StepTable atLeast(double[] thresholds, double[] points, double otherwise) {
        return new StepTable(true, thresholds, points, otherwise);
    }

    static StepTable atMost(double[] thresholds, double[] points, double otherwise) {
        return new StepTable(false, thresholds, points, otherwise);
    }

    double at(double value) {
        for (int i = 0; i < thresholds.length; i++) {
            if (atLeast ? value >= thresholds[i] : value <= thresholds[i]) {
                return points[i];
            }
        }
        return otherwise;
    }

    /** Describes the row {@code value} falls in, such as "1000 or more" or "10 to 99". */
    String rowOf(double value) {
        for (int i = 0; i < thresholds.length; i++) {
            if (atLeast ? value >= thresholds[i] : value <= thresholds[i]) {
                if (i == 0) {
                    return (atLeast ? Points.format(thresholds[0]) + " or more" : "up to " + Points.format(thresholds[0]));
                }
                return atLeast
                        ? Points.format(thresholds[i]) + " to " + Points.format(Math.ceil(thresholds[i - 1]) - 1)
                        : "over " + Points.format(thresholds[i - 1]) + " up to " + Points.format(thresholds[i]);
            }
        }
        return atLeast
                ? "below " + Points.format(thresholds[thresholds.length - 1])
                : "over " + Points.format(thresholds[thresholds.length - 1]);
    }
}
