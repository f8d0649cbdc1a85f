package io.dscore.api.internal;

import io.dscore.api.Reason;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The reasons of a component score, built when first read: an unmodifiable list that calls {@link #build()}
 * once it is read (an element, its size, an iteration, {@code equals}, {@code hashCode} or {@code toString}), checks
 * that the reasons sum to the points, and keeps them. Scorers build their points cheaply and their sentences
 * only for callers who read them.
 *
 * <p>Not part of the public API: this package is exported to {@code io.dscore.core} only.
 * {@link io.dscore.api.ComponentScore} keeps such a list as it is, without reading it.
 *
 * <p>Thread-safe without locks, like {@link String#hashCode()}: threads that read it at the same time may each
 * call {@link #build()}, which must be pure, and each keeps an equal, immutable list whose final fields publish it
 * safely. A scorer extends it with the fields its explanation needs, so a score costs one object for its
 * reasons.
 */
public abstract class LazyReasons extends AbstractList<Reason> implements RandomAccess {

    private final double points;
    private List<Reason> reasons;

    /**
     * Creates the list.
     *
     * @param points the points of the score the reasons explain
     */
    protected LazyReasons(double points) {
        this.points = points;
    }

    /**
     * Builds the reasons; called when the list is first read. Must be pure: threads reading at the same time may
     * each call it.
     *
     * @return the reasons, summing to {@link #points()}; not null
     */
    protected abstract List<Reason> build();

    /**
     * Returns the points the reasons must sum to.
     *
     * @return the points
     */
    public double points() {
        return points;
    }

    private List<Reason> reasons() {
        List<Reason> list = reasons;
        if (list == null) {
            list = List.copyOf(build());
            double sum = 0;
            for (Reason reason : list) {
                sum += reason.points();
            }
            if (sum != points) {
                throw new IllegalStateException("reasons must sum to the points (reasons sum to " + sum
                        + ", points " + points + ")");
            }
            reasons = list;
        }
        return list;
    }

    @Override
    public Reason get(int index) {
        return reasons().get(index);
    }

    @Override
    public int size() {
        return reasons().size();
    }
}
