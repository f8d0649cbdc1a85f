package io.dscore.api;

/**
 * Who decides changes to a coin's protocol.
 *
 * <p>The constant names are the words of the interchange format (column {@code governance}).
 *
 * @since 0.1
 */
public enum Governance {
    /** Binding on-chain votes of holders or stakers enact upgrades. */
    ON_CHAIN,
    /** An open-source process with no controlling entity; node operators choose what to run. */
    ROUGH_CONSENSUS,
    /** A DAO or token vote steers it, usually executed by a team or a multisig. */
    TOKEN_VOTING,
    /** A foundation or council steers it. */
    FOUNDATION,
    /** A company or issuer controls it. */
    COMPANY,
    /** One founder or a tiny group controls it. */
    SINGLE_ENTITY,
    /** Not known. */
    UNKNOWN;
}
