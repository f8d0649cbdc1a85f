package io.dscore.benchmarks;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.Consensus;
import io.dscore.api.Governance;
import io.dscore.api.LaunchType;
import io.dscore.api.Layer;
import io.dscore.api.SharedSecurity;
import io.dscore.api.VcFunding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Makes synthetic, valid coins from a seed, for benchmarks: the same seed always gives the same coins.
 *
 * <p>The mix:
 * <ul>
 *   <li>every enum fact ({@link Layer}, {@link Consensus}, {@link LaunchType}, {@link VcFunding},
 *       {@link Governance}, {@link AdminControl}) is drawn uniformly over all its constants, {@code UNKNOWN}
 *       included, each independently of the others. Unknown facts are therefore more frequent than in real
 *       data, and they are the expensive case (the scorers search the range over them), so the mix errs on the
 *       slow side;</li>
 *   <li>each optional fact is empty with probability {@link #EMPTY_SHARE} ({@code mergedMinedWith} and
 *       {@code forkedFrom}: filled with probability {@link #RARE_SHARE}, as in real data); a known
 *       {@code sharedSecurity} is yes half of the time when there is a {@code hostChain} to provide it, else
 *       no;</li>
 *   <li>block producers are log-uniform from 0 to 99,999, so every row of the producer tables is hit; the
 *       Nakamoto coefficient is 1 to {@code min(blockProducers, 60)} (empty when there are no producers);
 *       launch years run from 2008 to the as-of year; percentages from 0 to 100 in steps of 0.1 (dev fund 0 to
 *       30); incidents from 0 to 12.</li>
 * </ul>
 * Every coin passes {@link Coin}'s validation and scores without error as of the generator's date.
 *
 * <pre>{@code
 * List<Coin> coins = new CoinGenerator(42, LocalDate.of(2026, 6, 19)).coins(10_000);
 * }</pre>
 *
 * <p>Not thread-safe: each generator holds its own random state.
 *
 * @since 0.1
 */
public final class CoinGenerator {

    /** The probability that an optional fact is empty. */
    public static final double EMPTY_SHARE = 1.0 / 3;
    /** The probability that a rare optional fact ({@code mergedMinedWith}, {@code forkedFrom}) is filled. */
    public static final double RARE_SHARE = 0.15;

    private static final Layer[] LAYERS = Layer.values();
    private static final Consensus[] CONSENSUS = Consensus.values();
    private static final LaunchType[] LAUNCHES = LaunchType.values();
    private static final VcFunding[] FUNDING = VcFunding.values();
    private static final Governance[] GOVERNANCE = Governance.values();
    private static final AdminControl[] CONTROL = AdminControl.values();
    private static final String[] HOSTS = {"ETH", "SOL", "BNB", "DOT", "BASE", "TRX"};
    private static final String[] DETAILS = {"SHA-256", "Scrypt", "Ethash", "Ouroboros Praos", "Tendermint"};
    private static final String[] PARENTS = {"BTC", "LTC", "XMR"};
    private static final int MAX_NAKAMOTO = 60;
    private static final int MAX_INCIDENTS = 12;

    private final SplittableRandom random;
    private final int asOfYear;
    private int count;

    /**
     * Creates a generator.
     *
     * @param seed the seed; equal seeds give equal coins
     * @param asOf the date the coins will be scored as of; no launch year is after its year; not null
     * @throws NullPointerException if {@code asOf} is null
     */
    public CoinGenerator(long seed, LocalDate asOf) {
        this.random = new SplittableRandom(seed);
        this.asOfYear = Objects.requireNonNull(asOf, "asOf").getYear();
    }

    /**
     * Returns the next {@code size} coins.
     *
     * @param size how many, &gt;= 0
     * @return a new mutable list of {@code size} coins, not null
     * @throws IllegalArgumentException if {@code size} is negative
     */
    public List<Coin> coins(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0 (was " + size + ")");
        }
        List<Coin> coins = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            coins.add(next());
        }
        return coins;
    }

    /**
     * Returns the next coin.
     *
     * @return a valid coin, not null
     */
    public Coin next() {
        int n = count++;
        String host = maybe(HOSTS);
        Layer layer = pick(LAYERS);
        Consensus consensus = pick(CONSENSUS);
        LaunchType launch = pick(LAUNCHES);
        Coin.Builder b = Coin.builder()
                .name("Synthetic " + n)
                .symbol("SYN" + n)
                .layer(layer)
                // a token has no consensus of its own, a chain of its own has one
                .consensus(layer == Layer.TOKEN ? Consensus.NONE
                        : layer == Layer.LAYER_1 && consensus == Consensus.NONE ? Consensus.POS : consensus)
                .launchType(launch)
                .vcFunded(pick(FUNDING))
                .governance(pick(GOVERNANCE))
                .adminControl(pick(CONTROL));
        set(host, b::hostChain);
        set(maybe(DETAILS), b::consensusDetail);
        set(random.nextDouble() < RARE_SHARE ? pick(PARENTS) : null, b::mergedMinedWith);
        if (launch == LaunchType.CHAIN_FORK) {
            b.forkedFrom(pick(PARENTS)); // a chain fork names the chain it copied
        }
        if (filled()) {
            // shared security needs a host chain that provides it
            b.sharedSecurity(random.nextBoolean() && host != null ? SharedSecurity.YES : SharedSecurity.NO);
        }
        int producers = -1;
        if (filled()) {
            // log-uniform 0..99,999: every row of the producer tables
            producers = (int) Math.pow(10, random.nextDouble() * 5) - 1;
            b.blockProducers(producers);
        }
        if (filled() && producers != 0) {
            int most = producers < 0 ? MAX_NAKAMOTO : Math.min(producers, MAX_NAKAMOTO);
            b.nakamotoCoefficient(1 + random.nextInt(most));
        }
        if (filled()) {
            b.launchYear(2008 + random.nextInt(asOfYear - 2008 + 1));
        }
        if (filled()) {
            b.insiderAllocationPct(random.nextInt(1001) / 10.0);
        }
        if (filled()) {
            b.devFundPct(random.nextInt(301) / 10.0);
        }
        if (filled()) {
            b.incidents(random.nextInt(MAX_INCIDENTS + 1));
        }
        return b.build();
    }

    private static void set(String value, Consumer<String> setter) {
        if (value != null) {
            setter.accept(value);
        }
    }

    private boolean filled() {
        return random.nextDouble() >= EMPTY_SHARE;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private String maybe(String[] values) {
        return filled() ? pick(values) : null;
    }
}
