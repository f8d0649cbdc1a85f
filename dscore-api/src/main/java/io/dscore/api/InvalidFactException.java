package io.dscore.api;

import java.util.Objects;

/**
 * A fact of a {@link Coin} that is missing, out of range, or contradicts another fact.
 *
 * <p>Every validation failure of a coin throws this exception: the {@code Coin} constructor (and so
 * {@link Coin.Builder#build()}) for a fact that is wrong on its own or against another fact of the coin, and a
 * scorer for a fact that contradicts what only the scorer knows (a launch year after the as-of date). Callers
 * that report errors read {@link #fact()}, {@link #value()} and {@link #problem()}; they never need to parse
 * the message.
 *
 * <p>The message is the fact's column name, the problem and the value:
 * {@code "block_producers must be >= 0 (was -3)"}. Texts name facts by {@link Fact#column()}, the names of the
 * interchange format.
 *
 * @since 0.2
 */
public class InvalidFactException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The fact at fault. */
    private final Fact fact;
    /** The offending value as text, or null. */
    private final String value;
    /** The sentence without the fact's name. */
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param fact    the fact at fault, not null
     * @param value   the offending value as text, or null where there is none (a required fact left unknown)
     * @param problem what is wrong, as a sentence without the fact's name, such as {@code "must be >= 0"}; not
     *                null
     * @throws NullPointerException if {@code fact} or {@code problem} is null
     */
    public InvalidFactException(Fact fact, String value, String problem) {
        super(message(fact, value, problem));
        this.fact = fact;
        this.value = value;
        this.problem = problem;
    }

    private static String message(Fact fact, String value, String problem) {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(problem, "problem");
        return fact.column() + " " + problem + (value == null ? "" : " (was " + value + ")");
    }

    /**
     * Returns the fact at fault.
     *
     * @return the fact, not null
     */
    public Fact fact() {
        return fact;
    }

    /**
     * Returns the offending value as text, such as {@code "-3"}.
     *
     * @return the value, or null where there is none (a required fact left unknown)
     */
    public String value() {
        return value;
    }

    /**
     * Returns what is wrong, without the fact's name, such as {@code "must be >= 0"}.
     *
     * @return the problem, not null
     */
    public String problem() {
        return problem;
    }
}
