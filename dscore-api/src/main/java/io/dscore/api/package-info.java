/**
 * The D-Score vocabulary: coin facts in, scores and reasons out.
 *
 * <p>A {@link io.dscore.api.Coin} holds the facts of one cryptocurrency, in the columns of the interchange format
 * (each enum's constants are the words of that format). A {@link io.dscore.api.DScoreResult} holds what a scorer
 * made of them: one {@link io.dscore.api.ComponentScore} per {@link io.dscore.api.Component}, each with its
 * points, their range over unknown facts, and typed {@link io.dscore.api.Reason}s; the total and its
 * {@link io.dscore.api.Band}. {@link io.dscore.api.Improvement} is a what-if suggestion.
 *
 * <p>Every type here is immutable and thread-safe, except the mutable {@link io.dscore.api.Coin.Builder}. Invalid
 * values are rejected on construction with an {@link java.lang.IllegalArgumentException} whose message names the
 * field and the value; unknown facts are empty {@code Optional}s or {@code UNKNOWN} constants, never null.
 *
 * @since 0.1
 */
package io.dscore.api;
