package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.ComponentScore;
import io.dscore.api.Fact;
import io.dscore.api.Governance;
import io.dscore.api.InvalidFactException;
import io.dscore.api.LaunchType;
import io.dscore.api.SharedSecurity;
import io.dscore.api.VcFunding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The range a component reports over unknown facts is exact: every completion of the unknown facts scores inside
 * it, and its minimum and maximum are each reached by some completion. The completions tried here come from a grid
 * of values for each fact (every word, and numbers at and around every threshold of the rules), not from the
 * candidates the engine tries, so the test checks the engine's claim that candidates suffice.
 */
class RangeCompletionTest {

    private static final Scorer SCORER = DScore.asOf(Coins.AS_OF);

    /** One fact: when a coin leaves it unknown, and the values a completion may give it. */
    private record Grid(Predicate<Coin> unknown, List<BiConsumer<Coin.Builder, Coin>> values) {
    }

    private static final Map<Fact, Grid> GRIDS = Map.of(
            Fact.SHARED_SECURITY, new Grid(c -> c.sharedSecurity() == SharedSecurity.UNKNOWN,
                    words(SharedSecurity.YES, SharedSecurity.NO, (b, v) -> b.sharedSecurity(v))),
            Fact.BLOCK_PRODUCERS, new Grid(c -> c.blockProducers().isEmpty() && c.producerShares().isEmpty(),
                    ints(new int[] {0, 1, 2, 3, 4, 5, 9, 10, 99, 100, 299, 300, 999, 1000, Integer.MAX_VALUE},
                            Coin.Builder::blockProducers)),
            Fact.NAKAMOTO_COEFFICIENT, new Grid(c -> c.nakamotoCoefficient().isEmpty() && c.producerShares().isEmpty(),
                    nakamotoCoefficients()),
            Fact.LAUNCH_TYPE, new Grid(c -> c.launchType() == LaunchType.UNKNOWN, launches()),
            Fact.VC_FUNDED, new Grid(c -> c.vcFunded() == VcFunding.UNKNOWN,
                    words(VcFunding.YES, VcFunding.NO, (b, v) -> b.vcFunded(v))),
            Fact.INSIDER_ALLOCATION_PCT, new Grid(c -> c.insiderAllocationPct().isEmpty(),
                    percents(Coin.Builder::insiderAllocationPct)),
            Fact.DEV_FUND_PCT, new Grid(c -> c.devFundPct().isEmpty(), percents(Coin.Builder::devFundPct)),
            Fact.LAUNCH_YEAR, new Grid(c -> c.launchYear().isEmpty(),
                    ints(java.util.stream.IntStream.rangeClosed(2008, Coins.LAST_YEAR).toArray(),
                            Coin.Builder::launchYear)),
            Fact.INCIDENTS, new Grid(c -> c.incidents().isEmpty(),
                    ints(new int[] {0, 1, 2, 3, 4, 5, 11, 12, Integer.MAX_VALUE}, Coin.Builder::incidents)),
            Fact.GOVERNANCE, new Grid(c -> c.governance() == Governance.UNKNOWN, governances()));

    private static final Grid ADMIN = new Grid(c -> c.adminControl() == AdminControl.UNKNOWN, controls());

    @Test
    void everyCompletionScoresInsideTheRangeAndBothEndsAreReached() {
        qt().withExamples(300).forAll(Coins.coins()).checkAssert(coin -> {
            for (Rules rules : Scorer.rules()) {
                ComponentScore score = SCORER.scoreOf(coin).component(rules.component());
                List<Grid> unknown = new ArrayList<>();
                for (Fact fact : Fact.values()) {
                    Grid grid = fact == Fact.ADMIN_CONTROL ? ADMIN : GRIDS.get(fact);
                    if (grid != null && rules.reads(fact) && grid.unknown().test(coin)) {
                        unknown.add(grid);
                    }
                }
                TreeSet<Double> reached = new TreeSet<>();
                complete(coin, unknown, new ArrayList<>(), rules, reached);
                assertThat(reached).as("%s of %s", rules.component(), coin).isNotEmpty();
                assertThat(reached.first()).as("lowest completion, %s of %s", rules.component(), coin)
                        .isEqualTo(score.minPoints());
                assertThat(reached.last()).as("highest completion, %s of %s", rules.component(), coin)
                        .isEqualTo(score.maxPoints());
            }
        });
    }

    /** Scores every valid completion of the unknown facts from {@code i} on; adds its points to {@code reached}. */
    private static void complete(Coin coin, List<Grid> unknown, List<BiConsumer<Coin.Builder, Coin>> chosen,
                                 Rules rules, TreeSet<Double> reached) {
        if (chosen.size() == unknown.size()) {
            Coin.Builder builder = Coin.builder(coin);
            chosen.forEach(value -> value.accept(builder, coin));
            try {
                Coin completed = builder.build();
                // a Nakamoto coefficient may stay unknown only where it cannot exist: no producers
                if (completed.nakamotoCoefficient().isEmpty() && completed.producerShares().isEmpty()
                        && completed.blockProducers().orElse(1) != 0 && unknown.contains(GRIDS.get(Fact.NAKAMOTO_COEFFICIENT))) {
                    return;
                }
                reached.add(SCORER.scoreOf(completed).component(rules.component()).points());
            } catch (InvalidFactException inconsistent) {
                // e.g. a Nakamoto coefficient above the producer count: no such coin
            }
            return;
        }
        for (BiConsumer<Coin.Builder, Coin> value : unknown.get(chosen.size()).values()) {
            chosen.add(value);
            complete(coin, unknown, chosen, rules, reached);
            chosen.remove(chosen.size() - 1);
        }
    }

    private static <E> List<BiConsumer<Coin.Builder, Coin>> words(E a, E b, BiConsumer<Coin.Builder, E> set) {
        return List.of((builder, c) -> set.accept(builder, a), (builder, c) -> set.accept(builder, b));
    }

    private static List<BiConsumer<Coin.Builder, Coin>> ints(int[] values, java.util.function.ObjIntConsumer<Coin.Builder> set) {
        List<BiConsumer<Coin.Builder, Coin>> list = new ArrayList<>();
        for (int v : values) {
            list.add((b, c) -> set.accept(b, v));
        }
        return list;
    }

    private static List<BiConsumer<Coin.Builder, Coin>> percents(java.util.function.ObjDoubleConsumer<Coin.Builder> set) {
        List<BiConsumer<Coin.Builder, Coin>> list = new ArrayList<>();
        for (double v : new double[] {0, 0.5, 1, 1.5, 5, 9.5, 10, 10.5, 15, 16.5, 19.5, 20, 20.5, 50, 100}) {
            list.add((b, c) -> set.accept(b, v));
        }
        return list;
    }

    /** Coefficients at and around the thresholds, or none (for a chain without producers). */
    private static List<BiConsumer<Coin.Builder, Coin>> nakamotoCoefficients() {
        List<BiConsumer<Coin.Builder, Coin>> list = new ArrayList<>(
                ints(new int[] {1, 2, 3, 4, 5, 9, 10, 50, Integer.MAX_VALUE}, Coin.Builder::nakamotoCoefficient));
        list.add((b, c) -> b.unknown(Fact.NAKAMOTO_COEFFICIENT));
        return list;
    }

    private static List<BiConsumer<Coin.Builder, Coin>> launches() {
        List<BiConsumer<Coin.Builder, Coin>> list = new ArrayList<>();
        for (LaunchType l : LaunchType.values()) {
            if (l != LaunchType.UNKNOWN) {
                list.add((b, c) -> {
                    b.launchType(l);
                    if (l == LaunchType.CHAIN_FORK) {
                        b.forkedFrom("Bitcoin");
                    }
                });
            }
        }
        return list;
    }

    private static List<BiConsumer<Coin.Builder, Coin>> governances() {
        List<BiConsumer<Coin.Builder, Coin>> list = new ArrayList<>();
        for (Governance g : Governance.values()) {
            if (g != Governance.UNKNOWN) {
                list.add((b, c) -> b.governance(g));
            }
        }
        return list;
    }

    private static List<BiConsumer<Coin.Builder, Coin>> controls() {
        List<BiConsumer<Coin.Builder, Coin>> list = new ArrayList<>();
        for (AdminControl a : AdminControl.values()) {
            if (a != AdminControl.UNKNOWN) {
                list.add((b, c) -> b.adminControl(a));
            }
        }
        return list;
    }
}
