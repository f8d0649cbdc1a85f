/**
 * The D-Score vocabulary: the facts of a coin ({@link io.dscore.api.Coin}), and the results
 * ({@link io.dscore.api.DScoreResult}, {@link io.dscore.api.ComponentScore}, {@link io.dscore.api.Reason}).
 * No logic beyond validation; no dependencies.
 *
 * @since 0.1
 */
@SuppressWarnings("module") // io.dscore.core, the one reader of the internal package, is built after this module
module io.dscore.api {
    exports io.dscore.api;
    exports io.dscore.api.internal to io.dscore.core;
}
