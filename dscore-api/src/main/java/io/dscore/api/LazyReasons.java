package io.dscore.api;

import java.util.AbstractCollection;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The reasons of a {@link ComponentScore} made by {@link ComponentScore#withLazyReasons}: an unmodifiable list
 * that calls its supplier when first read, checks that the reasons sum to the points, and keeps them.
 *
 * <p>Thread-safe without locks, like {@link String#hashCode()}: threads that read it at the same time may each
 * call the supplier, which is pure, and each keeps an equal, immutable list ({@link List#copyOf}) whose final
 * fields publish it safely.
 *
 * <p>One is made per component score, so it is kept small (24 bytes): it extends {@link AbstractCollection},
 * which has no fields, rather than {@link java.util.AbstractList}, and holds the points as a {@code float}, exact
 * for the multiples of 0.5 up to 30 that component points are.
 */
final class LazyReasons extends AbstractCollection<Reason> implements List<Reason>, RandomAccess {

    private final Supplier<? extends List<Reason>> supplier;
    private final float points;
    private List<Reason> reasons;

    LazyReasons(Supplier<? extends List<Reason>> supplier, double points) {
        this.supplier = Validation.required(supplier, "reasons");
        this.points = (float) points;
    }

    /** Tells whether this list may stand for the reasons of a score of {@code points} without being read. */
    boolean sumsTo(double points) {
        return this.points == points;
    }

    private List<Reason> reasons() {
        List<Reason> list = reasons;
        if (list == null) {
            list = List.copyOf(Validation.required(supplier.get(), "reasons"));
            double sum = 0;
            for (Reason reason : list) {
                sum += reason.points();
            }
            if (sum != points) {
                throw new IllegalStateException(Validation.format(Validation.LAZY_REASON_SUM, sum, (double) points));
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

    @Override
    public Iterator<Reason> iterator() {
        return reasons().iterator();
    }

    @Override
    public ListIterator<Reason> listIterator() {
        return reasons().listIterator();
    }

    @Override
    public ListIterator<Reason> listIterator(int index) {
        return reasons().listIterator(index);
    }

    @Override
    public List<Reason> subList(int fromIndex, int toIndex) {
        return reasons().subList(fromIndex, toIndex);
    }

    @Override
    public int indexOf(Object o) {
        return reasons().indexOf(o);
    }

    @Override
    public int lastIndexOf(Object o) {
        return reasons().lastIndexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return reasons().contains(o);
    }

    @Override
    public Object[] toArray() {
        return reasons().toArray();
    }

    @Override
    public <T> T[] toArray(T[] a) {
        return reasons().toArray(a);
    }

    @Override
    public Reason set(int index, Reason element) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void add(int index, Reason element) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Reason remove(int index) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean addAll(int index, Collection<? extends Reason> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean add(Reason element) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean remove(Object o) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean addAll(Collection<? extends Reason> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeAll(Collection<?> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean retainAll(Collection<?> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeIf(Predicate<? super Reason> filter) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void replaceAll(UnaryOperator<Reason> operator) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void sort(Comparator<? super Reason> c) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void clear() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || reasons().equals(o);
    }

    @Override
    public int hashCode() {
        return reasons().hashCode();
    }

    @Override
    public String toString() {
        return reasons().toString();
    }
}
