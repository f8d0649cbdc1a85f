package io.dscore.core;

import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.Reason;
import io.dscore.api.ReasonCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Running points of one component evaluation, with the reasons that produced them.
 *
 * <p>A silent tally (used to search the range of a component over unknown facts) keeps only the points and
 * never calls the text suppliers, so no text is built.
 */
final class Tally {

    private final List<Reason> reasons;
    private double points;

    private Tally(boolean explaining) {
        this.reasons = explaining ? new ArrayList<>(4) : null;
    }

    static Tally explaining() {
        return new Tally(true);
    }

    static Tally silent() {
        return new Tally(false);
    }

    double points() {
        return points;
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

    ComponentScore result(Component component, Range range) {
        return new ComponentScore(component, points, range.min(), range.max(), reasons);
    }
}
