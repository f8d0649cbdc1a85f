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
    static final String SAME_COIN = "results must be of the same coin (symbol %s, earlier %s)";
    static final String SAME_METHODOLOGY = "results must be of the same methodology (%s, earlier %s)";
    static final String BAND_OF_TOTAL = "%s must be the band of %s, %s (was %s)";
    static final String CHANGE_SUM = "components must sum to the totals (%s, %s; was %s, %s)";
    static final String FACT_UNCHANGED = "a fact change must change the value (%s was '%s' both times)";
    static final String FACT_ORDER = "facts must be distinct and in Fact order (%s after %s)";
    static final String REASON_UNCHANGED = "a reason change must add, remove or re-weigh a reason (%s, %s both times)";
    static final String REASON_COMPONENT = "%s is not a reason code of %s";
    static final String REASON_PAIR = "a reason change must pair two reasons of one code (%s, earlier %s)";

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
