package io.dscore.api.internal;

import io.dscore.api.Reason;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The reasons of a component score, built when first read: an unmodifiable list that calls its supplier once
 * it is read (an element, its size, an iteration, {@code equals}, {@code hashCode} or {@code toString}), checks
 * that the reasons sum to the points, and keeps them. Scorers build their points cheaply and their sentences
 * only for callers who read them.
 *
 * <p>Not part of the public API: this package is exported to {@code io.dscore.core} only.
 * {@link io.dscore.api.ComponentScore} keeps such a list as it is, without reading it.
 *
 * <p>Thread-safe without locks, like {@link String#hashCode()}: threads that read it at the same time may each
 * call the supplier, which must be pure, and each keeps an equal, immutable list whose final fields publish it
 * safely.
 */
public final class LazyReasons extends AbstractList<Reason> implements RandomAccess {

    private final Supplier<List<Reason>> supplier;
    private final double points;
    private List<Reason> reasons;

    /**
     * Creates the list.
     *
     * @param supplier builds the reasons; pure, not null, and its reasons must sum to {@code points}
     * @param points   the points of the score the reasons explain
     */
    public LazyReasons(Supplier<List<Reason>> supplier, double points) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
        this.points = points;
    }

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
            list = List.copyOf(supplier.get());
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
