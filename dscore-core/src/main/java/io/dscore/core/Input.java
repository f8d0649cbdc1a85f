package io.dscore.core;

import io.dscore.api.Fact;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One fact a component's rules read: the value that means it is unknown, and the values to try in its place then.
 *
 * <p>The candidates need not be every value the fact could take, only enough to reach the lowest and the highest
 * points: for a quantity, its two ends (the rules are monotone in each fact, see {@link Rules}); for a word,
 * every word. They may depend on the other facts (a Nakamoto coefficient is at most the producer count), read
 * after the facts declared before this one have taken their candidates.
 *
 * <p>The candidates of a quantity, and of a word declared {@link #ranked}, are <em>ranked</em>: they run from the
 * value worst for the points to the best, whatever the other facts, so the range search tries only the first
 * for the lowest points and only the last for the highest. The ranking is a claim about the rules;
 * {@code RangeCompletionTest} fails if a ranked input hides a lower or a higher completion.
 *
 * <p>Whether a fact is unknown is data (its value equals {@link #unknownValue()}), tested for every input of every
 * component on every score; a rule that needs more than that (an admin control that matters for tokens only)
 * adds a condition with {@link #onlyIf}, tested only when the value is the unknown one.
 */
final class Input {

    /** Matches no value: the input of a fact the rules read that is never unknown. */
    private static final Object NEVER = new Object();

    private final Fact fact;
    private final Object unknownValue;
    private final Predicate<Facts> condition;
    private final Function<Facts, List<?>> candidates;
    private final boolean ranked;

    private Input(Fact fact, Object unknownValue, Predicate<Facts> condition, Function<Facts, List<?>> candidates,
                  boolean ranked) {
        this.fact = fact;
        this.unknownValue = unknownValue;
        this.condition = condition;
        this.candidates = candidates;
        this.ranked = ranked;
    }

    /** A fact the rules read that is never unknown (or whose absence has one meaning, such as "not merge-mined"). */
    static Input known(Fact fact) {
        return new Input(fact, NEVER, null, f -> List.of(), false);
    }

    /** A word whose {@code UNKNOWN} constant may stand for every other word. */
    static <E extends Enum<E>> Input word(Fact fact, E unknown) {
        List<E> known = List.copyOf(EnumSet.complementOf(EnumSet.of(unknown)));
        return new Input(fact, unknown, null, f -> known, false);
    }

    /** A word of two values whose {@code UNKNOWN} constant may stand for either: {@code worst} or {@code best}. */
    static <E extends Enum<E>> Input ranked(Fact fact, E unknown, E worst, E best) {
        List<E> ranked = List.of(worst, best);
        return new Input(fact, unknown, null, f -> ranked, true);
    }

    /** A quantity that is unknown when absent (null), from the value {@code worst} for the points to {@code best}. */
    static Input quantity(Fact fact, Object worst, Object best) {
        List<Object> ends = List.of(worst, best);
        return new Input(fact, null, null, f -> ends, true);
    }

    /** A quantity that is unknown when absent (null), with ends (worst, best) that depend on the other facts. */
    static Input quantity(Fact fact, Function<Facts, List<?>> ends) {
        return new Input(fact, null, null, ends, true);
    }

    /** This input, with other candidates: {@code candidates} gives them from the facts. */
    Input candidates(Function<Facts, List<?>> candidates) {
        return new Input(fact, unknownValue, condition, candidates, ranked);
    }

    /** This input, counted as unknown only when {@code condition} also holds (the value is the unknown one). */
    Input onlyIf(Predicate<Facts> condition) {
        return new Input(fact, unknownValue, condition, candidates, ranked);
    }

    Fact fact() {
        return fact;
    }

    /** Whether this input can ever be unknown; a known input only declares that the rules read its fact. */
    boolean mayBeUnknown() {
        return unknownValue != NEVER;
    }

    /** Whether the fact is unknown in {@code facts}, so that the range search tries the candidates in its place. */
    boolean unknownIn(Facts facts) {
        return facts.get(fact) == unknownValue && (condition == null || condition.test(facts));
    }

    /** Whether the candidates run from the worst value for the points to the best. */
    boolean ranked() {
        return ranked;
    }

    /** The values to try for the fact, given the other facts. */
    List<?> candidates(Facts facts) {
        return candidates.apply(facts);
    }
}
