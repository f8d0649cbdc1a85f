package io.dscore.cli;

/**
 * Makes text from the input safe to show on a terminal, and measures how wide it is there. The one place the
 * table, {@code --explain} and the messages on standard error pass their text through.
 *
 * <p>Escaping ({@link #escape(String)}): a character that would act on the terminal instead of being shown is
 * written as a Java escape, so the text stays on one line and a name cannot move the cursor, clear the screen
 * or set the window title:
 * <ul>
 *   <li>line feed, carriage return and tab as {@code \n}, {@code \r}, {@code \t};</li>
 *   <li>every other control character (U+0000-U+001F, U+007F-U+009F) as {@code \}{@code u001b} (ESC), and so on;
 *   </li>
 *   <li>the bidirectional controls (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069), which reorder the
 *       text around them, and the line and paragraph separators U+2028, U+2029, the same way;</li>
 *   <li>a lone surrogate (not a character; it cannot be encoded) the same way.</li>
 * </ul>
 * A backslash is left as it is, so a name that holds the six characters {@code \}{@code u001b} looks like one
 * that held ESC; either way nothing reaches the terminal raw.
 *
 * <p>Width ({@link #width(String)}): the number of terminal columns the (escaped) text takes, an approximation
 * of {@code wcwidth}: combining marks (Unicode categories Mn, Me), format characters (Cf: zero-width space and
 * joiners, soft hyphen) and the Hangul medial and final jamo take 0 columns; East Asian wide and fullwidth
 * characters take 2 (the common blocks: Hangul jamo initials, CJK radicals, punctuation, Hiragana, Katakana,
 * CJK ideographs and their extensions, Yi, Hangul syllables, CJK compatibility forms, fullwidth forms, and the
 * emoji blocks U+1F300-U+1F64F, U+1F680-U+1F6FF, U+1F900-U+1F9FF); everything else 1. Characters whose width
 * depends on the terminal (East Asian "ambiguous", emoji sequences joined by U+200D) are counted as above, so a
 * table holding them may be off by a column or two on some terminals.
 *
 * <p>Cutting: a message line longer than {@value #LONGEST_MESSAGE} characters keeps its first
 * {@value #MESSAGE_HEAD} and last {@value #MESSAGE_TAIL} characters, so it still names the file and line and
 * ends with the value ({@link #message(String)}); a value quoted in a message keeps its first
 * {@value #LONGEST_VALUE} ({@link #value(String)}).
 */
final class TerminalText {

    /** Longest message line printed on standard error, after escaping; a longer one loses its middle. */
    static final int LONGEST_MESSAGE = 1000;
    /** What a cut message keeps of its start. */
    static final int MESSAGE_HEAD = 700;
    /** What a cut message keeps of its end. */
    static final int MESSAGE_TAIL = 200;

    /** Longest value quoted in a message (a file name, a cell); longer ones are cut. */
    static final int LONGEST_VALUE = 200;

    /** Ranges of East Asian wide and fullwidth code points, first and last inclusive, in increasing order. */
    private static final int[][] WIDE = {
        {0x1100, 0x115F},   // Hangul Jamo initial consonants
        {0x2E80, 0x303E},   // CJK radicals, Kangxi radicals, ideographic description, CJK symbols and punctuation
        {0x3041, 0x33FF},   // Hiragana, Katakana, Bopomofo, Hangul compatibility jamo, Kanbun, CJK strokes, ...
        {0x3400, 0x4DBF},   // CJK unified ideographs extension A
        {0x4E00, 0x9FFF},   // CJK unified ideographs
        {0xA000, 0xA4CF},   // Yi syllables and radicals
        {0xAC00, 0xD7A3},   // Hangul syllables
        {0xF900, 0xFAFF},   // CJK compatibility ideographs
        {0xFE30, 0xFE4F},   // CJK compatibility forms
        {0xFF00, 0xFF60},   // fullwidth forms
        {0xFFE0, 0xFFE6},   // fullwidth signs
        {0x1F300, 0x1F64F}, // miscellaneous symbols and pictographs, emoticons
        {0x1F680, 0x1F6FF}, // transport and map symbols
        {0x1F900, 0x1F9FF}, // supplemental symbols and pictographs
        {0x20000, 0x2FFFD}, // CJK unified ideographs extensions B-F, compatibility supplement
        {0x30000, 0x3FFFD}, // CJK unified ideographs extension G and later
    };

    private TerminalText() {
    }

    /**
     * Returns the text with every character that would act on a terminal written as an escape (see the class
     * description).
     *
     * @param text the text, not null
     * @return the text, safe to print; the same string when nothing needed escaping
     */
    static String escape(String text) {
        int i = 0;
        while (i < text.length() && !unsafe(text.charAt(i), text, i)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                safe.append(c).append(text.charAt(++i));
            } else if (!unsafe(c, text, i)) {
                safe.append(c);
            } else if (c == '\n') {
                safe.append("\\n");
            } else if (c == '\r') {
                safe.append("\\r");
            } else if (c == '\t') {
                safe.append("\\t");
            } else {
                safe.append(String.format("\\u%04x", (int) c));
            }
        }
        return safe.toString();
    }

    /**
     * Returns a message line for standard error: escaped, and if longer than {@value #LONGEST_MESSAGE}
     * characters, its start and end around the number of characters left out.
     *
     * @param line the message, not null
     * @return the line to print
     */
    static String message(String line) {
        String text = escape(line);
        if (text.length() <= LONGEST_MESSAGE) {
            return text;
        }
        int head = Character.isHighSurrogate(text.charAt(MESSAGE_HEAD - 1)) ? MESSAGE_HEAD - 1 : MESSAGE_HEAD;
        int tail = text.length() - MESSAGE_TAIL;
        tail = Character.isLowSurrogate(text.charAt(tail)) ? tail + 1 : tail;
        return text.substring(0, head) + " ... (" + (tail - head) + " characters left out) ... "
                + text.substring(tail);
    }

    /**
     * Returns a value to quote in a message: escaped, and cut at {@value #LONGEST_VALUE} characters.
     *
     * @param value the value, not null
     * @return the value to quote
     */
    static String value(String value) {
        return cut(escape(value), LONGEST_VALUE);
    }

    /** The text cut at {@code longest} characters (not inside a surrogate pair), saying how much was left out. */
    private static String cut(String text, int longest) {
        if (text.length() <= longest) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(longest - 1)) ? longest - 1 : longest;
        return text.substring(0, end) + "... (" + (text.length() - end) + " more characters)";
    }

    /**
     * Returns how many terminal columns the text takes (see the class description); meant for escaped text.
     *
     * @param text the text, not null
     * @return the width in columns, {@code >= 0}
     */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += width(codePoint);
            i += Character.charCount(codePoint);
        }
        return width;
    }

    /** The columns one code point takes: 0, 1 or 2. */
    static int width(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || (codePoint >= 0x1160 && codePoint <= 0x11FF)) {
            return 0;
        }
        for (int[] range : WIDE) {
            if (codePoint < range[0]) {
                return 1;
            }
            if (codePoint <= range[1]) {
                return 2;
            }
        }
        return 1;
    }

    /** Whether the char at {@code i} must be escaped: a control, a bidi control, a separator or a lone surrogate. */
    private static boolean unsafe(char c, String text, int i) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return true;
        }
        if (c < 0x061C) {
            return false;
        }
        if (c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }
}
