package io.dscore.api;

/**
 * Whether another chain secures the block production of a coin (a parachain on its relay chain).
 *
 * <p>The constant names are the words of the interchange format (column {@code shared_security}).
 *
 * @since 0.2
 */
public enum SharedSecurity {
    /** Another chain, the {@link Coin#hostChain()}, secures its block production. */
    YES,
    /** Its own producers secure its blocks. */
    NO,
    /** Not known. */
    UNKNOWN
}
