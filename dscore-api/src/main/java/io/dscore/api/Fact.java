package io.dscore.api;

import java.util.Locale;

/**
 * The facts of a {@link Coin}: one constant per column of the interchange format, in its order.
 *
 * <p>{@link #column()} is the column name of the CSV and JSON formats ({@code block_producers});
 * {@link #field()} is the name of the {@code Coin} component and builder setter ({@code blockProducers}), the
 * name validation messages use.
 *
 * @since 0.1
 */
public enum Fact {
    /** Column {@code name}, {@link Coin#name()}. */
    NAME("name"),
    /** Column {@code symbol}, {@link Coin#symbol()}. */
    SYMBOL("symbol"),
    /** Column {@code layer}, {@link Coin#layer()}. */
    LAYER("layer"),
    /** Column {@code host_chain}, {@link Coin#hostChain()}. */
    HOST_CHAIN("hostChain"),
    /** Column {@code consensus}, {@link Coin#consensus()}. */
    CONSENSUS("consensus"),
    /** Column {@code consensus_detail}, {@link Coin#consensusDetail()}. */
    CONSENSUS_DETAIL("consensusDetail"),
    /** Column {@code merged_mined_with}, {@link Coin#mergedMinedWith()}. */
    MERGED_MINED_WITH("mergedMinedWith"),
    /** Column {@code shared_security}, {@link Coin#sharedSecurity()}. */
    SHARED_SECURITY("sharedSecurity"),
    /** Column {@code block_producers}, {@link Coin#blockProducers()}. */
    BLOCK_PRODUCERS("blockProducers"),
    /** Column {@code nakamoto_coefficient}, {@link Coin#nakamotoCoefficient()}. */
    NAKAMOTO_COEFFICIENT("nakamotoCoefficient"),
    /** Column {@code producer_shares}, {@link Coin#producerShares()}. */
    PRODUCER_SHARES("producerShares"),
    /** Column {@code launch_type}, {@link Coin#launchType()}. */
    LAUNCH_TYPE("launchType"),
    /** Column {@code launch_year}, {@link Coin#launchYear()}. */
    LAUNCH_YEAR("launchYear"),
    /** Column {@code forked_from}, {@link Coin#forkedFrom()}. */
    FORKED_FROM("forkedFrom"),
    /** Column {@code vc_funded}, {@link Coin#vcFunded()}. */
    VC_FUNDED("vcFunded"),
    /** Column {@code insider_allocation_pct}, {@link Coin#insiderAllocationPct()}. */
    INSIDER_ALLOCATION_PCT("insiderAllocationPct"),
    /** Column {@code dev_fund_pct}, {@link Coin#devFundPct()}. */
    DEV_FUND_PCT("devFundPct"),
    /** Column {@code governance}, {@link Coin#governance()}. */
    GOVERNANCE("governance"),
    /** Column {@code incidents}, {@link Coin#incidents()}. */
    INCIDENTS("incidents"),
    /** Column {@code admin_control}, {@link Coin#adminControl()}. */
    ADMIN_CONTROL("adminControl");

    private final String field;

    Fact(String field) {
        this.field = field;
    }

    /**
     * Returns the name of the {@link Coin} component, such as {@code "blockProducers"}.
     *
     * @return the camelCase field name, not null
     */
    public String field() {
        return field;
    }

    /**
     * Returns the column name of the interchange format, such as {@code "block_producers"}.
     *
     * @return the snake_case column name, not null
     */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
