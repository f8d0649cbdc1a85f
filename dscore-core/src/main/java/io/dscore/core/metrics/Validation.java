package io.dscore.core.metrics;

import java.util.Locale;

/** Message templates of this package; each names the argument, the position and the value. */
final class Validation {

    static final String EMPTY = "amounts must hold at least one amount (was empty)";
    static final String NULL_AMOUNT = "amounts[%d] is required (was null)";
    static final String NOT_FINITE = "amounts[%d] must be finite (was %s)";
    static final String NEGATIVE = "amounts[%d] must be >= 0 (was %s)";
    static final String ALL_ZERO = "amounts must hold a positive amount (amounts[0] to amounts[%d] are all 0)";
    static final String OVERFLOW = "amounts must have a finite total (the sum passes %s at amounts[%d], was %s)";
    static final String THRESHOLD = "threshold must be > 0 and < 1 (was %s)";
    static final String TOP = "k must be >= 1 (was %d)";

    private Validation() {
    }

    static String format(String template, Object... args) {
        return String.format(Locale.ROOT, template, args);
    }
}
