package io.dscore.api;

/**
 * The stable, machine-readable key of a {@link Reason}.
 *
 * <p>Callers switch on codes, never on reason text: the text may be reworded between releases, the codes are
 * kept. Each code belongs to one component, except {@link #UNKNOWN_FACT}, which any component uses to say that a
 * missing fact widened its range.
 *
 * @since 0.1
 */
public enum ReasonCode {
    /** Node distribution: no block producers of its own (a layer 2 or a token); 0 points. */
    NODE_NO_OWN_PRODUCERS,
    /** Node distribution: block production secured by another chain (a parachain); 5 points. */
    NODE_SHARED_SECURITY,
    /** Node distribution: permissionless proof-of-work mining; up to 30 points. */
    NODE_OPEN_MINING,
    /** Node distribution: stake-based validators (PoS, DPoS, BFT, other); up to 28 points. */
    NODE_STAKE_VALIDATORS,
    /** Node distribution: permissioned authorities (PoA); up to 8 points. */
    NODE_PERMISSIONED_AUTHORITIES,
    /** Node distribution: the number of independent block producers caps the points. */
    NODE_PRODUCER_COUNT,
    /** Node distribution: the Nakamoto coefficient caps the points. */
    NODE_NAKAMOTO_COEFFICIENT,
    /** Node distribution: without a Nakamoto coefficient a large producer set is not confirmed as spread. */
    NODE_SPREAD_UNCONFIRMED,
    /** Node distribution: neither producer count nor Nakamoto coefficient is known; a default applies. */
    NODE_PRODUCERS_UNKNOWN,

    /** Initial distribution: supply reached holders without a sale (fair launch, tokenized asset). */
    INITIAL_OPEN_LAUNCH,
    /** Initial distribution: the launch type is unknown; no sale on record. */
    INITIAL_LAUNCH_UNKNOWN,
    /** Initial distribution: supply was sold, airdropped, premined or allocated; 0 points. */
    INITIAL_SOLD_OR_ALLOCATED,
    /** Initial distribution: a fork that copied another chain's balances; at most 13 points. */
    INITIAL_CHAIN_FORK,
    /** Initial distribution: the insider share (genesis allocation plus dev fund) caps the points. */
    INITIAL_INSIDER_SHARE,
    /** Initial distribution: venture or private funding (or unknown funding); 0 points. */
    INITIAL_VC_FUNDED,

    /** Governance: who decides protocol changes sets the points. */
    GOVERNANCE_DECISION_MAKERS,
    /** Governance: investors among the voters or the board lower the points. */
    GOVERNANCE_INVESTOR_INFLUENCE,
    /** Governance: an immutable token that no party can change is credited as community-held. */
    GOVERNANCE_IMMUTABLE_TOKEN,

    /** Age and history: whole years since launch set the points. */
    AGE_YEARS_SINCE_LAUNCH,
    /** Age and history: the launch year is unknown; a default applies. */
    AGE_LAUNCH_YEAR_UNKNOWN,
    /** Age and history: major incidents take points off. */
    AGE_INCIDENTS,

    /** Autonomy: a chain of its own; 5 points. */
    AUTONOMY_OWN_CHAIN,
    /** Autonomy: merge-mined with a parent chain; 2.5 points. */
    AUTONOMY_MERGE_MINED,
    /** Autonomy: a layer 2 settling on a host chain; 2.5 points. */
    AUTONOMY_LAYER_2,
    /** Autonomy: a token that depends on its host chain and its issuer; 0 points. */
    AUTONOMY_HOSTED_TOKEN,
    /** Autonomy: an immutable token, independent of any issuer but not of its host chain; 2.5 points. */
    AUTONOMY_IMMUTABLE_TOKEN,

    /** Any component: a fact is unknown, so the component's range is wider; 0 points. */
    UNKNOWN_FACT
}
