package io.dscore.io;

/**
 * The CSV formula guard. A cell whose text starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return is taken as a formula by Excel and LibreOffice; written with a leading apostrophe it shows as
 * text. To keep every text exact through write and read, text that already starts with apostrophes followed by
 * one of those characters gets one more, and reading removes one apostrophe from such a cell.
 */
final class FormulaGuard {

    /** What marks a guarded cell. */
    static final char APOSTROPHE = '\'';

    private FormulaGuard() {
    }

    /** The text as written to a CSV cell: with a leading apostrophe if a spreadsheet would take it as a formula. */
    static String guard(String text) {
        return guarded(text) ? APOSTROPHE + text : text;
    }

    /** The text of a CSV cell as read: without the apostrophe {@link #guard} added. */
    static String unguard(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == APOSTROPHE && guarded(cell) ? cell.substring(1) : cell;
    }

    /** Whether the text, after any leading apostrophes, starts with a formula character. */
    private static boolean guarded(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == APOSTROPHE) {
            i++;
        }
        return i < text.length() && isTrigger(text.charAt(i));
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
