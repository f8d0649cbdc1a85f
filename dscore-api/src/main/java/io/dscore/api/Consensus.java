package io.dscore.api;

/**
 * How a coin's own blocks are produced.
 *
 * <p>The constant names are the words of the interchange format (column {@code consensus}).
 *
 * @since 0.1
 */
public enum Consensus {
    /** Proof of work: anyone with hash power may produce blocks. */
    POW,
    /** Proof of stake: validators chosen by stake. */
    POS,
    /** Delegated proof of stake: a small set of delegates elected by stake. */
    DPOS,
    /** A Byzantine-fault-tolerant committee protocol. */
    BFT,
    /** Proof of authority: permissioned, named block producers. */
    POA,
    /** Any other block production scheme. */
    OTHER,
    /** No ledger of its own (a token). */
    NONE;
}
