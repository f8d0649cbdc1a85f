/**
 * The D-Score scorers: {@link io.dscore.core.DScore}, the entry point, and one
 * {@link io.dscore.core.ComponentScorer} per component.
 *
 * @since 0.1
 */
module io.dscore.core {
    requires transitive io.dscore.api;

    exports io.dscore.core;
    exports io.dscore.core.metrics;
}
