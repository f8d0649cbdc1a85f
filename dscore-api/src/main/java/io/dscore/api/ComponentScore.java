package io.dscore.api;

import io.dscore.api.internal.LazyReasons;
import java.util.List;
import java.util.Objects;

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
 * <p>The scorers build the reasons when they are first read (and check them then); reading only the points costs
 * nothing for them.
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
     * @throws IllegalArgumentException if a point value is not a multiple of 0.5, the points lie outside
     *                                  {@code 0 <= minPoints <= points <= maxPoints <= component.max()}, or the
     *                                  reasons do not sum to {@code points}
     * @throws NullPointerException     if {@code component}, {@code reasons} or an element of it is null
     */
    public ComponentScore {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(reasons, "reasons");
        // reasons a scorer builds when first read are kept unread; they check their sum when built
        boolean lazy = reasons instanceof LazyReasons && ((LazyReasons) reasons).points() == points;
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
