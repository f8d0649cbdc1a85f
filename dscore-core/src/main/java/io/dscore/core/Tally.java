package io.dscore.core;

import io.dscore.api.Reason;
import io.dscore.api.ReasonCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The running points of one evaluation of a component's rules, and the reasons that produced them.
 *
 * <p>A silent tally keeps only the points and never calls the text suppliers, so scoring builds no text; an
 * explaining tally records a {@link Reason} for every step.
 */
final class Tally {

    private final List<Reason> reasons;
    private double points;

    private Tally(List<Reason> reasons) {
        this.reasons = reasons;
    }

    static Tally explaining() {
        return new Tally(new ArrayList<>(4));
    }

    static Tally silent() {
        return new Tally(null);
    }

    double points() {
        return points;
    }

    /** Starts a new evaluation on a silent tally: the points go back to 0. */
    Tally restart() {
        points = 0;
        return this;
    }

    /** Sets the starting points. */
    void base(ReasonCode code, double base, Supplier<String> text) {
        add(code, base, text);
    }

    /** Lowers the points to {@code cap} if they are above it; records the reason either way. */
    void cap(ReasonCode code, double cap, Supplier<String> text) {
        add(code, Math.min(points, cap) - points, text);
    }

    /** Raises the points to {@code floor} if they are below it; records the reason either way. */
    void raise(ReasonCode code, double floor, Supplier<String> text) {
        add(code, Math.max(points, floor) - points, text);
    }

    /** Takes {@code deduction} points off, never going below 0. */
    void deduct(ReasonCode code, double deduction, Supplier<String> text) {
        add(code, -Math.min(points, deduction), text);
    }

    /** Records a fact that changed nothing. */
    void note(ReasonCode code, Supplier<String> text) {
        add(code, 0, text);
    }

    private void add(ReasonCode code, double delta, Supplier<String> text) {
        points += delta;
        if (reasons != null) {
            reasons.add(new Reason(code, delta + 0.0, text.get()));
        }
    }

    /** Returns the reasons recorded so far; only an explaining tally has any. */
    List<Reason> reasons() {
        return reasons == null ? List.of() : reasons;
    }
}
