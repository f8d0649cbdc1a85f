package io.dscore.api;

import java.util.Objects;

/**
 * One line of a component's explanation: a stable code, the points it gave or took, and a sentence naming the
 * fact it used.
 *
 * <p>The points of a component's reasons sum to the component's points: a base reason gives points, later
 * reasons take points off (negative) or add them back, and reasons with 0 points record a fact that was checked
 * or a missing fact that widened the range.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param code   the machine-readable key, not null
 * @param points the points given (positive) or taken (negative), a finite multiple of 0.5
 * @param text   a readable sentence naming the fact, not blank
 * @since 0.1
 */
public record Reason(ReasonCode code, double points, String text) {

    /**
     * Creates a reason.
     *
     * @param code the machine-readable key, not null
     * @param points the points given (positive) or taken (negative), a finite multiple of 0.5
     * @param text a readable sentence naming the fact, not blank
     * @throws IllegalArgumentException if {@code text} is blank or {@code points} is not a finite multiple of 0.5
     * @throws NullPointerException     if {@code code} or {@code text} is null
     */
    public Reason {
        Objects.requireNonNull(code, "code");
        Validation.text(text, "text");
        Validation.halfPoints(points, "points");
    }

    @Override
    public String toString() {
        return code + " " + Objects.toString(points) + ": " + text;
    }
}
