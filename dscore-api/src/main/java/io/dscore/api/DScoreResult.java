package io.dscore.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The D-Score of one coin as of one date: five component scores, their total, the band, and the range the
 * total could take over the facts that are unknown.
 *
 * <p>The total is the plain sum of the component points; {@link #band()} is {@code Band.of(total())}.
 * {@link #totalMin()} and {@link #totalMax()} sum the components' ranges; {@link #bandCertain()} tells whether
 * that whole range lies in one band.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param coin        the coin scored, not null
 * @param asOf        the date ages were computed against, not null
 * @param methodology the rules that computed the score, not null
 * @param components  one score per {@link Component}, in enum order; copied, not null
 * @since 0.1
 */
public record DScoreResult(Coin coin, LocalDate asOf, Methodology methodology, List<ComponentScore> components) {

    private static final Component[] COMPONENTS = Component.values();

    /**
     * Creates a result.
     *
     * @param coin the coin scored, not null
     * @param asOf the date ages were computed against, not null
     * @param methodology the rules that computed the score, not null
     * @param components one score per {@link Component}, in enum order; copied, not null
     * @throws IllegalArgumentException if {@code components} does not hold exactly one score per component in
     *                                  {@link Component} order
     * @throws NullPointerException     if an argument or an element of {@code components} is null
     */
    public DScoreResult {
        Objects.requireNonNull(coin, "coin");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(methodology, "methodology");
        Objects.requireNonNull(components, "components");
        components = List.copyOf(components);
        if (components.size() != COMPONENTS.length) {
            throw new IllegalArgumentException(Validation.format(Validation.COMPONENT_COUNT, COMPONENTS.length, components.size()));
        }
        for (int i = 0; i < COMPONENTS.length; i++) {
            if (components.get(i).component() != COMPONENTS[i]) {
                throw new IllegalArgumentException(Validation.format(Validation.COMPONENT_ORDER,
                        i, COMPONENTS[i], components.get(i).component()));
            }
        }
    }

    /**
     * Returns the score of one component.
     *
     * @param component the component, not null
     * @return its score, not null
     * @throws NullPointerException if {@code component} is null
     */
    public ComponentScore component(Component component) {
        return components.get(component.ordinal());
    }

    /**
     * Returns the D-Score: the sum of the five component points.
     *
     * @return the total, 0 to 100, a multiple of 0.5
     */
    public double total() {
        double sum = 0;
        for (ComponentScore score : components) {
            sum += score.points();
        }
        return sum;
    }

    /**
     * Returns the band of the total.
     *
     * @return {@code Band.of(total())}, not null
     */
    public Band band() {
        return Band.of(total());
    }

    /**
     * Returns the lowest total the coin could have over every value its unknown facts could take.
     *
     * @return the sum of the components' {@link ComponentScore#minPoints()}; equals {@link #total()} when every
     *         fact is known
     */
    public double totalMin() {
        double sum = 0;
        for (ComponentScore score : components) {
            sum += score.minPoints();
        }
        return sum;
    }

    /**
     * Returns the highest total the coin could have over every value its unknown facts could take.
     *
     * @return the sum of the components' {@link ComponentScore#maxPoints()}; equals {@link #total()} when every
     *         fact is known
     */
    public double totalMax() {
        double sum = 0;
        for (ComponentScore score : components) {
            sum += score.maxPoints();
        }
        return sum;
    }

    /**
     * Tells whether the band is settled whatever the unknown facts turn out to be.
     *
     * @return {@code true} if {@link #totalMin()} and {@link #totalMax()} fall in the same band
     */
    public boolean bandCertain() {
        return Band.of(totalMin()) == Band.of(totalMax());
    }

    /**
     * Compares this result with an earlier result of the same coin: what changed in the total, the band, each
     * component, the facts and the reasons, and whether the change came from the facts or the passing of time.
     * The two results may have different as-of dates.
     *
     * @param earlier the earlier result of the same coin (symbols equal ignoring case), not null
     * @return the change from {@code earlier} to this result; {@linkplain ScoreChange#isEmpty() empty} for a
     *         result compared with itself; not null
     * @throws IllegalArgumentException if the symbols differ, or the results' methodologies have different
     *                                  {@link Methodology#id()}s (the message names both)
     * @throws NullPointerException     if {@code earlier} is null
     * @since 0.2
     */
    public ScoreChange changesFrom(DScoreResult earlier) {
        return ScoreChange.between(earlier, this);
    }
}
