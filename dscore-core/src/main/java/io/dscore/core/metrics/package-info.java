/**
 * Concentration metrics of how an amount (blocks, hashrate, stake) is spread over independent producers:
 * {@link io.dscore.core.metrics.Distribution} and its Nakamoto coefficient, tau index, concentration ratio, Gini
 * coefficient, Herfindahl-Hirschman index, Shannon entropy and Theil index, as the Edinburgh Decentralisation
 * Index computes them.
 *
 * @since 0.1
 */
package io.dscore.core.metrics;
