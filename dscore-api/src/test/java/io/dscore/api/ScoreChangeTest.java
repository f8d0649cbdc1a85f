package io.dscore.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link ScoreChange} from hand-made results (this module cannot score): matching of facts and reasons, the
 * refusals and their messages, the invariants the constructor checks, and the lines of {@code toString()}.
 * Properties over scored coins are in dscore-core's {@code ScoreChangePropertiesTest}.
 */
class ScoreChangeTest {

    private static final Methodology V1 = new Methodology("dscore", "1", LocalDate.of(2026, 11, 27));
    private static final Methodology V2 = new Methodology("dscore", "2", LocalDate.of(2027, 1, 1));
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 19);
    private static final LocalDate JULY = LocalDate.of(2026, 7, 19);
    private static final Coin FLUX = CoinValidationTest.valid().build();

    private static Reason reason(ReasonCode code, double points, String text) {
        return new Reason(code, points, text);
    }

    private static ComponentScore score(Component c, double points, Reason... reasons) {
        return new ComponentScore(c, points, points, points, List.of(reasons));
    }

    /** Flux as published, 30 + 13 + 7 + 13 + 5 = 68, with one reason (or two) per component. */
    private static List<ComponentScore> flux(double governance, Reason... extraGovernance) {
        List<Reason> gov = new ArrayList<>();
        gov.add(reason(ReasonCode.GOVERNANCE_DECISION_MAKERS, governance, "governance COMPANY"));
        gov.addAll(List.of(extraGovernance));
        return List.of(
                score(Component.NODE_DISTRIBUTION, 30, reason(ReasonCode.NODE_OPEN_MINING, 30, "open mining")),
                score(Component.INITIAL_DISTRIBUTION, 13, reason(ReasonCode.INITIAL_OPEN_LAUNCH, 13, "fair launch")),
                new ComponentScore(Component.GOVERNANCE, governance, governance, governance, gov),
                score(Component.AGE_AND_HISTORY, 13, reason(ReasonCode.AGE_YEARS_SINCE_LAUNCH, 13, "6 years")),
                score(Component.AUTONOMY, 5, reason(ReasonCode.AUTONOMY_OWN_CHAIN, 5, "own chain")));
    }

    private static DScoreResult result(Coin coin, LocalDate asOf, Methodology m, List<ComponentScore> scores) {
        return new DScoreResult(coin, asOf, m, scores);
    }

    @Test
    void aResultComparedWithItselfIsAnEmptyChange() {
        DScoreResult r = result(FLUX, JUNE, V1, flux(7));
        ScoreChange change = r.changesFrom(r);
        assertThat(change.isEmpty()).isTrue();
        assertThat(change.scoreChanged()).isFalse();
        assertThat(change.cause()).isEqualTo(ScoreChange.Cause.NONE);
        assertThat(change.facts()).isEmpty();
        assertThat(change.reasons()).isEmpty();
        assertThat(change.moved()).isEmpty();
        assertThat(change).hasToString("FLUX: no change (68, Decentralized), dscore-1, as of 2026-06-19, "
                + "nothing changed");
    }

    @Test
    void factsPointsAndReasonsThatChangedAreListed() {
        Coin later = Coin.builder(FLUX).governance(Governance.ON_CHAIN).unknown(Fact.LAUNCH_YEAR)
                .insiderAllocationPct(16.70).build();
        DScoreResult before = result(FLUX, JUNE, V1, flux(7));
        DScoreResult after = result(later, JUNE, V1,
                flux(20, reason(ReasonCode.UNKNOWN_FACT, 0, "launch_year unknown")));
        ScoreChange change = after.changesFrom(before);

        assertThat(change.isEmpty()).isFalse();
        assertThat(change.scoreChanged()).isTrue();
        assertThat(change.cause()).isEqualTo(ScoreChange.Cause.FACTS);
        assertThat(change.totalBefore()).isEqualTo(68);
        assertThat(change.totalAfter()).isEqualTo(81);
        assertThat(change.totalDelta()).isEqualTo(13);
        assertThat(change.bandBefore()).isEqualTo(Band.DECENTRALIZED);
        assertThat(change.bandAfter()).isEqualTo(Band.HIGHLY_DECENTRALIZED);
        assertThat(change.facts()).containsExactly(
                new ScoreChange.FactChange(Fact.LAUNCH_YEAR, "2020", "unknown"),
                new ScoreChange.FactChange(Fact.INSIDER_ALLOCATION_PCT, "5.3", "16.7"),
                new ScoreChange.FactChange(Fact.GOVERNANCE, "COMPANY", "ON_CHAIN"));
        assertThat(change.moved()).containsExactly(new ScoreChange.ComponentChange(Component.GOVERNANCE, 7, 20));
        assertThat(change.component(Component.AUTONOMY).delta()).isZero();
        assertThat(change.reasons()).extracting(ScoreChange.ReasonChange::code, ScoreChange.ReasonChange::kind,
                        ScoreChange.ReasonChange::delta)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReasonCode.GOVERNANCE_DECISION_MAKERS,
                                ScoreChange.ReasonChange.Kind.CHANGED, 13.0),
                        org.assertj.core.groups.Tuple.tuple(ReasonCode.UNKNOWN_FACT,
                                ScoreChange.ReasonChange.Kind.APPEARED, 0.0));
        assertThat(change.toString().split("\n")).containsExactly(
                "FLUX: 68 -> 81 (Decentralized -> Highly Decentralized), dscore-1, as of 2026-06-19, facts changed",
                "  fact launch_year: 2020 -> unknown",
                "  fact insider_allocation_pct: 5.3 -> 16.7",
                "  fact governance: COMPANY -> ON_CHAIN",
                "  Governance: 7 -> 20 (+13)",
                "  GOVERNANCE_DECISION_MAKERS changed: 7 -> 20 (+13): governance COMPANY",
                "  UNKNOWN_FACT appeared: 0 -> 0 (0): launch_year unknown");
    }

    @Test
    void swappingTheResultsSwapsEveryValue() {
        Coin later = Coin.builder(FLUX).governance(Governance.ON_CHAIN).build();
        DScoreResult before = result(FLUX, JUNE, V1, flux(7, reason(ReasonCode.UNKNOWN_FACT, 0, "incidents")));
        DScoreResult after = result(later, JULY, V1, flux(20));
        ScoreChange forward = after.changesFrom(before);
        ScoreChange back = before.changesFrom(after);
        assertThat(forward.cause()).isEqualTo(ScoreChange.Cause.FACTS_AND_AGE);
        assertThat(back.cause()).isEqualTo(ScoreChange.Cause.FACTS_AND_AGE);
        assertThat(back.totalDelta()).isEqualTo(-forward.totalDelta());
        assertThat(back.facts()).containsExactly(new ScoreChange.FactChange(Fact.GOVERNANCE, "ON_CHAIN", "COMPANY"));
        assertThat(forward.reasons()).extracting(ScoreChange.ReasonChange::kind).containsExactly(
                ScoreChange.ReasonChange.Kind.CHANGED, ScoreChange.ReasonChange.Kind.DISAPPEARED);
        assertThat(back.reasons()).extracting(ScoreChange.ReasonChange::kind).containsExactly(
                ScoreChange.ReasonChange.Kind.CHANGED, ScoreChange.ReasonChange.Kind.APPEARED);
        assertThat(forward.toString()).startsWith("FLUX: 68 -> 81 (Decentralized -> Highly Decentralized), "
                + "dscore-1, as of 2026-06-19 -> 2026-07-19, facts changed and older\n");
    }

    @Test
    void sameFactsAtAnotherDateIsAge() {
        DScoreResult june = result(FLUX, JUNE, V1, flux(7));
        DScoreResult july = result(FLUX, JULY, V1, flux(7));
        ScoreChange change = july.changesFrom(june);
        assertThat(change.cause()).isEqualTo(ScoreChange.Cause.AGE);
        assertThat(change.isEmpty()).isTrue();
        assertThat(change.asOfBefore()).isEqualTo(JUNE);
        assertThat(change.asOfAfter()).isEqualTo(JULY);
    }

    @Test
    void unknownFactNotesAreMatchedByText() {
        DScoreResult before = result(FLUX, JUNE, V1, flux(7, reason(ReasonCode.UNKNOWN_FACT, 0, "incidents")));
        DScoreResult after = result(FLUX, JUNE, V1, flux(7, reason(ReasonCode.UNKNOWN_FACT, 0, "admin_control")));
        assertThat(after.changesFrom(before).reasons()).extracting(r -> r.kind() + " " + r.after().or(r::before)
                        .orElseThrow().text())
                .containsExactly("DISAPPEARED incidents", "APPEARED admin_control");
    }

    @Test
    void aReasonWhoseTextAloneChangedIsNoChange() {
        List<ComponentScore> scores = new ArrayList<>(flux(7));
        scores.set(3, score(Component.AGE_AND_HISTORY, 13, reason(ReasonCode.AGE_YEARS_SINCE_LAUNCH, 13, "7 years")));
        ScoreChange change = result(FLUX, JULY, V1, scores).changesFrom(result(FLUX, JUNE, V1, flux(7)));
        assertThat(change.reasons()).isEmpty();
    }

    @Test
    void symbolsAreComparedIgnoringCase() {
        Coin lower = Coin.builder(FLUX).symbol("flux").build();
        ScoreChange change = result(lower, JUNE, V1, flux(7)).changesFrom(result(FLUX, JUNE, V1, flux(7)));
        assertThat(change.symbol()).isEqualTo("flux");
        assertThat(change.facts()).containsExactly(new ScoreChange.FactChange(Fact.SYMBOL, "FLUX", "flux"));
    }

    @Test
    void anotherCoinIsRefused() {
        Coin other = Coin.builder(FLUX).symbol("ZEL").build();
        assertThatThrownBy(() -> result(other, JUNE, V1, flux(7)).changesFrom(result(FLUX, JUNE, V1, flux(7))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("results must be of the same coin (symbol ZEL, earlier FLUX)");
    }

    @Test
    void anotherMethodologyIsRefusedNamingBoth() {
        assertThatThrownBy(() -> result(FLUX, JUNE, V2, flux(7)).changesFrom(result(FLUX, JUNE, V1, flux(7))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("results must be of the same methodology (dscore-2, earlier dscore-1)");
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> result(FLUX, JUNE, V1, flux(7)).changesFrom(null))
                .isInstanceOf(NullPointerException.class).hasMessage("earlier");
    }

    @Test
    void enumUnknownsAndProducerSharesAreWrittenAsTheFormatWritesThem() {
        Coin before = Coin.builder(FLUX).unknown(Fact.BLOCK_PRODUCERS).unknown(Fact.NAKAMOTO_COEFFICIENT)
                .governance(Governance.UNKNOWN).build();
        Coin after = Coin.builder(FLUX).unknown(Fact.BLOCK_PRODUCERS).unknown(Fact.NAKAMOTO_COEFFICIENT)
                .producerShares(30, 25.5, 1.5e6, 0).build();
        ScoreChange change = result(after, JUNE, V1, flux(7)).changesFrom(result(before, JUNE, V1, flux(7)));
        assertThat(change.facts()).containsExactly(
                new ScoreChange.FactChange(Fact.PRODUCER_SHARES, "unknown", "30;25.5;1500000;0"),
                new ScoreChange.FactChange(Fact.GOVERNANCE, "unknown", "COMPANY"));
    }

    private static List<ScoreChange.ComponentChange> unchanged(double... points) {
        List<ScoreChange.ComponentChange> list = new ArrayList<>();
        for (Component c : Component.values()) {
            list.add(new ScoreChange.ComponentChange(c, points[c.ordinal()], points[c.ordinal()]));
        }
        return list;
    }

    @Test
    void constructorChecksBandsSumsAndOrder() {
        List<ScoreChange.ComponentChange> flux = unchanged(30, 13, 7, 13, 5);
        assertThatThrownBy(() -> new ScoreChange("FLUX", JUNE, JUNE, V1, 68, 68, Band.CENTRALIZED,
                Band.DECENTRALIZED, flux, List.of(), List.of(), ScoreChange.Cause.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bandBefore must be the band of 68.0, DECENTRALIZED (was CENTRALIZED)");
        assertThatThrownBy(() -> new ScoreChange("FLUX", JUNE, JUNE, V1, 68, 70, Band.DECENTRALIZED,
                Band.DECENTRALIZED, flux, List.of(), List.of(), ScoreChange.Cause.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("components must sum to the totals (68.0, 70.0; was 68.0, 68.0)");
        assertThatThrownBy(() -> new ScoreChange("FLUX", JUNE, JUNE, V1, 68, 68, Band.DECENTRALIZED,
                Band.DECENTRALIZED, flux.subList(0, 4), List.of(), List.of(), ScoreChange.Cause.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("components must hold one score per component, 5 (was 4)");
        List<ScoreChange.FactChange> backwards = List.of(new ScoreChange.FactChange(Fact.GOVERNANCE, "A", "B"),
                new ScoreChange.FactChange(Fact.LAYER, "A", "B"));
        assertThatThrownBy(() -> new ScoreChange("FLUX", JUNE, JUNE, V1, 68, 68, Band.DECENTRALIZED,
                Band.DECENTRALIZED, flux, backwards, List.of(), ScoreChange.Cause.FACTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("facts must be distinct and in Fact order (layer after governance)");
    }

    @Test
    void partsCheckTheirValues() {
        assertThatThrownBy(() -> new ScoreChange.FactChange(Fact.LAYER, "TOKEN", "TOKEN"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a fact change must change the value (layer was 'TOKEN' both times)");
        Reason seven = reason(ReasonCode.GOVERNANCE_DECISION_MAKERS, 7, "x");
        assertThatThrownBy(() -> new ScoreChange.ReasonChange(Component.GOVERNANCE,
                ReasonCode.GOVERNANCE_DECISION_MAKERS, Optional.of(seven), Optional.of(seven)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a reason change must add, remove or re-weigh a reason "
                        + "(GOVERNANCE, GOVERNANCE_DECISION_MAKERS both times)");
        assertThatThrownBy(() -> new ScoreChange.ReasonChange(Component.AUTONOMY,
                ReasonCode.GOVERNANCE_DECISION_MAKERS, Optional.empty(), Optional.of(seven)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("GOVERNANCE_DECISION_MAKERS is not a reason code of AUTONOMY");
        assertThatThrownBy(() -> new ScoreChange.ReasonChange(Component.GOVERNANCE, ReasonCode.UNKNOWN_FACT,
                Optional.empty(), Optional.of(seven)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a reason change must pair two reasons of one code (GOVERNANCE_DECISION_MAKERS, "
                        + "earlier null)");
        assertThatThrownBy(() -> new ScoreChange.ComponentChange(Component.AUTONOMY, 0.25, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pointsBefore must be a finite multiple of 0.5 (was 0.25)");
    }

    @Test
    void theListsAreCopies() {
        List<ScoreChange.FactChange> facts = new ArrayList<>(
                List.of(new ScoreChange.FactChange(Fact.GOVERNANCE, "COMPANY", "ON_CHAIN")));
        ScoreChange change = new ScoreChange("FLUX", JUNE, JUNE, V1, 68, 68, Band.DECENTRALIZED,
                Band.DECENTRALIZED, unchanged(30, 13, 7, 13, 5), facts, List.of(), ScoreChange.Cause.FACTS);
        facts.clear();
        assertThat(change.facts()).hasSize(1);
        assertThatThrownBy(() -> change.facts().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
