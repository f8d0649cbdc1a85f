/**
 * The D-Score vocabulary: the facts of a coin ({@link io.dscore.api.Coin}), and the results
 * ({@link io.dscore.api.DScoreResult}, {@link io.dscore.api.ComponentScore}, {@link io.dscore.api.Reason}).
 * No logic beyond validation; no dependencies.
 *
 * @since 0.1
 */
module io.dscore.api {
    exports io.dscore.api;
}
