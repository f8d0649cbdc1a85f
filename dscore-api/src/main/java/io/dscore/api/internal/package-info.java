/**
 * Mechanisms the scorers of {@code io.dscore.core} share with the result types; not part of the public API
 * (exported to {@code io.dscore.core} only).
 */
package io.dscore.api.internal;
