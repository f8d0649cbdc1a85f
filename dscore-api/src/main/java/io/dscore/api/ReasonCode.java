package io.dscore.api;

import java.util.Optional;

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
    /** Node distribution: no block producers of its own (a layer 2 or a token). */
    NODE_NO_OWN_PRODUCERS(Component.NODE_DISTRIBUTION),
    /** Node distribution: block production secured by another chain (a parachain). */
    NODE_SHARED_SECURITY(Component.NODE_DISTRIBUTION),
    /** Node distribution: permissionless proof-of-work mining. */
    NODE_OPEN_MINING(Component.NODE_DISTRIBUTION),
    /** Node distribution: stake-based validators (PoS, DPoS, BFT, other). */
    NODE_STAKE_VALIDATORS(Component.NODE_DISTRIBUTION),
    /** Node distribution: permissioned authorities (PoA). */
    NODE_PERMISSIONED_AUTHORITIES(Component.NODE_DISTRIBUTION),
    /** Node distribution: the number of independent block producers caps the points. */
    NODE_PRODUCER_COUNT(Component.NODE_DISTRIBUTION),
    /** Node distribution: the Nakamoto coefficient caps the points. */
    NODE_NAKAMOTO_COEFFICIENT(Component.NODE_DISTRIBUTION),
    /** Node distribution: without a Nakamoto coefficient a large producer set is not confirmed as spread. */
    NODE_SPREAD_UNCONFIRMED(Component.NODE_DISTRIBUTION),
    /** Node distribution: neither producer count nor Nakamoto coefficient is known; a default applies. */
    NODE_PRODUCERS_UNKNOWN(Component.NODE_DISTRIBUTION),

    /** Initial distribution: supply reached holders without a sale (fair launch, tokenized asset). */
    INITIAL_OPEN_LAUNCH(Component.INITIAL_DISTRIBUTION),
    /** Initial distribution: the launch type is unknown; no sale on record. */
    INITIAL_LAUNCH_UNKNOWN(Component.INITIAL_DISTRIBUTION),
    /** Initial distribution: supply was sold, airdropped, premined or allocated. */
    INITIAL_SOLD_OR_ALLOCATED(Component.INITIAL_DISTRIBUTION),
    /** Initial distribution: a fork that copied another chain's balances. */
    INITIAL_CHAIN_FORK(Component.INITIAL_DISTRIBUTION),
    /** Initial distribution: the insider share (genesis allocation plus dev fund) caps the points. */
    INITIAL_INSIDER_SHARE(Component.INITIAL_DISTRIBUTION),
    /** Initial distribution: venture or private funding (or unknown funding). */
    INITIAL_VC_FUNDED(Component.INITIAL_DISTRIBUTION),

    /** Governance: who decides protocol changes sets the points. */
    GOVERNANCE_DECISION_MAKERS(Component.GOVERNANCE),
    /** Governance: investors among the voters or the board lower the points. */
    GOVERNANCE_INVESTOR_INFLUENCE(Component.GOVERNANCE),
    /** Governance: an immutable token that no party can change is credited as community-held. */
    GOVERNANCE_IMMUTABLE_TOKEN(Component.GOVERNANCE),

    /** Age and history: whole years since launch set the points. */
    AGE_YEARS_SINCE_LAUNCH(Component.AGE_AND_HISTORY),
    /** Age and history: the launch year is unknown; a default applies. */
    AGE_LAUNCH_YEAR_UNKNOWN(Component.AGE_AND_HISTORY),
    /** Age and history: major incidents take points off. */
    AGE_INCIDENTS(Component.AGE_AND_HISTORY),

    /** Autonomy: a chain of its own. */
    AUTONOMY_OWN_CHAIN(Component.AUTONOMY),
    /** Autonomy: merge-mined with a parent chain. */
    AUTONOMY_MERGE_MINED(Component.AUTONOMY),
    /** Autonomy: a layer 2 settling on a host chain. */
    AUTONOMY_LAYER_2(Component.AUTONOMY),
    /** Autonomy: a token that depends on its host chain and its issuer. */
    AUTONOMY_HOSTED_TOKEN(Component.AUTONOMY),
    /** Autonomy: an immutable token, independent of any issuer but not of its host chain. */
    AUTONOMY_IMMUTABLE_TOKEN(Component.AUTONOMY),

    /** Any component: a fact is unknown, so the component's range is wider. */
    UNKNOWN_FACT(null);

    private final Component component;

    ReasonCode(Component component) {
        this.component = component;
    }

    /**
     * Returns the component whose reasons use this code.
     *
     * @return the component, or empty for {@link #UNKNOWN_FACT}, which every component uses
     */
    public Optional<Component> component() {
        return Optional.ofNullable(component);
    }
}
