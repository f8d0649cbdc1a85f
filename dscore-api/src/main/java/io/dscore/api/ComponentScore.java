package io.dscore.api;

import java.util.List;
import java.util.function.Supplier;

/**
 * The points one component gave a coin, the range those points could take over the facts that are unknown, and
 * the reasons behind them.
 *
 * <p>Invariants, checked on construction:
 * <ul>
 *   <li>{@code 0 <= minPoints <= points <= maxPoints <= component.max()};</li>
 *   <li>all three are multiples of 0.5;</li>
 *   <li>the points of the reasons sum to {@code points}.</li>
 * </ul>
 * With every fact the component uses known, {@code minPoints == points == maxPoints}.
 *
 * <p>The reasons of a score made by {@link #withLazyReasons} are built when they are first read, and checked
 * then; reading only the points costs nothing for them.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param component the component scored, not null
 * @param points    the points given, with documented defaults for unknown facts
 * @param minPoints the lowest points over every value the unknown facts could take
 * @param maxPoints the highest points over every value the unknown facts could take
 * @param reasons   the explanation, in the order the rules applied; copied, not null
 * @since 0.1
 */
public record ComponentScore(Component component, double points, double minPoints, double maxPoints,
                             List<Reason> reasons) {

    /**
     * Creates a component score.
     *
     * @param component the component scored, not null
     * @param points the points given, with documented defaults for unknown facts
     * @param minPoints the lowest points over every value the unknown facts could take
     * @param maxPoints the highest points over every value the unknown facts could take
     * @param reasons the explanation, in the order the rules applied; copied, not null
     * @throws IllegalArgumentException if {@code component} or {@code reasons} is null, a point value is not a
     *                                  multiple of 0.5, the points lie outside
     *                                  {@code 0 <= minPoints <= points <= maxPoints <= component.max()}, or the
     *                                  reasons do not sum to {@code points}
     * @throws NullPointerException     if an element of {@code reasons} is null
     */
    public ComponentScore {
        Validation.required(component, "component");
        Validation.required(reasons, "reasons");
        boolean lazy = reasons instanceof LazyReasons && ((LazyReasons) reasons).sumsTo(points);
        if (!lazy) {
            reasons = List.copyOf(reasons);
        }
        Validation.halfPoints(points, "points");
        Validation.halfPoints(minPoints, "minPoints");
        Validation.halfPoints(maxPoints, "maxPoints");
        if (!(0 <= minPoints && minPoints <= points && points <= maxPoints && maxPoints <= component.max())) {
            throw new IllegalArgumentException(Validation.format(Validation.POINT_ORDER,
                    component, minPoints, points, maxPoints, component.max()));
        }
        if (!lazy) {
            double sum = 0;
            for (Reason reason : reasons) {
                sum += reason.points();
            }
            if (sum != points) {
                throw new IllegalArgumentException(Validation.format(Validation.REASON_SUM, component, sum, points));
            }
        }
    }

    /**
     * Creates a component score whose reasons are built only when they are first read.
     *
     * <p>For scorers: the points and their range are cheap to compute, the sentences of the reasons are not, and
     * most callers read only the points. {@code reasons} is called when {@link #reasons()} is first read (its
     * size, an element, an iteration, {@code equals}, {@code hashCode} or {@code toString}), then its result is
     * kept. It must be a pure function: threads that read the reasons at the same time may each call it. The
     * score equals one made by the constructor with the same reasons.
     *
     * <p>The points are checked now, like the constructor does; that the reasons sum to {@code points} is
     * checked when they are built.
     *
     * @param component the component scored, not null
     * @param points    the points given, with documented defaults for unknown facts
     * @param minPoints the lowest points over every value the unknown facts could take
     * @param maxPoints the highest points over every value the unknown facts could take
     * @param reasons   builds the explanation, in the order the rules applied; must not return null, and the
     *                  reasons must sum to {@code points}, or reading them throws {@link IllegalStateException};
     *                  not null
     * @return the score, not null
     * @throws IllegalArgumentException if {@code component} or {@code reasons} is null, a point value is not a
     *                                  multiple of 0.5, or the points lie outside
     *                                  {@code 0 <= minPoints <= points <= maxPoints <= component.max()}
     */
    public static ComponentScore withLazyReasons(Component component, double points, double minPoints,
                                                 double maxPoints, Supplier<? extends List<Reason>> reasons) {
        return new ComponentScore(component, points, minPoints, maxPoints, new LazyReasons(reasons, points));
    }

    /**
     * Returns the most points this component can give: {@code component().max()}.
     *
     * @return 30, 25, 25, 15 or 5
     */
    public double max() {
        return component.max();
    }

    /**
     * Tells whether an unknown fact leaves this component's points open.
     *
     * @return {@code true} if {@code minPoints() < maxPoints()}
     */
    public boolean uncertain() {
        return minPoints < maxPoints;
    }
}
