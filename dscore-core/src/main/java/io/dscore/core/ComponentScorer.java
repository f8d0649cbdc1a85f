package io.dscore.core;

import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import java.time.LocalDate;

/**
 * Scores one component of the D-Score: a pure function of a coin's facts and the as-of date.
 *
 * <p>The five implementations are {@link NodeDistributionScorer}, {@link InitialDistributionScorer},
 * {@link GovernanceScorer}, {@link AgeAndHistoryScorer} and {@link AutonomyScorer}. Each is stateless, so one
 * instance may be shared by any number of threads; {@link Scorer} runs all five.
 *
 * @since 0.1
 */
public interface ComponentScorer {

    /**
     * Returns the component this scorer scores.
     *
     * @return the component, not null
     */
    Component component();

    /**
     * Scores the component for one coin.
     *
     * @param coin the facts, not null
     * @param asOf the date ages are computed against, not null
     * @return the points, their range over unknown facts, and the reasons; not null
     * @throws IllegalArgumentException if a fact contradicts {@code asOf} (a launch year after it)
     * @throws NullPointerException     if an argument is null
     */
    ComponentScore score(Coin coin, LocalDate asOf);
}
