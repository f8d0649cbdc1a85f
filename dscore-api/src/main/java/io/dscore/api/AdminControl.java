package io.dscore.api;

/**
 * The strongest power a single party holds over a coin.
 *
 * <p>The constant names are the words of the interchange format (column {@code admin_control}).
 *
 * @since 0.1
 */
public enum AdminControl {
    /** No single party can upgrade, freeze or halt it. */
    NONE,
    /** A party can upgrade its contracts without a vote. */
    UPGRADEABLE,
    /** A party can freeze or blacklist balances. */
    FREEZABLE,
    /** A party can halt the network. */
    HALTABLE,
    /** Not known. */
    UNKNOWN;
}
