package io.dscore.io;

/**
 * An input that cannot be read as coin facts at all, or past some point: a missing file, an empty file, a
 * header with unknown or missing columns, content that is neither CSV nor JSON, broken quoting or syntax. The
 * message names the input (and the line when there is one), such as
 * {@code coins.csv:1: missing required column governance}. Rows read before the problem stay valid.
 *
 * @since 0.2
 */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what cannot be read and why, naming the input
     */
    public InputException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what cannot be read and why, naming the input
     * @param cause   the error of the parser or the file system
     */
    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
