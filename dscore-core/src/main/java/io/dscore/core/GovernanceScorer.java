package io.dscore.core;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.Governance;
import io.dscore.api.Layer;
import io.dscore.api.ReasonCode;
import io.dscore.api.VcFunding;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Scores Governance (0-25): who decides changes to a coin's protocol.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>Who decides sets the start: {@code ON_CHAIN} 25; {@code ROUGH_CONSENSUS} 21; {@code TOKEN_VOTING} 20;
 *       {@code FOUNDATION} 20; {@code COMPANY} 16 for a token's issuer, 7 for a company steering a chain of its
 *       own (layer 1 or 2); {@code SINGLE_ENTITY} 7; {@code UNKNOWN} 7.</li>
 *   <li>Investors among the deciders: with {@code vcFunded YES} (or unknown), binding on-chain votes weigh
 *       like token voting (at most 20) and a foundation board like an issuer (at most 16). Token voting, rough
 *       consensus, companies and single parties are not changed by it.</li>
 *   <li>An immutable token (a {@code TOKEN} with {@code adminControl NONE}) cannot be changed by its
 *       controlling party: at least 20.</li>
 * </ol>
 *
 * <p>Unknown facts: unknown governance ranges over every kind; unknown funding over yes and no; an unknown
 * admin control over every power.
 *
 * <p>This class is stateless, immutable and thread-safe. The evidence for every number is in
 * {@code docs/methodology.md}.
 *
 * @since 0.1
 */
public final class GovernanceScorer implements ComponentScorer {

    static final double ON_CHAIN = 25;
    static final double ROUGH_CONSENSUS = 21;
    static final double TOKEN_VOTING = 20;
    static final double FOUNDATION = 20;
    static final double ISSUER = 16;
    static final double COMPANY_CHAIN = 7;
    static final double SINGLE_ENTITY = 7;
    static final double UNKNOWN = 7;
    static final double INVESTOR_ON_CHAIN_CAP = 20;
    static final double INVESTOR_FOUNDATION_CAP = 16;
    static final double IMMUTABLE_TOKEN_FLOOR = 20;

    private static final List<Governance> KNOWN_GOVERNANCE =
            List.copyOf(EnumSet.complementOf(EnumSet.of(Governance.UNKNOWN)));
    private static final List<VcFunding> KNOWN_FUNDING = List.of(VcFunding.YES, VcFunding.NO);
    private static final List<AdminControl> KNOWN_CONTROL =
            List.copyOf(EnumSet.complementOf(EnumSet.of(AdminControl.UNKNOWN)));

    /** Creates the scorer. It holds no state; one instance may serve every thread. */
    public GovernanceScorer() {
    }

    @Override
    public Component component() {
        return Component.GOVERNANCE;
    }

    @Override
    public ComponentScore score(Coin coin, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Layer layer = coin.layer();
        Governance governance = coin.governance();
        VcFunding vc = coin.vcFunded();
        AdminControl admin = coin.adminControl();
        Tally tally = Tally.explaining();
        evaluate(layer, governance, vc, admin, tally);
        Range range = new Range(tally.points());
        for (Governance g : governance == Governance.UNKNOWN ? KNOWN_GOVERNANCE : List.of(governance)) {
            for (VcFunding v : vc == VcFunding.UNKNOWN ? KNOWN_FUNDING : List.of(vc)) {
                for (AdminControl a : controls(layer, admin)) {
                    range.include(silent(layer, g, v, a));
                }
            }
        }
        if (range.wide()) {
            Range alone = new Range(tally.points());
            for (Governance g : governance == Governance.UNKNOWN ? KNOWN_GOVERNANCE : List.of(governance)) {
                alone.include(silent(layer, g, vc, admin));
            }
            Unknowns.note(tally, "governance", governance == Governance.UNKNOWN, alone);
            alone = new Range(tally.points());
            for (VcFunding v : vc == VcFunding.UNKNOWN ? KNOWN_FUNDING : List.of(vc)) {
                alone.include(silent(layer, governance, v, admin));
            }
            Unknowns.note(tally, "vcFunded", vc == VcFunding.UNKNOWN, alone);
            alone = new Range(tally.points());
            for (AdminControl a : controls(layer, admin)) {
                alone.include(silent(layer, governance, vc, a));
            }
            Unknowns.note(tally, "adminControl", admin == AdminControl.UNKNOWN, alone);
        }
        return tally.result(Component.GOVERNANCE, range);
    }

    private static List<AdminControl> controls(Layer layer, AdminControl admin) {
        return admin == AdminControl.UNKNOWN && layer == Layer.TOKEN ? KNOWN_CONTROL : List.of(admin);
    }

    private static double silent(Layer layer, Governance governance, VcFunding vc, AdminControl admin) {
        Tally tally = Tally.silent();
        evaluate(layer, governance, vc, admin, tally);
        return tally.points();
    }

    static void evaluate(Layer layer, Governance governance, VcFunding vc, AdminControl admin, Tally tally) {
        double base = base(governance, layer);
        tally.base(ReasonCode.GOVERNANCE_DECISION_MAKERS, base, () -> baseText(governance, layer, base));
        if (vc != VcFunding.NO) {
            String funding = vc == VcFunding.YES ? "vcFunded YES" : "vcFunded UNKNOWN (counted as funded)";
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
        if (layer == Layer.TOKEN && admin == AdminControl.NONE) {
            tally.raise(ReasonCode.GOVERNANCE_IMMUTABLE_TOKEN, IMMUTABLE_TOKEN_FLOOR,
                    () -> "adminControl NONE on a token: no party can change it, at least "
                            + Points.format(IMMUTABLE_TOKEN_FLOOR));
        }
    }

    private static double base(Governance governance, Layer layer) {
        switch (governance) {
            case ON_CHAIN:
                return ON_CHAIN;
            case ROUGH_CONSENSUS:
                return ROUGH_CONSENSUS;
            case TOKEN_VOTING:
                return TOKEN_VOTING;
            case FOUNDATION:
                return FOUNDATION;
            case COMPANY:
                return layer == Layer.TOKEN ? ISSUER : COMPANY_CHAIN;
            case SINGLE_ENTITY:
                return SINGLE_ENTITY;
            default:
                return UNKNOWN;
        }
    }

    private static String baseText(Governance governance, Layer layer, double base) {
        String who;
        switch (governance) {
            case ON_CHAIN:
                who = "binding on-chain votes of holders or stakers";
                break;
            case ROUGH_CONSENSUS:
                who = "open rough consensus, no controlling entity";
                break;
            case TOKEN_VOTING:
                who = "a DAO or token vote, executed by a team or multisig";
                break;
            case FOUNDATION:
                who = "a foundation or council";
                break;
            case COMPANY:
                who = layer == Layer.TOKEN ? "the issuing company" : "a company steering a chain of its own";
                break;
            case SINGLE_ENTITY:
                who = "one founder or a tiny group";
                break;
            default:
                who = "not known, counted as a single party";
        }
        return "governance " + governance + ": " + who + ", " + Points.format(base) + " of 25";
    }
}
