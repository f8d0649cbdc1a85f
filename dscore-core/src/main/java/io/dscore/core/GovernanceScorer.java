package io.dscore.core;

import io.dscore.api.AdminControl;
import io.dscore.api.Component;
import io.dscore.api.Fact;
import io.dscore.api.Governance;
import io.dscore.api.Layer;
import io.dscore.api.ReasonCode;
import io.dscore.api.VcFunding;
import java.util.EnumSet;
import java.util.List;

/**
 * Scores Governance: who decides changes to a coin's protocol.
 *
 * <p>Rules, in order (the points are the constants of this class):
 * <ol>
 *   <li>Who decides sets the start, from binding on-chain votes (the maximum) down through rough consensus,
 *       token voting and a foundation to a company and a single party; a company is scored higher as a
 *       token's issuer than when it steers a chain of its own (layer 1 or 2); unknown governance counts as the
 *       middle of the values seen, the points of an issuer steering its token.</li>
 *   <li>Investors among the deciders: with {@code vc_funded YES} (or unknown), binding on-chain votes weigh
 *       like token voting and a foundation board like an issuer. Token voting, rough consensus, companies and
 *       single parties are not changed by it.</li>
 *   <li>An immutable token (a {@code TOKEN} with {@code admin_control NONE}) cannot be changed by its
 *       controlling party: it gets at least the points of token voting.</li>
 * </ol>
 *
 * <p>Unknown facts: unknown governance ranges over every kind; unknown funding over yes and no; an unknown
 * admin control over every power (it matters for tokens only).
 *
 * <p>This class is stateless, immutable and thread-safe. The evidence for every number is in
 * {@code docs/methodology.md}.
 *
 * @since 0.1
 */
public final class GovernanceScorer extends RuleScorer {

    static final double ON_CHAIN = 25;
    static final double ROUGH_CONSENSUS = 21;
    static final double TOKEN_VOTING = 20;
    static final double FOUNDATION = 20;
    static final double ISSUER = 16;
    static final double COMPANY_CHAIN = 7;
    static final double SINGLE_ENTITY = 7;
    static final double UNKNOWN = 16;
    static final double INVESTOR_ON_CHAIN_CAP = TOKEN_VOTING;
    static final double INVESTOR_FOUNDATION_CAP = ISSUER;
    static final double IMMUTABLE_TOKEN_FLOOR = TOKEN_VOTING;

    private static final List<AdminControl> KNOWN_CONTROL =
            List.copyOf(EnumSet.complementOf(EnumSet.of(AdminControl.UNKNOWN)));

    static final Rules RULES = new Rules(Component.GOVERNANCE, GovernanceScorer::evaluate,
            Input.known(Fact.LAYER),
            Input.word(Fact.GOVERNANCE, Governance.UNKNOWN),
            Input.ranked(Fact.VC_FUNDED, VcFunding.UNKNOWN, VcFunding.YES, VcFunding.NO),
            // only a token's admin control matters: the immutable-token floor applies to tokens alone
            Input.word(Fact.ADMIN_CONTROL, AdminControl.UNKNOWN)
                    .candidates(f -> f.get(Fact.LAYER) == Layer.TOKEN ? KNOWN_CONTROL : List.of(AdminControl.UNKNOWN)));

    /** Creates the scorer. It holds no state; one instance may serve every thread. */
    public GovernanceScorer() {
        super(RULES);
    }

    static void evaluate(Facts f, Tally tally) {
        Layer layer = f.get(Fact.LAYER);
        Governance governance = f.get(Fact.GOVERNANCE);
        VcFunding vc = f.get(Fact.VC_FUNDED);
        double base = base(governance, layer);
        tally.base(ReasonCode.GOVERNANCE_DECISION_MAKERS, base, () -> "governance " + governance + ": "
                + who(governance, layer) + ", " + Points.format(base) + " of "
                + Points.format(Component.GOVERNANCE.max()));
        if (vc != VcFunding.NO) {
            String funding = vc == VcFunding.YES ? "vc_funded YES" : "vc_funded UNKNOWN (counted as funded)";
            if (governance == Governance.ON_CHAIN) {
                tally.cap(ReasonCode.GOVERNANCE_INVESTOR_INFLUENCE, INVESTOR_ON_CHAIN_CAP,
                        () -> funding + ": investors vote their stake, on-chain votes weigh like token voting, at most "
                                + Points.format(INVESTOR_ON_CHAIN_CAP));
            } else if (governance == Governance.FOUNDATION) {
                tally.cap(ReasonCode.GOVERNANCE_INVESTOR_INFLUENCE, INVESTOR_FOUNDATION_CAP,
                        () -> funding + ": investors sit behind the foundation, at most "
                                + Points.format(INVESTOR_FOUNDATION_CAP));
            }
        }
        if (layer == Layer.TOKEN && f.get(Fact.ADMIN_CONTROL) == AdminControl.NONE) {
            tally.raise(ReasonCode.GOVERNANCE_IMMUTABLE_TOKEN, IMMUTABLE_TOKEN_FLOOR,
                    () -> "admin_control NONE on a token: no party can change it, at least "
                            + Points.format(IMMUTABLE_TOKEN_FLOOR));
        }
    }

    private static double base(Governance governance, Layer layer) {
        switch (governance) {
            case ON_CHAIN: return ON_CHAIN;
            case ROUGH_CONSENSUS: return ROUGH_CONSENSUS;
            case TOKEN_VOTING: return TOKEN_VOTING;
            case FOUNDATION: return FOUNDATION;
            case COMPANY: return layer == Layer.TOKEN ? ISSUER : COMPANY_CHAIN;
            case SINGLE_ENTITY: return SINGLE_ENTITY;
            default: return UNKNOWN;
        }
    }

    private static String who(Governance governance, Layer layer) {
        switch (governance) {
            case ON_CHAIN: return "binding on-chain votes of holders or stakers";
            case ROUGH_CONSENSUS: return "open rough consensus, no controlling entity";
            case TOKEN_VOTING: return "a DAO or token vote, executed by a team or multisig";
            case FOUNDATION: return "a foundation or council";
            case COMPANY: return layer == Layer.TOKEN ? "the issuing company" : "a company steering a chain of its own";
            case SINGLE_ENTITY: return "one founder or a tiny group";
            default: return "not known, counted as the middle of the range";
        }
    }
}
