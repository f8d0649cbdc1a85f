package io.dscore.core;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.Component;
import io.dscore.api.ComponentScore;
import io.dscore.api.Governance;
import io.dscore.api.Layer;
import io.dscore.api.Reason;
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

    private static final Governance[] KNOWN_GOVERNANCE =
            EnumSet.complementOf(EnumSet.of(Governance.UNKNOWN)).toArray(new Governance[0]);
    private static final VcFunding[] KNOWN_FUNDING = {VcFunding.YES, VcFunding.NO};
    private static final AdminControl[] KNOWN_CONTROL =
            EnumSet.complementOf(EnumSet.of(AdminControl.UNKNOWN)).toArray(new AdminControl[0]);

    private static final Layer[] LAYERS = Layer.values();
    private static final Governance[] GOVERNANCE = Governance.values();
    private static final VcFunding[] FUNDING = VcFunding.values();
    private static final AdminControl[] CONTROL = AdminControl.values();

    /**
     * The score of every combination of the four facts this component reads, at {@link #index}: the rules
     * below, evaluated once when the class loads, so that scoring is a look-up. The scores are immutable and
     * shared by every coin with those facts; the reasons of each are built when first read, then kept (built
     * when the class loads, they would also teach the JIT that reasons are built, and it would then allocate
     * the text suppliers of every rule evaluation).
     */
    private static final ComponentScore[] SCORES = scores();

    /** Creates the scorer. It holds no state; one instance may serve every thread. */
    public GovernanceScorer() {
    }

    @Override
    public Component component() {
        return Component.GOVERNANCE;
    }

    @Override
    public ComponentScore score(Coin coin, LocalDate asOf) {
        return score(coin, asOf, Tally.silent());
    }

    /** Scores like {@link #score(Coin, LocalDate)}; {@code scratch} is not needed: the scores are a look-up. */
    ComponentScore score(Coin coin, LocalDate asOf, Tally scratch) {
        Objects.requireNonNull(asOf, "asOf");
        return SCORES[index(coin.layer(), coin.governance(), coin.vcFunded(), coin.adminControl())];
    }

    private static int index(Layer layer, Governance governance, VcFunding vc, AdminControl admin) {
        return ((layer.ordinal() * GOVERNANCE.length + governance.ordinal()) * FUNDING.length + vc.ordinal())
                * CONTROL.length + admin.ordinal();
    }

    private static ComponentScore[] scores() {
        ComponentScore[] scores = new ComponentScore[LAYERS.length * GOVERNANCE.length * FUNDING.length
                * CONTROL.length];
        for (Layer layer : LAYERS) {
            for (Governance governance : GOVERNANCE) {
                for (VcFunding vc : FUNDING) {
                    for (AdminControl admin : CONTROL) {
                        scores[index(layer, governance, vc, admin)] = score(layer, governance, vc, admin);
                    }
                }
            }
        }
        return scores;
    }

    /** The score of one combination from the table. */
    static ComponentScore lookUp(Layer layer, Governance governance, VcFunding vc, AdminControl admin) {
        return SCORES[index(layer, governance, vc, admin)];
    }

    /** Scores one combination of the facts by the rules; the reasons are built when first read. */
    private static ComponentScore score(Layer layer, Governance governance, VcFunding vc, AdminControl admin) {
        Tally scratch = Tally.silent();
        double points = silent(scratch, layer, governance, vc, admin);
        searchRange(layer, governance, vc, admin, points, scratch);
        return ComponentScore.withLazyReasons(Component.GOVERNANCE, points, scratch.min(), scratch.max(),
                () -> explain(layer, governance, vc, admin));
    }

    /**
     * Scores one combination of the facts by the rules, reasons built now: what the table must hold for it
     * (tests compare the two; the table, filled when the class loads, would hide a changed rule).
     */
    static ComponentScore compute(Layer layer, Governance governance, VcFunding vc, AdminControl admin) {
        ComponentScore score = score(layer, governance, vc, admin);
        return new ComponentScore(Component.GOVERNANCE, score.points(), score.minPoints(), score.maxPoints(),
                explain(layer, governance, vc, admin));
    }

    /** The reasons for the points {@link #score} gives: the rules that applied, then the unknown facts. */
    static List<Reason> explain(Layer layer, Governance governance, VcFunding vc, AdminControl admin) {
        Tally tally = Tally.explaining();
        evaluate(layer, governance, vc, admin, tally);
        Tally scratch = Tally.silent();
        searchRange(layer, governance, vc, admin, tally.points(), scratch);
        if (scratch.wide()) {
            Unknowns unknowns = new Unknowns(tally);
            Range alone = new Range(tally.points());
            for (int g = 0; g < governanceCount(governance); g++) {
                alone.include(silent(scratch, layer, governanceCandidate(governance, g), vc, admin));
            }
            unknowns.note("governance", governance == Governance.UNKNOWN, alone);
            alone = new Range(tally.points());
            for (int v = 0; v < fundingCount(vc); v++) {
                alone.include(silent(scratch, layer, governance, fundingCandidate(vc, v), admin));
            }
            unknowns.note("vcFunded", vc == VcFunding.UNKNOWN, alone);
            alone = new Range(tally.points());
            for (int a = 0; a < controlCount(layer, admin); a++) {
                alone.include(silent(scratch, layer, governance, vc, controlCandidate(layer, admin, a)));
            }
            unknowns.note("adminControl", admin == AdminControl.UNKNOWN, alone);
            unknowns.together(scratch.min(), scratch.max());
        }
        return tally.reasons();
    }

    /** Finds the lowest and highest points over the values the coin's unknown facts could take. */
    private static void searchRange(Layer layer, Governance governance, VcFunding vc, AdminControl admin,
                                    double points, Tally scratch) {
        scratch.startRange(points);
        for (int g = 0; g < governanceCount(governance); g++) {
            for (int v = 0; v < fundingCount(vc); v++) {
                for (int a = 0; a < controlCount(layer, admin); a++) {
                    scratch.include(silent(scratch, layer, governanceCandidate(governance, g),
                            fundingCandidate(vc, v), controlCandidate(layer, admin, a)));
                }
            }
        }
    }

    // Candidate values of unknown facts, by index, without allocating: a known fact is its only candidate.

    private static int governanceCount(Governance governance) {
        return governance == Governance.UNKNOWN ? KNOWN_GOVERNANCE.length : 1;
    }

    private static Governance governanceCandidate(Governance governance, int index) {
        return governance == Governance.UNKNOWN ? KNOWN_GOVERNANCE[index] : governance;
    }

    private static int fundingCount(VcFunding vc) {
        return vc == VcFunding.UNKNOWN ? KNOWN_FUNDING.length : 1;
    }

    private static VcFunding fundingCandidate(VcFunding vc, int index) {
        return vc == VcFunding.UNKNOWN ? KNOWN_FUNDING[index] : vc;
    }

    /** Only a token's unknown admin control matters: the immutable-token floor applies to tokens alone. */
    private static int controlCount(Layer layer, AdminControl admin) {
        return admin == AdminControl.UNKNOWN && layer == Layer.TOKEN ? KNOWN_CONTROL.length : 1;
    }

    private static AdminControl controlCandidate(Layer layer, AdminControl admin, int index) {
        return admin == AdminControl.UNKNOWN && layer == Layer.TOKEN ? KNOWN_CONTROL[index] : admin;
    }

    private static double silent(Tally scratch, Layer layer, Governance governance, VcFunding vc,
                                 AdminControl admin) {
        evaluate(layer, governance, vc, admin, scratch.restart());
        return scratch.points();
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
