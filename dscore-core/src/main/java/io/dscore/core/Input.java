package io.dscore.core;

import io.dscore.api.Fact;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One fact a component's rules read: when it counts as unknown, and the values to try for it then.
 *
 * <p>The candidates need not be every value the fact could take, only enough to reach the lowest and the highest
 * points: for a quantity, its two ends (the rules are monotone in each fact, see {@link Rules}); for a word,
 * every word. They may depend on the other facts (a Nakamoto coefficient is at most the producer count), read
 * after the facts declared before this one have taken their candidates.
 *
 * @param fact       the fact
 * @param unknown    whether the fact's value is unknown, given all the facts
 * @param candidates the values to try in its place when it is unknown, given all the facts
 */
record Input(Fact fact, Predicate<Facts> unknown, Function<Facts, List<?>> candidates) {

    /** A fact the rules read that is never unknown (or whose absence has one meaning, such as "not merge-mined"). */
    static Input known(Fact fact) {
        return new Input(fact, f -> false, f -> List.of());
    }

    /** A word whose {@code UNKNOWN} constant may stand for every other word. */
    static <E extends Enum<E>> Input word(Fact fact, E unknown) {
        List<E> known = List.copyOf(EnumSet.complementOf(EnumSet.of(unknown)));
        return new Input(fact, f -> f.get(fact) == unknown, f -> known);
    }

    /** A quantity that is unknown when absent (null), from {@code low} to {@code high}. */
    static Input quantity(Fact fact, Object low, Object high) {
        List<Object> ends = List.of(low, high);
        return new Input(fact, f -> f.get(fact) == null, f -> ends);
    }
}
