package io.dscore.io;

/**
 * Tells whether a cell's text is a number as the interchange format writes it, in one pass over the text: time
 * linear in its length whatever it holds (a regular expression such as {@code \d+\.?\d*} backtracks, and takes
 * time quadratic in the length of a long run of digits followed by a character that does not fit).
 *
 * <p>The languages, with {@code D} an ASCII digit {@code 0-9} (never the digits of other scripts):
 * <ul>
 *   <li>decimal: an optional sign {@code +} or {@code -}; then {@code D+}, {@code D+.}, {@code D+.D+} or
 *       {@code .D+}; then optionally {@code e} or {@code E}, an optional sign and {@code D+}. So {@code 16.7},
 *       {@code 5.}, {@code .5}, {@code -1.5E+3}; not {@code .}, {@code 1e}, {@code NaN}, {@code Infinity},
 *       {@code 0x1p3}, {@code 15d} or any blank around the number. What it accepts, {@link Double#parseDouble}
 *       reads.</li>
 *   <li>whole: an optional sign and {@code D+}. What it accepts, {@link Integer#parseInt} reads unless it is out
 *       of the range of {@code int}.</li>
 * </ul>
 */
final class NumberText {

    private NumberText() {
    }

    /**
     * Tells whether {@code text} is a decimal number: {@code [+-]?(D+\.?D*|\.D+)([eE][+-]?D+)?}.
     *
     * @param text the text, not null
     * @return whether the whole of {@code text} is a decimal number
     */
    static boolean isDecimal(CharSequence text) {
        int end = text.length();
        int i = skipSign(text, 0);
        int whole = digits(text, i);
        int fraction = whole;
        if (fraction < end && text.charAt(fraction) == '.') {
            fraction = digits(text, fraction + 1);
        }
        // digits before the point or after it: "5", "5.", ".5", "5.5"; not "." or ""
        if (whole == i && fraction <= whole + 1) {
            return false;
        }
        if (fraction < end && (text.charAt(fraction) == 'e' || text.charAt(fraction) == 'E')) {
            int exponent = skipSign(text, fraction + 1);
            int exponentEnd = digits(text, exponent);
            return exponentEnd > exponent && exponentEnd == end;
        }
        return fraction == end;
    }

    /**
     * Tells whether {@code text} is a whole number: {@code [+-]?D+}.
     *
     * @param text the text, not null
     * @return whether the whole of {@code text} is a whole number
     */
    static boolean isWhole(CharSequence text) {
        int start = skipSign(text, 0);
        int end = digits(text, start);
        return end > start && end == text.length();
    }

    /** The index after a {@code +} or {@code -} at {@code from}, or {@code from} if there is none. */
    private static int skipSign(CharSequence text, int from) {
        return from < text.length() && (text.charAt(from) == '+' || text.charAt(from) == '-') ? from + 1 : from;
    }

    /** The index of the first character at or after {@code from} that is not an ASCII digit. */
    private static int digits(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
