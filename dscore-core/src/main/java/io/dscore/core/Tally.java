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
 * explaining tally records every step and calls the text suppliers in {@link #reasons()}, after the evaluation,
 * not in the rule that applied. That keeps each sentence out of the rules' compiled code (a rule inlines only the
 * recording of a step), which lets the JIT settle: reading every reason of the 10,000-coin JMH batch cost 15.6 µs
 * per coin after 4 s of warm-up with the sentences built in the rules and 4.2 µs with them built here; both
 * settle near 4.2 µs (docs/benchmarks.md). A supplier therefore captures values; it must not read state that
 * changes after the step.
 */
final class Tally {

    /** One step of an explaining tally: its text is built when the reasons are read. */
    private record Step(ReasonCode code, double points, Supplier<String> text) {
    }

    private final List<Step> steps;
    private double points;

    private Tally(List<Step> steps) {
        this.steps = steps;
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
        if (steps != null) {
            steps.add(new Step(code, delta + 0.0, text));
        }
    }

    /** Returns the reasons recorded so far, building their texts; only an explaining tally has any. */
    List<Reason> reasons() {
        if (steps == null) {
            return List.of();
        }
        List<Reason> reasons = new ArrayList<>(steps.size());
        for (Step step : steps) {
            reasons.add(new Reason(step.code(), step.points(), step.text().get()));
        }
        return reasons;
    }
}
