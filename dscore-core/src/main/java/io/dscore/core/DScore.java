package io.dscore.core;

import io.dscore.api.Coin;
import io.dscore.api.DScoreResult;
import io.dscore.api.Improvement;
import io.dscore.api.Methodology;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The entry point: the D-Score of a cryptocurrency, a 0-100 rating of how decentralized it is.
 *
 * <p>A D-Score is the plain sum of five components: Node distribution (up to 30), Initial distribution (25),
 * Governance (25), Age and history (15) and Autonomy (5); the total falls in a {@link io.dscore.api.Band}.
 * Each component is computed by its own {@link ComponentScorer}; the rules and the evidence for them are in
 * {@code docs/methodology.md}.
 *
 * <pre>{@code
 * DScoreResult result = DScore.asOf(LocalDate.of(2026, 6, 19)).scoreOf(flux);
 * result.total();                                  // 68.0
 * result.band().label();                           // "Decentralized"
 * result.component(Component.GOVERNANCE).points(); // 7.0
 * }</pre>
 *
 * <p>Ages depend on the date: {@link #asOf(LocalDate)} fixes it explicitly and is what services and tests
 * should use; {@link #scoreOf(Coin)} and {@link #scoreAll(Collection)} score as of today in the system default
 * time zone. This class has no state: its methods may be called from any number of threads at once.
 *
 * @since 0.1
 */
public final class DScore {

    private DScore() {
    }

    /**
     * Returns a scorer that computes ages as of {@code date}.
     *
     * @param date the as-of date, not null
     * @return an immutable, thread-safe scorer, not null
     * @throws IllegalArgumentException if {@code date} is before 2008 (no coin launched earlier)
     * @throws NullPointerException     if {@code date} is null
     */
    public static Scorer asOf(LocalDate date) {
        return new Scorer(date);
    }

    /**
     * Returns the rules this library computes, the methodology every result names.
     *
     * @return the methodology, not null
     */
    public static Methodology methodology() {
        return Scorer.METHODOLOGY;
    }

    /**
     * Returns the version of this library, such as {@code "0.2.0"}: the module's version on the module path, else
     * the jar manifest's {@code Implementation-Version}.
     *
     * @return the version, or empty when neither is known (classes run from a build directory)
     */
    public static Optional<String> version() {
        Optional<String> module = DScore.class.getModule().getDescriptor() == null ? Optional.empty()
                : DScore.class.getModule().getDescriptor().rawVersion();
        return module.isPresent() ? module
                : Optional.ofNullable(DScore.class.getPackage().getImplementationVersion());
    }

    /**
     * Scores one coin as of today ({@code LocalDate.now()}).
     *
     * @param coin the facts, not null
     * @return the D-Score, not null
     * @throws IllegalArgumentException if the coin's launch year is after today
     * @throws NullPointerException     if {@code coin} is null
     */
    public static DScoreResult scoreOf(Coin coin) {
        return asOf(LocalDate.now()).scoreOf(coin);
    }

    /**
     * Scores many coins as of today ({@code LocalDate.now()}), in input order.
     *
     * @param coins the coins, not null and without null elements
     * @return one result per coin, in the iteration order of {@code coins}; unmodifiable, not null
     * @throws IllegalArgumentException if a coin's launch year is after today
     * @throws NullPointerException     if {@code coins} or an element is null
     */
    public static List<DScoreResult> scoreAll(Collection<Coin> coins) {
        return asOf(LocalDate.now()).scoreAll(coins);
    }

    /**
     * Lists the single-fact changes that would raise the coin's total as of today, largest gain first; see
     * {@link Scorer#improvementsFor(Coin)}.
     *
     * @param coin the facts, not null
     * @return the improvements, largest gain first; unmodifiable, not null
     * @throws IllegalArgumentException if the coin's launch year is after today
     * @throws NullPointerException     if {@code coin} is null
     */
    public static List<Improvement> improvementsFor(Coin coin) {
        return asOf(LocalDate.now()).improvementsFor(coin);
    }
}
