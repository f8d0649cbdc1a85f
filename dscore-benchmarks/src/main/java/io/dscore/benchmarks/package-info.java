/**
 * JMH benchmarks of dscore: the cost of scoring one coin, a batch of coins, and each component alone, against a
 * baseline that only reads the facts. Built into {@code target/benchmarks.jar}; see the module's README for how
 * to run them and {@code docs/benchmarks.md} for the results.
 *
 * <p>{@link io.dscore.benchmarks.CoinGenerator} makes the seeded synthetic coins they score.
 *
 * @since 0.1
 */
package io.dscore.benchmarks;
