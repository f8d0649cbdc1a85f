package io.dscore.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The facts about one cryptocurrency that a D-Score is computed from.
 *
 * <p>The components are the columns of the interchange format, in its order, named in camelCase
 * ({@code block_producers} is {@link #blockProducers()}). A fact that is not known is an empty
 * {@code Optional}, or the {@code UNKNOWN} constant of its enum (an empty list for {@link #producerShares()});
 * never {@code null}, {@code -1} or NaN. Build coins with {@link #builder()}:
 *
 * <pre>{@code
 * Coin flux = Coin.builder()
 *         .name("Flux").symbol("FLUX")
 *         .layer(Layer.LAYER_1).consensus(Consensus.POW)
 *         .launchType(LaunchType.FAIR_LAUNCH).launchYear(2020)
 *         .vcFunded(VcFunding.NO).insiderAllocationPct(5.3).devFundPct(3.6)
 *         .governance(Governance.COMPANY).incidents(0).adminControl(AdminControl.NONE)
 *         .build();
 * }</pre>
 *
 * <p>Users who hold real data give the amount of each producer instead of (or as well as) the two counts: blocks
 * per mining pool, stake per validator. The Node distribution scorer then derives the producer count and the
 * Nakamoto coefficient from those amounts and quotes their concentration:
 *
 * <pre>{@code
 * Coin.builder(flux).producerShares(410, 388, 201, 105, 99, 40).build(); // blocks per pool, last 24 hours
 * }</pre>
 *
 * <p>Validation happens here, in the constructor, so builders, readers and tests all pass through it. Every
 * message names the field and the value, for example {@code "blockProducers must be >= 0 (was -3)"}:
 * <ul>
 *   <li>{@code name} and {@code symbol} must not be null or blank; {@code layer}, {@code consensus},
 *       {@code launchType}, {@code vcFunded}, {@code governance} and {@code adminControl} must not be null;</li>
 *   <li>optional text facts, when present, must not be blank;</li>
 *   <li>{@code blockProducers} and {@code incidents} must be &gt;= 0, {@code nakamotoCoefficient} &gt;= 1 and
 *       not above {@code blockProducers} when both are known;</li>
 *   <li>{@code insiderAllocationPct} and {@code devFundPct} must be from 0 to 100 (NaN is rejected);</li>
 *   <li>{@code sharedSecurity} yes needs the {@code hostChain} that provides the security;</li>
 *   <li>{@code launchYear} must be 2008 or later (a launch year after the scoring date is rejected by the
 *       scorer, which knows that date);</li>
 *   <li>{@code producerShares}, when not empty, must hold finite amounts {@code >= 0}, at least one positive,
 *       with a finite sum (messages name the position: {@code "producerShares[2] must be a finite amount >= 0
 *       (was -1.0)"}); a {@code blockProducers} other than the number of positive amounts, or a
 *       {@code nakamotoCoefficient} other than the one the amounts give (the fewest producers holding strictly
 *       more than half of the total, computed exactly), is rejected with both values in the message.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param name the display name, not blank
 * @param symbol the ticker, not blank
 * @param layer where it lives, not null
 * @param hostChain the chain a layer 2 or token lives on, or the relay chain of a parachain; empty if none or unknown
 * @param consensus how its own blocks are produced ({@link Consensus#NONE} for a token), not null
 * @param consensusDetail the algorithm or variant, for example {@code "SHA-256"}; empty if not given
 * @param mergedMinedWith the parent chain it is merge-mined with; empty if it is not merge-mined
 * @param sharedSecurity whether another chain secures its block production (a parachain); empty if unknown
 * @param blockProducers independent block producers (mining pools, validators); empty if unknown
 * @param nakamotoCoefficient the smallest number of producers that together control more than half of production or stake; empty if unknown
 * @param producerShares the amount of each independent producer (blocks, hashrate or stake; any unit, only proportions matter), zeros allowed; an empty list if unknown; copied, not null
 * @param launchType how the first supply reached holders, not null
 * @param launchYear the year of genesis or token launch; empty if unknown
 * @param forkedFrom for a chain fork, the chain whose balances were copied; empty if none
 * @param vcFunded whether venture capital or private investors funded it, not null
 * @param insiderAllocationPct the share of the genesis supply given to team, investors, foundation or treasury, in percent; empty if unknown
 * @param devFundPct the share of ongoing block rewards or emissions paid to a foundation or dev fund, in percent; empty if unknown
 * @param governance who decides protocol changes, not null
 * @param incidents major incidents in its history (halts, rollbacks, protocol exploits, depegs, forced migrations); empty if unknown
 * @param adminControl the strongest power a single party holds; {@link AdminControl#UNKNOWN} if unknown
 * @since 0.1
 */
public record Coin(String name,
                   String symbol,
                   Layer layer,
                   Optional<String> hostChain,
                   Consensus consensus,
                   Optional<String> consensusDetail,
                   Optional<String> mergedMinedWith,
                   Optional<Boolean> sharedSecurity,
                   OptionalInt blockProducers,
                   OptionalInt nakamotoCoefficient,
                   List<Double> producerShares,
                   LaunchType launchType,
                   OptionalInt launchYear,
                   Optional<String> forkedFrom,
                   VcFunding vcFunded,
                   OptionalDouble insiderAllocationPct,
                   OptionalDouble devFundPct,
                   Governance governance,
                   OptionalInt incidents,
                   AdminControl adminControl) {

    /**
     * Creates a coin and checks every fact.
     *
     * @param name the display name, not blank
     * @param symbol the ticker, not blank
     * @param layer where it lives, not null
     * @param hostChain the chain a layer 2 or token lives on, or the relay chain of a parachain; empty if none or unknown
     * @param consensus how its own blocks are produced ({@link Consensus#NONE} for a token), not null
     * @param consensusDetail the algorithm or variant, for example {@code "SHA-256"}; empty if not given
     * @param mergedMinedWith the parent chain it is merge-mined with; empty if it is not merge-mined
     * @param sharedSecurity whether another chain secures its block production (a parachain); empty if unknown
     * @param blockProducers independent block producers (mining pools, validators); empty if unknown
     * @param nakamotoCoefficient the smallest number of producers that together control more than half of production or stake; empty if unknown
     * @param producerShares the amount of each independent producer (blocks, hashrate or stake; any unit, only proportions matter), zeros allowed; an empty list if unknown; not null
     * @param launchType how the first supply reached holders, not null
     * @param launchYear the year of genesis or token launch; empty if unknown
     * @param forkedFrom for a chain fork, the chain whose balances were copied; empty if none
     * @param vcFunded whether venture capital or private investors funded it, not null
     * @param insiderAllocationPct the share of the genesis supply given to team, investors, foundation or treasury, in percent; empty if unknown
     * @param devFundPct the share of ongoing block rewards or emissions paid to a foundation or dev fund, in percent; empty if unknown
     * @param governance who decides protocol changes, not null
     * @param incidents major incidents in its history (halts, rollbacks, protocol exploits, depegs, forced migrations); empty if unknown
     * @param adminControl the strongest power a single party holds; {@link AdminControl#UNKNOWN} if unknown
     * @throws IllegalArgumentException if a fact is missing or invalid; the message names the field and the value
     */
    public Coin {
        Validation.text(name, "name");
        Validation.text(symbol, "symbol");
        Validation.required(layer, "layer");
        Validation.required(hostChain, "hostChain").ifPresent(v -> Validation.text(v, "hostChain"));
        Validation.required(consensus, "consensus");
        Validation.required(consensusDetail, "consensusDetail").ifPresent(v -> Validation.text(v, "consensusDetail"));
        Validation.required(mergedMinedWith, "mergedMinedWith").ifPresent(v -> Validation.text(v, "mergedMinedWith"));
        Validation.required(sharedSecurity, "sharedSecurity");
        Validation.required(blockProducers, "blockProducers").ifPresent(v -> Validation.atLeast(v, 0, "blockProducers"));
        Validation.required(nakamotoCoefficient, "nakamotoCoefficient").ifPresent(v -> Validation.atLeast(v, 1, "nakamotoCoefficient"));
        producerShares = shares(Validation.required(producerShares, "producerShares"));
        Validation.required(launchType, "launchType");
        Validation.required(launchYear, "launchYear").ifPresent(v -> {
            if (v < Validation.FIRST_LAUNCH_YEAR) {
                throw new IllegalArgumentException(
                        Validation.format(Validation.YEAR, "launchYear", Validation.FIRST_LAUNCH_YEAR, v));
            }
        });
        Validation.required(forkedFrom, "forkedFrom").ifPresent(v -> Validation.text(v, "forkedFrom"));
        Validation.required(vcFunded, "vcFunded");
        Validation.required(insiderAllocationPct, "insiderAllocationPct").ifPresent(v -> Validation.percent(v, "insiderAllocationPct"));
        Validation.required(devFundPct, "devFundPct").ifPresent(v -> Validation.percent(v, "devFundPct"));
        Validation.required(governance, "governance");
        Validation.required(incidents, "incidents").ifPresent(v -> Validation.atLeast(v, 0, "incidents"));
        Validation.required(adminControl, "adminControl");
        if (sharedSecurity.orElse(false) && hostChain.isEmpty()) {
            throw new IllegalArgumentException(Validation.SHARED_SECURITY_WITHOUT_HOST);
        }
        if (blockProducers.isPresent() && nakamotoCoefficient.isPresent()
                && nakamotoCoefficient.getAsInt() > blockProducers.getAsInt()) {
            throw new IllegalArgumentException(Validation.format(Validation.NAKAMOTO_ABOVE_PRODUCERS,
                    nakamotoCoefficient.getAsInt(), blockProducers.getAsInt()));
        }
        if (!producerShares.isEmpty()) {
            agreeWithShares(producerShares, blockProducers, nakamotoCoefficient);
        }
    }

    /** Checks every share and returns an unmodifiable copy, with -0.0 read as 0. */
    private static List<Double> shares(List<Double> shares) {
        Double[] copy = new Double[shares.size()];
        double sum = 0;
        int i = 0;
        for (Double share : shares) {
            if (share == null) {
                throw new IllegalArgumentException(
                        Validation.format(Validation.REQUIRED, "producerShares[" + i + "]"));
            }
            double x = share;
            if (!(x >= 0 && x < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(Validation.format(Validation.SHARE, i, x));
            }
            sum += x;
            if (sum == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(
                        Validation.format(Validation.SHARES_OVERFLOW, Double.MAX_VALUE, i, x));
            }
            copy[i++] = x == 0 ? 0.0 : x;
        }
        if (copy.length > 0 && sum == 0) {
            throw new IllegalArgumentException(Validation.format(Validation.SHARES_ALL_ZERO, copy.length - 1));
        }
        return List.of(copy);
    }

    /** Rejects a producer count or Nakamoto coefficient that the shares contradict. */
    private static void agreeWithShares(List<Double> shares, OptionalInt producers, OptionalInt nakamoto) {
        if (producers.isPresent()) {
            int positive = 0;
            for (double share : shares) {
                positive += share > 0 ? 1 : 0;
            }
            if (producers.getAsInt() != positive) {
                throw new IllegalArgumentException(Validation.format(Validation.PRODUCERS_CONTRADICT_SHARES,
                        producers.getAsInt(), positive));
            }
        }
        if (nakamoto.isPresent()) {
            double[] amounts = new double[shares.size()];
            for (int i = 0; i < amounts.length; i++) {
                amounts[i] = shares.get(i);
            }
            int derived = Majority.nakamotoCoefficient(amounts);
            if (nakamoto.getAsInt() != derived) {
                throw new IllegalArgumentException(Validation.format(Validation.NAKAMOTO_CONTRADICTS_SHARES,
                        nakamoto.getAsInt(), derived));
            }
        }
    }

    /**
     * Returns an empty builder. Required facts must be set before {@link Builder#build()}; the others start
     * unknown ({@code adminControl} starts as {@link AdminControl#UNKNOWN}).
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding every fact of {@code template}, to derive a coin that differs in a few facts.
     *
     * @param template the coin to copy, not null
     * @return a new builder, not null
     * @throws IllegalArgumentException if {@code template} is null
     */
    public static Builder builder(Coin template) {
        return new Builder(Validation.required(template, "template"));
    }

    /**
     * A mutable builder of {@link Coin}; {@link #build()} runs the coin's validation. Not thread-safe; each
     * setter replaces the value set before.
     *
     * @since 0.1
     */
    public static final class Builder {
        private String name;
        private String symbol;
        private Layer layer;
        private Optional<String> hostChain = Optional.empty();
        private Consensus consensus;
        private Optional<String> consensusDetail = Optional.empty();
        private Optional<String> mergedMinedWith = Optional.empty();
        private Optional<Boolean> sharedSecurity = Optional.empty();
        private OptionalInt blockProducers = OptionalInt.empty();
        private OptionalInt nakamotoCoefficient = OptionalInt.empty();
        private List<Double> producerShares = List.of();
        private LaunchType launchType;
        private OptionalInt launchYear = OptionalInt.empty();
        private Optional<String> forkedFrom = Optional.empty();
        private VcFunding vcFunded;
        private OptionalDouble insiderAllocationPct = OptionalDouble.empty();
        private OptionalDouble devFundPct = OptionalDouble.empty();
        private Governance governance;
        private OptionalInt incidents = OptionalInt.empty();
        private AdminControl adminControl = AdminControl.UNKNOWN;

        private Builder() {
        }

        private Builder(Coin coin) {
            this.name = coin.name();
            this.symbol = coin.symbol();
            this.layer = coin.layer();
            this.hostChain = coin.hostChain();
            this.consensus = coin.consensus();
            this.consensusDetail = coin.consensusDetail();
            this.mergedMinedWith = coin.mergedMinedWith();
            this.sharedSecurity = coin.sharedSecurity();
            this.blockProducers = coin.blockProducers();
            this.nakamotoCoefficient = coin.nakamotoCoefficient();
            this.producerShares = coin.producerShares();
            this.launchType = coin.launchType();
            this.launchYear = coin.launchYear();
            this.forkedFrom = coin.forkedFrom();
            this.vcFunded = coin.vcFunded();
            this.insiderAllocationPct = coin.insiderAllocationPct();
            this.devFundPct = coin.devFundPct();
            this.governance = coin.governance();
            this.incidents = coin.incidents();
            this.adminControl = coin.adminControl();
        }

        /**
         * Sets column {@code name}: the display name.
         *
         * @param name the value; checked by {@link #build()}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets column {@code symbol}: the ticker.
         *
         * @param symbol the value; checked by {@link #build()}
         * @return this builder
         */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets column {@code layer}: where it lives.
         *
         * @param layer the value; checked by {@link #build()}
         * @return this builder
         */
        public Builder layer(Layer layer) {
            this.layer = layer;
            return this;
        }

        /**
         * Sets column {@code host_chain}: the chain a layer 2 or token lives on, or the relay chain of a parachain.
         *
         * @param hostChain the value, or null if none or unknown
         * @return this builder
         */
        public Builder hostChain(String hostChain) {
            this.hostChain = Optional.ofNullable(hostChain);
            return this;
        }

        /**
         * Sets column {@code consensus}: how its own blocks are produced ({@link Consensus#NONE} for a token).
         *
         * @param consensus the value; checked by {@link #build()}
         * @return this builder
         */
        public Builder consensus(Consensus consensus) {
            this.consensus = consensus;
            return this;
        }

        /**
         * Sets column {@code consensus_detail}: the algorithm or variant, for example {@code "SHA-256"}.
         *
         * @param consensusDetail the value, or null if none or unknown
         * @return this builder
         */
        public Builder consensusDetail(String consensusDetail) {
            this.consensusDetail = Optional.ofNullable(consensusDetail);
            return this;
        }

        /**
         * Sets column {@code merged_mined_with}: the parent chain it is merge-mined with.
         *
         * @param mergedMinedWith the value, or null if none or unknown
         * @return this builder
         */
        public Builder mergedMinedWith(String mergedMinedWith) {
            this.mergedMinedWith = Optional.ofNullable(mergedMinedWith);
            return this;
        }

        /**
         * Sets column {@code shared_security}: whether another chain secures its block production (a parachain).
         *
         * @param sharedSecurity the value
         * @return this builder
         */
        public Builder sharedSecurity(boolean sharedSecurity) {
            this.sharedSecurity = Optional.of(sharedSecurity);
            return this;
        }

        /**
         * Sets column {@code shared_security}, or marks it unknown.
         *
         * @param sharedSecurity the value, or empty if unknown; not null
         * @return this builder
         */
        public Builder sharedSecurity(Optional<Boolean> sharedSecurity) {
            this.sharedSecurity = sharedSecurity;
            return this;
        }

        /**
         * Sets column {@code block_producers}: independent block producers (mining pools, validators).
         *
         * @param blockProducers the value; checked by {@link #build()}
         * @return this builder
         */
        public Builder blockProducers(int blockProducers) {
            this.blockProducers = OptionalInt.of(blockProducers);
            return this;
        }

        /**
         * Sets column {@code block_producers}, or marks it unknown.
         *
         * @param blockProducers the value, or empty if unknown; not null
         * @return this builder
         */
        public Builder blockProducers(OptionalInt blockProducers) {
            this.blockProducers = blockProducers;
            return this;
        }

        /**
         * Sets column {@code nakamoto_coefficient}: the smallest number of producers that together control more than half of production or stake.
         *
         * @param nakamotoCoefficient the value; checked by {@link #build()}
         * @return this builder
         */
        public Builder nakamotoCoefficient(int nakamotoCoefficient) {
            this.nakamotoCoefficient = OptionalInt.of(nakamotoCoefficient);
            return this;
        }

        /**
         * Sets column {@code nakamoto_coefficient}, or marks it unknown.
         *
         * @param nakamotoCoefficient the value, or empty if unknown; not null
         * @return this builder
         */
        public Builder nakamotoCoefficient(OptionalInt nakamotoCoefficient) {
            this.nakamotoCoefficient = nakamotoCoefficient;
            return this;
        }

        /**
         * Sets column {@code producer_shares}: the amount of each independent producer (blocks per mining pool,
         * hashrate, stake per validator; any unit, only proportions matter). No amounts marks it unknown.
         *
         * @param producerShares the amounts, one per producer; checked by {@link #build()}
         * @return this builder
         */
        public Builder producerShares(double... producerShares) {
            if (producerShares == null) {
                this.producerShares = null;
                return this;
            }
            List<Double> list = new ArrayList<>(producerShares.length);
            for (double share : producerShares) {
                list.add(share);
            }
            this.producerShares = list;
            return this;
        }

        /**
         * Sets column {@code producer_shares} from any numbers, in iteration order; an empty collection marks it
         * unknown.
         *
         * @param producerShares the amounts, one per producer; checked by {@link #build()}, which also rejects
         *                       null elements
         * @return this builder
         */
        public Builder producerShares(Collection<? extends Number> producerShares) {
            if (producerShares == null) {
                this.producerShares = null;
                return this;
            }
            List<Double> list = new ArrayList<>(producerShares.size());
            for (Number share : producerShares) {
                list.add(share == null ? null : share.doubleValue());
            }
            this.producerShares = list;
            return this;
        }

        /**
         * Sets column {@code launch_type}: how the first supply reached holders.
         *
         * @param launchType the value; checked by {@link #build()}
         * @return this builder
         */
        public Builder launchType(LaunchType launchType) {
            this.launchType = launchType;
            return this;
        }

        /**
         * Sets column {@code launch_year}: the year of genesis or token launch.
         *
         * @param launchYear the value; checked by {@link #build()}
         * @return this builder
         */
        public Builder launchYear(int launchYear) {
            this.launchYear = OptionalInt.of(launchYear);
            return this;
        }

        /**
         * Sets column {@code launch_year}, or marks it unknown.
         *
         * @param launchYear the value, or empty if unknown; not null
         * @return this builder
         */
        public Builder launchYear(OptionalInt launchYear) {
            this.launchYear = launchYear;
            return this;
        }

        /**
         * Sets column {@code forked_from}: for a chain fork, the chain whose balances were copied.
         *
         * @param forkedFrom the value, or null if none or unknown
         * @return this builder
         */
        public Builder forkedFrom(String forkedFrom) {
            this.forkedFrom = Optional.ofNullable(forkedFrom);
            return this;
        }

        /**
         * Sets column {@code vc_funded}: whether venture capital or private investors funded it.
         *
         * @param vcFunded the value; checked by {@link #build()}
         * @return this builder
         */
        public Builder vcFunded(VcFunding vcFunded) {
            this.vcFunded = vcFunded;
            return this;
        }

        /**
         * Sets column {@code insider_allocation_pct}: the share of the genesis supply given to team, investors, foundation or treasury, in percent.
         *
         * @param insiderAllocationPct the value; checked by {@link #build()}
         * @return this builder
         */
        public Builder insiderAllocationPct(double insiderAllocationPct) {
            this.insiderAllocationPct = OptionalDouble.of(insiderAllocationPct);
            return this;
        }

        /**
         * Sets column {@code insider_allocation_pct}, or marks it unknown.
         *
         * @param insiderAllocationPct the value, or empty if unknown; not null
         * @return this builder
         */
        public Builder insiderAllocationPct(OptionalDouble insiderAllocationPct) {
            this.insiderAllocationPct = insiderAllocationPct;
            return this;
        }

        /**
         * Sets column {@code dev_fund_pct}: the share of ongoing block rewards or emissions paid to a foundation or dev fund, in percent.
         *
         * @param devFundPct the value; checked by {@link #build()}
         * @return this builder
         */
        public Builder devFundPct(double devFundPct) {
            this.devFundPct = OptionalDouble.of(devFundPct);
            return this;
        }

        /**
         * Sets column {@code dev_fund_pct}, or marks it unknown.
         *
         * @param devFundPct the value, or empty if unknown; not null
         * @return this builder
         */
        public Builder devFundPct(OptionalDouble devFundPct) {
            this.devFundPct = devFundPct;
            return this;
        }

        /**
         * Sets column {@code governance}: who decides protocol changes.
         *
         * @param governance the value; checked by {@link #build()}
         * @return this builder
         */
        public Builder governance(Governance governance) {
            this.governance = governance;
            return this;
        }

        /**
         * Sets column {@code incidents}: major incidents in its history (halts, rollbacks, protocol exploits, depegs, forced migrations).
         *
         * @param incidents the value; checked by {@link #build()}
         * @return this builder
         */
        public Builder incidents(int incidents) {
            this.incidents = OptionalInt.of(incidents);
            return this;
        }

        /**
         * Sets column {@code incidents}, or marks it unknown.
         *
         * @param incidents the value, or empty if unknown; not null
         * @return this builder
         */
        public Builder incidents(OptionalInt incidents) {
            this.incidents = incidents;
            return this;
        }

        /**
         * Sets column {@code admin_control}: the strongest power a single party holds.
         *
         * @param adminControl the value; checked by {@link #build()}
         * @return this builder
         */
        public Builder adminControl(AdminControl adminControl) {
            this.adminControl = adminControl;
            return this;
        }

        /**
         * Builds the coin.
         *
         * @return a new coin, not null
         * @throws IllegalArgumentException if a required fact is missing or a fact is invalid; the message names
         *                                  the field and the value
         */
        public Coin build() {
            return new Coin(name, symbol, layer, hostChain, consensus, consensusDetail, mergedMinedWith, sharedSecurity, blockProducers, nakamotoCoefficient, producerShares, launchType, launchYear, forkedFrom, vcFunded, insiderAllocationPct, devFundPct, governance, incidents, adminControl);
        }
    }
}
