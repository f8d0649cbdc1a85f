package io.dscore.io;

/** A cell whose text is not a value of its column's kind; the message says what is wrong. */
final class BadCellException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadCellException(String problem) {
        super(problem, null, false, false);
    }
}
