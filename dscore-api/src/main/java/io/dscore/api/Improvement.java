package io.dscore.api;

import java.util.Objects;
/**
 * A change of one fact that would raise a coin's D-Score, and by how much.
 *
 * <p>Only facts a project can change are suggested: governance, admin control, dev fund and insider shares,
 * block producers or Nakamoto coefficient, and shared security. Applying the change to the coin and scoring it
 * again as of the same date raises the total by exactly {@link #gain()}.
 *
 * <p>{@link #toString()} reads like {@code "governance FOUNDATION -> ON_CHAIN: +9"}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param fact the fact to change, not null
 * @param from the current value as the interchange format writes it, or {@code "unknown"}; not blank
 * @param to   the suggested value as the interchange format writes it; not blank
 * @param gain the points the total gains, a positive multiple of 0.5
 * @since 0.1
 */
public record Improvement(Fact fact, String from, String to, double gain) {

    /**
     * Creates an improvement.
     *
     * @param fact the fact to change, not null
     * @param from the current value as the interchange format writes it, or {@code "unknown"}; not blank
     * @param to the suggested value as the interchange format writes it; not blank
     * @param gain the points the total gains, a positive multiple of 0.5
     * @throws IllegalArgumentException if {@code from} or {@code to} is blank, or {@code gain} is not a positive
     *                                  multiple of 0.5
     * @throws NullPointerException     if an argument is null
     */
    public Improvement {
        Objects.requireNonNull(fact, "fact");
        Validation.text(from, "from");
        Validation.text(to, "to");
        Validation.halfPoints(gain, "gain");
        if (!(gain > 0)) {
            throw new IllegalArgumentException(Validation.format(Validation.POSITIVE, "gain", gain));
        }
    }

    @Override
    public String toString() {
        String points = gain == Math.rint(gain) ? Long.toString((long) gain) : Double.toString(gain);
        return fact.column() + " " + from + " -> " + to + ": +" + points;
    }
}
