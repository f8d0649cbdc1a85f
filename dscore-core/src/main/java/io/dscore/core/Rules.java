package io.dscore.core;

import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.Fact;
import io.dscore.api.Reason;
import io.dscore.api.internal.LazyReasons;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The engine every component scorer runs on: a component's rules (one evaluation from facts to points with
 * reasons, and the {@link Input}s it reads), turned into a {@link ComponentScore} with its range over unknown
 * facts and reasons built only when read.
 *
 * <p><b>Why trying candidate values is enough.</b> Each rule set is monotone in each fact it reads: with the other
 * facts fixed, more producers never lower Node distribution, a larger insider share never raises Initial
 * distribution, more incidents never raise Age and history, and so on. A function monotone in each argument
 * reaches its lowest and highest values over a box of arguments at corners of the box, so evaluating the rules at
 * the two ends of every unknown quantity (and at every word of an unknown word) finds the exact minimum and
 * maximum over every completion of the unknown facts. {@code RangeCompletionTest} checks that both are reached by
 * some completion.
 */
final class Rules {

    /** One evaluation of a component's rules: adds points with reasons to the tally, reading the facts. */
    @FunctionalInterface
    interface Evaluation {
        void evaluate(Facts facts, Tally tally);
    }

    private final Component component;
    private final Evaluation evaluation;
    private final List<Input> inputs;
    private final Set<Fact> reads;

    Rules(Component component, Evaluation evaluation, Input... inputs) {
        this.component = component;
        this.evaluation = evaluation;
        this.inputs = List.of(inputs);
        this.reads = EnumSet.noneOf(Fact.class);
        for (Input input : inputs) {
            reads.add(input.fact());
        }
    }

    Component component() {
        return component;
    }

    /** Whether the points can depend on {@code fact}: the facts of the inputs, and any other fact the rules read. */
    boolean reads(Fact fact) {
        return reads.contains(fact);
    }

    ComponentScore score(Coin coin, LocalDate asOf) {
        Objects.requireNonNull(coin, "coin");
        Objects.requireNonNull(asOf, "asOf");
        return score(Facts.of(coin, asOf), coin, asOf);
    }

    /** Scores the coin whose facts are {@code facts} (left as they were found). */
    ComponentScore score(Facts facts, Coin coin, LocalDate asOf) {
        double points = points(facts);
        Range range = range(facts, points);
        return new ComponentScore(component, points, range.min(), range.max(), new Explanation(points, coin, asOf));
    }

    /** The points for the facts as they are, unknown facts at their documented defaults; no range, no text. */
    double points(Facts facts) {
        return points(facts, Tally.silent());
    }

    /** Like {@link #points(Facts)}, on {@code scratch}, a silent tally reused by a whole range search. */
    private double points(Facts facts, Tally scratch) {
        evaluation.evaluate(facts, scratch.restart());
        return scratch.points();
    }

    /** The range of the points over the completions of the unknown facts, starting from {@code points}. */
    private Range range(Facts facts, double points) {
        Range range = new Range(points);
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).unknown().test(facts)) {
                // one silent tally for the search: a tally per evaluation made scoreOf allocate past its budget
                search(facts, 0, range, Tally.silent());
                break;
            }
        }
        return range;
    }

    /** Evaluates every combination of candidates for the unknown facts from input {@code i} on. */
    private void search(Facts facts, int i, Range range, Tally scratch) {
        if (i == inputs.size()) {
            range.include(points(facts, scratch));
            return;
        }
        Input input = inputs.get(i);
        if (!input.unknown().test(facts)) {
            search(facts, i + 1, range, scratch);
            return;
        }
        Object value = facts.get(input.fact());
        List<?> candidates = input.candidates().apply(facts);
        for (int c = 0; c < candidates.size(); c++) {
            facts.set(input.fact(), candidates.get(c));
            search(facts, i + 1, range, scratch);
        }
        facts.set(input.fact(), value);
    }

    /** The reasons of one score, built by {@link #explain} when first read. */
    private final class Explanation extends LazyReasons {
        private final Coin coin;
        private final LocalDate asOf;

        Explanation(double points, Coin coin, LocalDate asOf) {
            super(points);
            this.coin = coin;
            this.asOf = asOf;
        }

        @Override
        protected List<Reason> build() {
            return explain(coin, asOf);
        }
    }

    /** The reasons for the points: the rules that applied, then the unknown facts that widen the range. */
    private List<Reason> explain(Coin coin, LocalDate asOf) {
        Facts facts = Facts.of(coin, asOf);
        Tally tally = Tally.explaining();
        evaluation.evaluate(facts, tally);
        Range whole = range(facts, tally.points());
        if (whole.wide()) {
            Unknowns unknowns = new Unknowns(tally);
            for (Input input : inputs) {
                if (input.unknown().test(facts)) {
                    Range alone = new Range(tally.points());
                    Object value = facts.get(input.fact());
                    for (Object candidate : input.candidates().apply(facts)) {
                        facts.set(input.fact(), candidate);
                        alone.include(points(facts));
                    }
                    facts.set(input.fact(), value);
                    unknowns.note(input.fact(), alone);
                }
            }
            unknowns.together(whole);
        }
        return tally.reasons();
    }
}
