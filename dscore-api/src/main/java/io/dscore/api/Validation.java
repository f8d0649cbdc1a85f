package io.dscore.api;

import java.util.Locale;

/** Message templates and checks shared by the value types of this package. */
final class Validation {

    static final String REQUIRED = "%s is required (was null)";
    static final String BLANK = "%s must not be blank (was '%s')";
    static final String AT_LEAST = "%s must be >= %d (was %d)";
    static final String PERCENT = "%s must be a percentage from 0 to 100 (was %s)";
    static final String YEAR = "%s must be %d or later (was %d)";
    static final String NAKAMOTO_ABOVE_PRODUCERS =
            "nakamotoCoefficient must be <= blockProducers (was nakamotoCoefficient %d, blockProducers %d)";
    static final String SHARED_SECURITY_WITHOUT_HOST =
            "sharedSecurity YES needs the hostChain that provides the security (was sharedSecurity YES, hostChain empty)";
    static final String SHARE = "producerShares[%d] must be a finite amount >= 0 (was %s)";
    static final String SHARES_ALL_ZERO =
            "producerShares must hold a positive amount (producerShares[0] to producerShares[%d] are all 0)";
    static final String SHARES_OVERFLOW =
            "producerShares must have a finite total (the sum passes %s at producerShares[%d], was %s)";
    static final String PRODUCERS_CONTRADICT_SHARES = "blockProducers contradicts producerShares (was blockProducers "
            + "%d, producerShares has %d positive amounts)";
    static final String NAKAMOTO_CONTRADICTS_SHARES = "nakamotoCoefficient contradicts producerShares (was "
            + "nakamotoCoefficient %d, producerShares give a Nakamoto coefficient of %d)";
    static final String HALF_POINTS = "%s must be a finite multiple of 0.5 (was %s)";
    static final String POINT_ORDER =
            "%s points must satisfy 0 <= minPoints <= points <= maxPoints <= max (was %s, %s, %s, max %s)";
    static final String REASON_SUM = "%s reasons must sum to the points (reasons sum to %s, points %s)";
    static final String LAZY_REASON_SUM = "lazy reasons must sum to the points (reasons sum to %s, points %s)";
    static final String COMPONENT_COUNT = "components must hold one score per component, 5 (was %d)";
    static final String COMPONENT_ORDER = "components[%d] must be %s (was %s)";
    static final String TOTAL_RANGE = "total must be from 0 to 100 (was %s)";
    static final String POSITIVE = "%s must be > 0 (was %s)";

    /** The year of the Bitcoin white paper: no coin launched before it. */
    static final int FIRST_LAUNCH_YEAR = 2008;

    private Validation() {
    }

    static String format(String template, Object... args) {
        return String.format(Locale.ROOT, template, args);
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(format(REQUIRED, field));
        }
        return value;
    }

    static void text(String value, String field) {
        required(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(format(BLANK, field, value));
        }
    }

    static void atLeast(int value, int min, String field) {
        if (value < min) {
            throw new IllegalArgumentException(format(AT_LEAST, field, min, value));
        }
    }

    static void percent(double value, String field) {
        if (!(value >= 0 && value <= 100)) {
            throw new IllegalArgumentException(format(PERCENT, field, value));
        }
    }

    static void halfPoints(double value, String field) {
        if (!Double.isFinite(value) || value * 2 != Math.rint(value * 2)) {
            throw new IllegalArgumentException(format(HALF_POINTS, field, value));
        }
    }
}
