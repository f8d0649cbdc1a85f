package io.dscore.core;

import io.dscore.api.Reason;
import io.dscore.api.ReasonCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Running points of one component evaluation, with the reasons that produced them.
 *
 * <p>A silent tally (used to score, and to search the range of a component over unknown facts) keeps only the
 * points and never calls the text suppliers, so no text is built. One silent tally serves as the scratch space of
 * a whole range search, so that the search allocates nothing: {@link #restart()} before each candidate
 * evaluation, {@link #include(double)} its points after; {@link #min()} and {@link #max()} are the range seen
 * since {@link #startRange(double)}.
 */
final class Tally {

    private final List<Reason> reasons;
    private double points;
    private double min;
    private double max;

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

    /** Starts a new evaluation: the points go back to 0 (reasons are kept; use on silent tallies). */
    Tally restart() {
        points = 0;
        return this;
    }

    /** Starts a range search at {@code points}, the points for the known facts. */
    void startRange(double points) {
        min = points;
        max = points;
    }

    /** Widens the range to cover {@code points}, the points for one candidate value of the unknown facts. */
    void include(double points) {
        // plain comparisons, not Math.min/max: points are never NaN or -0.0 (they start at +0.0 and only add)
        if (points < min) {
            min = points;
        }
        if (points > max) {
            max = points;
        }
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    /** Tells whether the range search found more than one value. */
    boolean wide() {
        return min < max;
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
