package io.dscore.api;

import java.util.Locale;
import java.util.Objects;

/**
 * Message templates and checks shared by the result types of this package. (A {@link Coin} reports its facts
 * with {@link InvalidFactException}.)
 */
final class Validation {

    static final String BLANK = "%s must not be blank (was '%s')";
    static final String HALF_POINTS = "%s must be a finite multiple of 0.5 (was %s)";
    static final String POINT_ORDER =
            "%s points must satisfy 0 <= minPoints <= points <= maxPoints <= max (was %s, %s, %s, max %s)";
    static final String REASON_SUM = "%s reasons must sum to the points (reasons sum to %s, points %s)";
    static final String COMPONENT_COUNT = "components must hold one score per component, %d (was %d)";
    static final String COMPONENT_ORDER = "components[%d] must be %s (was %s)";
    static final String TOTAL_RANGE = "total must be from 0 to 100 (was %s)";
    static final String POSITIVE = "%s must be > 0 (was %s)";

    private Validation() {
    }

    static String format(String template, Object... args) {
        return String.format(Locale.ROOT, template, args);
    }

    static void text(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(format(BLANK, field, value));
        }
    }

    static void halfPoints(double value, String field) {
        if (!Double.isFinite(value) || value * 2 != Math.rint(value * 2)) {
            throw new IllegalArgumentException(format(HALF_POINTS, field, value));
        }
    }
}
