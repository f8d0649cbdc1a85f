package io.dscore.api;

/**
 * How the first supply of a coin reached its holders.
 *
 * <p>The constant names are the words of the interchange format (column {@code launch_type}).
 *
 * @since 0.1
 */
public enum LaunchType {
    /** No sale, no premine, no insider allocation: supply was mined or staked into existence in the open. */
    FAIR_LAUNCH,
    /** An initial coin offering. */
    ICO,
    /** An initial exchange offering. */
    IEO,
    /** A token sale (including liquidity-bootstrapping pools). */
    TOKEN_SALE,
    /** A Dutch auction sale. */
    DUTCH_AUCTION,
    /** A sale to private investors only. */
    PRIVATE_SALE,
    /** Supply handed out by an airdrop chosen by the team. */
    AIRDROP,
    /** Supply created before launch and held by its creators. */
    PREMINE,
    /** A fork that copied the balances of another chain ({@link Coin#forkedFrom()}). */
    CHAIN_FORK,
    /** A parachain slot won in an auction or crowdloan. */
    PARACHAIN_AUCTION,
    /** A token minted 1:1 against a purchased off-chain asset (stock, ETF, commodity). */
    TOKENIZED_ASSET,
    /** Any other launch. */
    OTHER,
    /** Not known. */
    UNKNOWN;
}
