package io.dscore.api;

/**
 * Where a coin lives: on a ledger of its own, on top of another chain, or as a token issued on a host chain.
 *
 * <p>The constant names are the words of the interchange format (column {@code layer}).
 *
 * @since 0.1
 */
public enum Layer {
    /** Its own ledger with its own block producers; a parachain counts (see {@link Coin#sharedSecurity()}). */
    LAYER_1,
    /** A rollup, sidechain or app-chain whose ordering or security rests on another chain. */
    LAYER_2,
    /** An asset issued by a contract or program on a host chain: stablecoins, tokenized stocks, governance tokens. */
    TOKEN;
}
