package io.dscore.core;

import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.Fact;
import io.dscore.api.Reason;
import io.dscore.api.internal.LazyReasons;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * maximum over every completion of the unknown facts. Where the direction is known (more producers are never
 * worse, a larger insider share never better: a {@link Input#ranked() ranked} input), the lowest points need only
 * the worst end and the highest only the best, so the search runs twice, once toward each, trying every value
 * only of the words that are not ranked. {@code RangeCompletionTest} checks that both ends are reached by some
 * completion and that no completion falls outside them.
 */
final class Rules {

    /** One evaluation of a component's rules: adds points with reasons to the tally, reading the facts. */
    @FunctionalInterface
    interface Evaluation {
        void evaluate(Facts facts, Tally tally);
    }

    private final Component component;
    private final Evaluation evaluation;
    /** The inputs that may be unknown, in declaration order: the ones the range search tries candidates for. */
    private final Input[] searched;
    private final Set<Fact> reads;

    Rules(Component component, Evaluation evaluation, Input... inputs) {
        this.component = component;
        this.evaluation = evaluation;
        this.reads = EnumSet.noneOf(Fact.class);
        List<Input> searched = new ArrayList<>();
        for (Input input : inputs) {
            reads.add(input.fact());
            if (input.mayBeUnknown()) {
                searched.add(input);
            }
        }
        if (searched.size() > Integer.SIZE) {
            throw new IllegalArgumentException("at most " + Integer.SIZE + " inputs may be unknown");
        }
        this.searched = searched.toArray(new Input[0]);
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
        Tally scratch = facts.scratch();
        evaluation.evaluate(facts, scratch.restart());
        return scratch.points();
    }

    /** The range of the points over the completions of the unknown facts, starting from {@code points}. */
    private Range range(Facts facts, double points) {
        Range range = facts.range().from(points);
        int unknown = 0;
        boolean ranked = false;
        for (int i = 0; i < searched.length; i++) {
            if (searched[i].unknownIn(facts)) {
                unknown |= 1 << i;
                ranked |= searched[i].ranked();
            }
        }
        if (unknown != 0) {
            search(facts, unknown, range, false);
            if (ranked) {
                search(facts, unknown, range, true);
            }
        }
        return range;
    }

    /**
     * Evaluates the combinations of candidates for the unknown inputs, the bits of {@code unknown} (bit i for
     * searched input i): of a ranked input only its best candidate ({@code best}) or its worst, of any other
     * every candidate.
     */
    private void search(Facts facts, int unknown, Range range, boolean best) {
        if (unknown == 0) {
            range.include(points(facts));
            return;
        }
        Input input = searched[Integer.numberOfTrailingZeros(unknown)];
        int rest = unknown & (unknown - 1);
        Object value = facts.get(input.fact());
        List<?> candidates = input.candidates(facts);
        int from = input.ranked() && best ? candidates.size() - 1 : 0;
        int to = input.ranked() && !best ? 1 : candidates.size();
        for (int c = from; c < to; c++) {
            facts.set(input.fact(), candidates.get(c));
            search(facts, rest, range, best);
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

    /**
     * The reasons for the points: the rules that applied, then the unknown facts that widen the range. With one
     * unknown fact, the range is what that fact reaches alone; with more, the search over all of them runs too.
     */
    private List<Reason> explain(Coin coin, LocalDate asOf) {
        Facts facts = Facts.of(coin, asOf);
        Tally tally = Tally.explaining();
        evaluation.evaluate(facts, tally);
        int unknown = 0;
        for (Input input : searched) {
            unknown += input.unknownIn(facts) ? 1 : 0;
        }
        Range whole = unknown > 1 ? range(facts, tally.points()) : null;
        if (unknown == 0 || whole != null && !whole.wide()) {
            return tally.reasons();
        }
        Unknowns unknowns = new Unknowns(tally);
        for (Input input : searched) {
            if (input.unknownIn(facts)) {
                Range alone = new Range().from(tally.points());
                Object value = facts.get(input.fact());
                for (Object candidate : input.candidates(facts)) {
                    facts.set(input.fact(), candidate);
                    alone.include(points(facts));
                }
                facts.set(input.fact(), value);
                unknowns.note(input.fact(), alone);
            }
        }
        if (whole != null) {
            unknowns.together(whole);
        }
        return tally.reasons();
    }
}
