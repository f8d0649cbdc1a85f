package io.dscore.api;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The facts about one cryptocurrency that a D-Score is computed from.
 *
 * <p>The components are the columns of the interchange format, in its order, named in camelCase
 * ({@code block_producers} is {@link #blockProducers()}). A fact that is not known is an empty
 * {@code Optional}, or the {@code UNKNOWN} constant of its enum (an empty list for {@link #producerShares()});
 * never {@code null}, {@code -1} or NaN. Build coins with {@link #builder()}: one setter per fact, and a fact
 * never set is unknown.
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
 * failure is an {@link InvalidFactException} naming the fact, the value and the problem, for example
 * {@code "block_producers must be >= 0 (was -3)"}:
 * <ul>
 *   <li>{@code name}, {@code symbol}, {@code layer} and {@code consensus} are required; {@code name},
 *       {@code symbol} and the optional text facts must not be blank (white space, no-break spaces and
 *       invisible format characters alone count as blank) and must not hold control characters other than tab
 *       and line breaks, or a lone surrogate;</li>
 *   <li>{@code blockProducers} and {@code incidents} must be &gt;= 0, {@code nakamotoCoefficient} &gt;= 1 and
 *       not above {@code blockProducers} when both are known;</li>
 *   <li>{@code insiderAllocationPct} and {@code devFundPct} must be from 0 to 100 (NaN is rejected, -0 is
 *       stored as 0);</li>
 *   <li>{@code launchYear} must be 2008 or later (a launch year after the scoring date is rejected by the
 *       scorer, which knows that date);</li>
 *   <li>a {@code TOKEN} has consensus {@code NONE}, and a {@code LAYER_1} does not; a {@code CHAIN_FORK} names
 *       the chain it was {@code forkedFrom}, and no other launch type does;</li>
 *   <li>{@code sharedSecurity YES} needs the {@code hostChain} that provides the security;</li>
 *   <li>{@code producerShares}, when not empty, must hold finite amounts {@code >= 0}, at least one positive,
 *       with a finite sum; a known {@code blockProducers} must equal the number of positive amounts. (A
 *       {@code nakamotoCoefficient} that the amounts contradict is rejected by the scorer, which computes
 *       concentration.)</li>
 * </ul>
 * An argument that is not a fact (a null {@code Optional}, a null list) is a programming error and throws
 * {@link NullPointerException} naming it.
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
 * @param sharedSecurity whether another chain secures its block production (a parachain), not null
 * @param blockProducers independent block producers (mining pools, validators); empty if unknown
 * @param nakamotoCoefficient the smallest number of producers that together control more than half of production or stake; empty if unknown
 * @param producerShares the amount of each independent producer (blocks, hashrate or stake; any unit, only proportions matter), zeros allowed; an empty list if unknown; copied, not null
 * @param launchType how the first supply reached holders, not null
 * @param launchYear the year of genesis or token launch; empty if unknown
 * @param forkedFrom for a chain fork, the chain whose balances were copied; empty for every other launch
 * @param vcFunded whether venture capital or private investors funded it, not null
 * @param insiderAllocationPct the share of the genesis supply given to team, investors, foundation or treasury, in percent; empty if unknown
 * @param devFundPct the share of ongoing block rewards or emissions paid to a foundation or dev fund, in percent; empty if unknown
 * @param governance who decides protocol changes, not null
 * @param incidents major incidents in its history (halts, rollbacks, protocol exploits, depegs, forced migrations); empty if unknown
 * @param adminControl the strongest power a single party holds, not null
 * @since 0.1
 */
public record Coin(String name,
                   String symbol,
                   Layer layer,
                   Optional<String> hostChain,
                   Consensus consensus,
                   Optional<String> consensusDetail,
                   Optional<String> mergedMinedWith,
                   SharedSecurity sharedSecurity,
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

    /** The year of the Bitcoin white paper: no coin launched before it. */
    private static final int FIRST_LAUNCH_YEAR = 2008;

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
     * @param sharedSecurity whether another chain secures its block production (a parachain), not null
     * @param blockProducers independent block producers (mining pools, validators); empty if unknown
     * @param nakamotoCoefficient the smallest number of producers that together control more than half of production or stake; empty if unknown
     * @param producerShares the amount of each independent producer (blocks, hashrate or stake; any unit, only proportions matter), zeros allowed; an empty list if unknown; not null
     * @param launchType how the first supply reached holders, not null
     * @param launchYear the year of genesis or token launch; empty if unknown
     * @param forkedFrom for a chain fork, the chain whose balances were copied; empty for every other launch
     * @param vcFunded whether venture capital or private investors funded it, not null
     * @param insiderAllocationPct the share of the genesis supply given to team, investors, foundation or treasury, in percent; empty if unknown
     * @param devFundPct the share of ongoing block rewards or emissions paid to a foundation or dev fund, in percent; empty if unknown
     * @param governance who decides protocol changes, not null
     * @param incidents major incidents in its history (halts, rollbacks, protocol exploits, depegs, forced migrations); empty if unknown
     * @param adminControl the strongest power a single party holds, not null
     * @throws InvalidFactException if a fact is missing, invalid, or contradicts another
     * @throws NullPointerException if an {@code Optional} or the list is null
     */
    public Coin {
        text(Fact.NAME, name);
        text(Fact.SYMBOL, symbol);
        required(Fact.LAYER, layer);
        optionalText(Fact.HOST_CHAIN, hostChain);
        required(Fact.CONSENSUS, consensus);
        optionalText(Fact.CONSENSUS_DETAIL, consensusDetail);
        optionalText(Fact.MERGED_MINED_WITH, mergedMinedWith);
        required(Fact.SHARED_SECURITY, sharedSecurity);
        atLeast(Fact.BLOCK_PRODUCERS, blockProducers, 0);
        atLeast(Fact.NAKAMOTO_COEFFICIENT, nakamotoCoefficient, 1);
        producerShares = shares(Objects.requireNonNull(producerShares, "producerShares"));
        required(Fact.LAUNCH_TYPE, launchType);
        if (Objects.requireNonNull(launchYear, "launchYear").isPresent() && launchYear.getAsInt() < FIRST_LAUNCH_YEAR) {
            throw new InvalidFactException(Fact.LAUNCH_YEAR, Integer.toString(launchYear.getAsInt()),
                    "must be " + FIRST_LAUNCH_YEAR + " or later");
        }
        optionalText(Fact.FORKED_FROM, forkedFrom);
        required(Fact.VC_FUNDED, vcFunded);
        insiderAllocationPct = percent(Fact.INSIDER_ALLOCATION_PCT, insiderAllocationPct);
        devFundPct = percent(Fact.DEV_FUND_PCT, devFundPct);
        required(Fact.GOVERNANCE, governance);
        atLeast(Fact.INCIDENTS, incidents, 0);
        required(Fact.ADMIN_CONTROL, adminControl);

        if (layer == Layer.TOKEN && consensus != Consensus.NONE) {
            throw new InvalidFactException(Fact.CONSENSUS, consensus.name(),
                    "must be NONE for layer TOKEN (a token has no block producers of its own)");
        }
        if (layer == Layer.LAYER_1 && consensus == Consensus.NONE) {
            throw new InvalidFactException(Fact.CONSENSUS, consensus.name(),
                    "must not be NONE for layer LAYER_1 (a chain of its own produces its blocks)");
        }
        if (launchType == LaunchType.CHAIN_FORK && forkedFrom.isEmpty()) {
            throw new InvalidFactException(Fact.FORKED_FROM, null,
                    "is required for launch_type CHAIN_FORK (the chain whose balances were copied)");
        }
        if (launchType != LaunchType.CHAIN_FORK && forkedFrom.isPresent()) {
            throw new InvalidFactException(Fact.FORKED_FROM, forkedFrom.get(),
                    "must be empty for launch_type " + launchType + " (only a CHAIN_FORK copies another chain)");
        }
        if (sharedSecurity == SharedSecurity.YES && hostChain.isEmpty()) {
            throw new InvalidFactException(Fact.SHARED_SECURITY, "YES",
                    "needs the host_chain that provides the security, which is empty");
        }
        if (blockProducers.isPresent() && nakamotoCoefficient.isPresent()
                && nakamotoCoefficient.getAsInt() > blockProducers.getAsInt()) {
            throw new InvalidFactException(Fact.NAKAMOTO_COEFFICIENT,
                    Integer.toString(nakamotoCoefficient.getAsInt()),
                    "must be <= block_producers, which is " + blockProducers.getAsInt());
        }
        if (!producerShares.isEmpty() && blockProducers.isPresent()) {
            int positive = 0;
            for (double share : producerShares) {
                positive += share > 0 ? 1 : 0;
            }
            if (blockProducers.getAsInt() != positive) {
                throw new InvalidFactException(Fact.BLOCK_PRODUCERS, Integer.toString(blockProducers.getAsInt()),
                        "contradicts producer_shares, which has " + positive + " positive amounts");
            }
        }
    }

    private static void required(Fact fact, Object value) {
        if (value == null) {
            throw new InvalidFactException(fact, null, "is required");
        }
    }

    private static void text(Fact fact, String value) {
        required(fact, value);
        boolean visible = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1)))) {
                if (Character.isHighSurrogate(c) || i == 0 || !Character.isHighSurrogate(value.charAt(i - 1))) {
                    throw new InvalidFactException(fact, value, "must not hold a lone surrogate (at index " + i + ")");
                }
            }
            // tab and line breaks are text (a quoted CSV cell may hold them; displays escape them), other controls not
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new InvalidFactException(fact, value, String.format(Locale.ROOT,
                        "must not hold control characters (U+%04X at index %d)", (int) c, i));
            }
            // blank: white space, no-break spaces and format characters (zero-width, bidi marks) show nothing
            visible |= !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                    && Character.getType(c) != Character.FORMAT;
        }
        if (!visible) {
            throw new InvalidFactException(fact, value, "must not be blank");
        }
    }

    private static void optionalText(Fact fact, Optional<String> value) {
        Objects.requireNonNull(value, fact.field()).ifPresent(v -> text(fact, v));
    }

    private static void atLeast(Fact fact, OptionalInt value, int min) {
        if (Objects.requireNonNull(value, fact.field()).isPresent() && value.getAsInt() < min) {
            throw new InvalidFactException(fact, Integer.toString(value.getAsInt()), "must be >= " + min);
        }
    }

    /** Checks a percentage and returns it with -0 read as 0. */
    private static OptionalDouble percent(Fact fact, OptionalDouble value) {
        if (Objects.requireNonNull(value, fact.field()).isEmpty()) {
            return value;
        }
        double x = value.getAsDouble();
        if (!(x >= 0 && x <= 100)) {
            throw new InvalidFactException(fact, Double.toString(x), "must be a percentage from 0 to 100");
        }
        return x == 0 ? OptionalDouble.of(0) : value;
    }

    /** Checks every share and returns an unmodifiable copy, with -0 read as 0. */
    private static List<Double> shares(List<Double> shares) {
        Double[] copy = new Double[shares.size()];
        double sum = 0;
        int i = 0;
        for (Double share : shares) {
            String which = "amount " + (i + 1) + " of " + copy.length;
            if (share == null) {
                throw new InvalidFactException(Fact.PRODUCER_SHARES, null, which + " is required");
            }
            double x = share;
            if (!(x >= 0 && x < Double.POSITIVE_INFINITY)) {
                throw new InvalidFactException(Fact.PRODUCER_SHARES, Double.toString(x),
                        which + " must be a finite amount >= 0");
            }
            sum += x;
            if (sum == Double.POSITIVE_INFINITY) {
                throw new InvalidFactException(Fact.PRODUCER_SHARES, Double.toString(x), String.format(Locale.ROOT,
                        "must have a finite total (the sum passes %s at %s)", Double.MAX_VALUE, which));
            }
            copy[i++] = x == 0 ? 0.0 : x;
        }
        if (copy.length > 0 && sum == 0) {
            throw new InvalidFactException(Fact.PRODUCER_SHARES, null,
                    "must hold a positive amount (all " + copy.length + " are 0)");
        }
        return List.of(copy);
    }

    /**
     * Returns an empty builder: every fact unknown. {@code name}, {@code symbol}, {@code layer} and
     * {@code consensus} must be set before {@link Builder#build()}.
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
     * @throws NullPointerException if {@code template} is null
     */
    public static Builder builder(Coin template) {
        return new Builder(Objects.requireNonNull(template, "template"));
    }

    /**
     * A mutable builder of {@link Coin}; {@link #build()} runs the coin's validation.
     *
     * <p>One setter per fact, taking the value; a fact never set is unknown, and {@link #unknown(Fact)} makes a
     * fact unknown again. Each setter replaces the value set before. Setters reject null with a
     * {@link NullPointerException}; values are checked by {@link #build()}. Not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private String name;
        private String symbol;
        private Layer layer;
        private String hostChain;
        private Consensus consensus;
        private String consensusDetail;
        private String mergedMinedWith;
        private SharedSecurity sharedSecurity = SharedSecurity.UNKNOWN;
        private Integer blockProducers;
        private Integer nakamotoCoefficient;
        private List<Double> producerShares = List.of();
        private LaunchType launchType = LaunchType.UNKNOWN;
        private Integer launchYear;
        private String forkedFrom;
        private VcFunding vcFunded = VcFunding.UNKNOWN;
        private Double insiderAllocationPct;
        private Double devFundPct;
        private Governance governance = Governance.UNKNOWN;
        private Integer incidents;
        private AdminControl adminControl = AdminControl.UNKNOWN;

        private Builder() {
        }

        private Builder(Coin coin) {
            name = coin.name;
            symbol = coin.symbol;
            layer = coin.layer;
            hostChain = coin.hostChain.orElse(null);
            consensus = coin.consensus;
            consensusDetail = coin.consensusDetail.orElse(null);
            mergedMinedWith = coin.mergedMinedWith.orElse(null);
            sharedSecurity = coin.sharedSecurity;
            blockProducers = boxed(coin.blockProducers);
            nakamotoCoefficient = boxed(coin.nakamotoCoefficient);
            producerShares = coin.producerShares;
            launchType = coin.launchType;
            launchYear = boxed(coin.launchYear);
            forkedFrom = coin.forkedFrom.orElse(null);
            vcFunded = coin.vcFunded;
            insiderAllocationPct = boxed(coin.insiderAllocationPct);
            devFundPct = boxed(coin.devFundPct);
            governance = coin.governance;
            incidents = boxed(coin.incidents);
            adminControl = coin.adminControl;
        }

        private static Integer boxed(OptionalInt value) {
            return value.isPresent() ? value.getAsInt() : null;
        }

        private static Double boxed(OptionalDouble value) {
            return value.isPresent() ? value.getAsDouble() : null;
        }

        private static OptionalInt unboxed(Integer value) {
            return value == null ? OptionalInt.empty() : OptionalInt.of(value);
        }

        private static OptionalDouble unboxed(Double value) {
            return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
        }

        /**
         * Makes one fact unknown again: an empty value, or its enum's {@code UNKNOWN} constant. A required fact
         * made unknown fails {@link #build()}.
         *
         * @param fact the fact, not null
         * @return this builder
         * @throws NullPointerException if {@code fact} is null
         */
        public Builder unknown(Fact fact) {
            switch (Objects.requireNonNull(fact, "fact")) {
                case NAME: name = null; break;
                case SYMBOL: symbol = null; break;
                case LAYER: layer = null; break;
                case HOST_CHAIN: hostChain = null; break;
                case CONSENSUS: consensus = null; break;
                case CONSENSUS_DETAIL: consensusDetail = null; break;
                case MERGED_MINED_WITH: mergedMinedWith = null; break;
                case SHARED_SECURITY: sharedSecurity = SharedSecurity.UNKNOWN; break;
                case BLOCK_PRODUCERS: blockProducers = null; break;
                case NAKAMOTO_COEFFICIENT: nakamotoCoefficient = null; break;
                case PRODUCER_SHARES: producerShares = List.of(); break;
                case LAUNCH_TYPE: launchType = LaunchType.UNKNOWN; break;
                case LAUNCH_YEAR: launchYear = null; break;
                case FORKED_FROM: forkedFrom = null; break;
                case VC_FUNDED: vcFunded = VcFunding.UNKNOWN; break;
                case INSIDER_ALLOCATION_PCT: insiderAllocationPct = null; break;
                case DEV_FUND_PCT: devFundPct = null; break;
                case GOVERNANCE: governance = Governance.UNKNOWN; break;
                case INCIDENTS: incidents = null; break;
                default: adminControl = AdminControl.UNKNOWN; break;
            }
            return this;
        }

        /**
         * Sets column {@code name}: the display name.
         *
         * @param name the value, not null; checked by {@link #build()}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets column {@code symbol}: the ticker.
         *
         * @param symbol the value, not null; checked by {@link #build()}
         * @return this builder
         */
        public Builder symbol(String symbol) {
            this.symbol = Objects.requireNonNull(symbol, "symbol");
            return this;
        }

        /**
         * Sets column {@code layer}: where it lives.
         *
         * @param layer the value, not null
         * @return this builder
         */
        public Builder layer(Layer layer) {
            this.layer = Objects.requireNonNull(layer, "layer");
            return this;
        }

        /**
         * Sets column {@code host_chain}: the chain a layer 2 or token lives on, or the relay chain of a parachain.
         *
         * @param hostChain the value, not null; checked by {@link #build()}
         * @return this builder
         */
        public Builder hostChain(String hostChain) {
            this.hostChain = Objects.requireNonNull(hostChain, "hostChain");
            return this;
        }

        /**
         * Sets column {@code consensus}: how its own blocks are produced ({@link Consensus#NONE} for a token).
         *
         * @param consensus the value, not null
         * @return this builder
         */
        public Builder consensus(Consensus consensus) {
            this.consensus = Objects.requireNonNull(consensus, "consensus");
            return this;
        }

        /**
         * Sets column {@code consensus_detail}: the algorithm or variant, for example {@code "SHA-256"}.
         *
         * @param consensusDetail the value, not null; checked by {@link #build()}
         * @return this builder
         */
        public Builder consensusDetail(String consensusDetail) {
            this.consensusDetail = Objects.requireNonNull(consensusDetail, "consensusDetail");
            return this;
        }

        /**
         * Sets column {@code merged_mined_with}: the parent chain it is merge-mined with.
         *
         * @param mergedMinedWith the value, not null; checked by {@link #build()}
         * @return this builder
         */
        public Builder mergedMinedWith(String mergedMinedWith) {
            this.mergedMinedWith = Objects.requireNonNull(mergedMinedWith, "mergedMinedWith");
            return this;
        }

        /**
         * Sets column {@code shared_security}: whether another chain secures its block production (a parachain).
         *
         * @param sharedSecurity the value, not null
         * @return this builder
         */
        public Builder sharedSecurity(SharedSecurity sharedSecurity) {
            this.sharedSecurity = Objects.requireNonNull(sharedSecurity, "sharedSecurity");
            return this;
        }

        /**
         * Sets column {@code block_producers}: independent block producers (mining pools, validators).
         *
         * @param blockProducers the value; checked by {@link #build()}
         * @return this builder
         */
        public Builder blockProducers(int blockProducers) {
            this.blockProducers = blockProducers;
            return this;
        }

        /**
         * Sets column {@code nakamoto_coefficient}: the smallest number of producers that together control more
         * than half of production or stake.
         *
         * @param nakamotoCoefficient the value; checked by {@link #build()}
         * @return this builder
         */
        public Builder nakamotoCoefficient(int nakamotoCoefficient) {
            this.nakamotoCoefficient = nakamotoCoefficient;
            return this;
        }

        /**
         * Sets column {@code producer_shares}: the amount of each independent producer (blocks per mining pool,
         * hashrate, stake per validator; any unit, only proportions matter).
         *
         * @param producerShares the amounts, one per producer, at least one; not null; checked by
         *                       {@link #build()}
         * @return this builder
         * @throws NullPointerException     if {@code producerShares} is null
         * @throws InvalidFactException if no amount is given (use {@link #unknown(Fact)} for unknown)
         */
        public Builder producerShares(double... producerShares) {
            Objects.requireNonNull(producerShares, "producerShares");
            if (producerShares.length == 0) {
                throw new InvalidFactException(Fact.PRODUCER_SHARES, null,
                        "needs at least one amount (unknown(Fact.PRODUCER_SHARES) makes it unknown)");
            }
            Double[] boxed = new Double[producerShares.length];
            for (int i = 0; i < boxed.length; i++) {
                boxed[i] = producerShares[i];
            }
            this.producerShares = List.of(boxed);
            return this;
        }

        /**
         * Sets column {@code launch_type}: how the first supply reached holders.
         *
         * @param launchType the value, not null
         * @return this builder
         */
        public Builder launchType(LaunchType launchType) {
            this.launchType = Objects.requireNonNull(launchType, "launchType");
            return this;
        }

        /**
         * Sets column {@code launch_year}: the year of genesis or token launch.
         *
         * @param launchYear the value; checked by {@link #build()}
         * @return this builder
         */
        public Builder launchYear(int launchYear) {
            this.launchYear = launchYear;
            return this;
        }

        /**
         * Sets column {@code forked_from}: for a chain fork, the chain whose balances were copied.
         *
         * @param forkedFrom the value, not null; checked by {@link #build()}
         * @return this builder
         */
        public Builder forkedFrom(String forkedFrom) {
            this.forkedFrom = Objects.requireNonNull(forkedFrom, "forkedFrom");
            return this;
        }

        /**
         * Sets column {@code vc_funded}: whether venture capital or private investors funded it.
         *
         * @param vcFunded the value, not null
         * @return this builder
         */
        public Builder vcFunded(VcFunding vcFunded) {
            this.vcFunded = Objects.requireNonNull(vcFunded, "vcFunded");
            return this;
        }

        /**
         * Sets column {@code insider_allocation_pct}: the share of the genesis supply given to team, investors,
         * foundation or treasury, in percent.
         *
         * @param insiderAllocationPct the value; checked by {@link #build()}
         * @return this builder
         */
        public Builder insiderAllocationPct(double insiderAllocationPct) {
            this.insiderAllocationPct = insiderAllocationPct;
            return this;
        }

        /**
         * Sets column {@code dev_fund_pct}: the share of ongoing block rewards or emissions paid to a foundation
         * or dev fund, in percent.
         *
         * @param devFundPct the value; checked by {@link #build()}
         * @return this builder
         */
        public Builder devFundPct(double devFundPct) {
            this.devFundPct = devFundPct;
            return this;
        }

        /**
         * Sets column {@code governance}: who decides protocol changes.
         *
         * @param governance the value, not null
         * @return this builder
         */
        public Builder governance(Governance governance) {
            this.governance = Objects.requireNonNull(governance, "governance");
            return this;
        }

        /**
         * Sets column {@code incidents}: major incidents in its history (halts, rollbacks, protocol exploits,
         * depegs, forced migrations).
         *
         * @param incidents the value; checked by {@link #build()}
         * @return this builder
         */
        public Builder incidents(int incidents) {
            this.incidents = incidents;
            return this;
        }

        /**
         * Sets column {@code admin_control}: the strongest power a single party holds.
         *
         * @param adminControl the value, not null
         * @return this builder
         */
        public Builder adminControl(AdminControl adminControl) {
            this.adminControl = Objects.requireNonNull(adminControl, "adminControl");
            return this;
        }

        /**
         * Builds the coin.
         *
         * @return a new coin, not null
         * @throws InvalidFactException if a required fact is unknown, or a fact is invalid or contradicts another
         */
        public Coin build() {
            return new Coin(name, symbol, layer, Optional.ofNullable(hostChain), consensus,
                    Optional.ofNullable(consensusDetail), Optional.ofNullable(mergedMinedWith), sharedSecurity,
                    unboxed(blockProducers), unboxed(nakamotoCoefficient), producerShares, launchType,
                    unboxed(launchYear), Optional.ofNullable(forkedFrom), vcFunded, unboxed(insiderAllocationPct),
                    unboxed(devFundPct), governance, unboxed(incidents), adminControl);
        }
    }
}
