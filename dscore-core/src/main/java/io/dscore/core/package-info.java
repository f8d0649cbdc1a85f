/**
 * Computes D-Scores: {@link io.dscore.core.DScore} is the entry point, {@link io.dscore.core.Scorer} scores as of
 * a fixed date, and five stateless {@link io.dscore.core.ComponentScorer}s own one component's rules each.
 *
 * <pre>{@code
 * Scorer scorer = DScore.asOf(LocalDate.of(2026, 6, 19));
 * DScoreResult result = scorer.scoreOf(flux);
 * List<Improvement> improvements = scorer.improvementsFor(flux);
 * }</pre>
 *
 * <p>No class here reads a clock (except the {@code DScore} shortcuts documented as "as of today") or holds
 * mutable state: the same inputs give the same result on every thread. The rules, their evidence and their
 * fidelity on published ratings are in {@code docs/methodology.md}.
 *
 * @since 0.1
 */
package io.dscore.core;
