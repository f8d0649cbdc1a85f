package io.dscore.cli;

/**
 * An input that cannot be read as coin facts at all, or past some point: a missing file, an empty file, a
 * header with unknown or missing columns, content that is neither CSV nor JSON, broken quoting or syntax. The
 * message names the file (and the line when there is one). Rows read before the problem stay accounted for.
 */
final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message);
    }

    InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
