package io.dscore.io;

import io.dscore.api.AdminControl;
import io.dscore.api.Coin;
import io.dscore.api.Consensus;
import io.dscore.api.Fact;
import io.dscore.api.Governance;
import io.dscore.api.LaunchType;
import io.dscore.api.Layer;
import io.dscore.api.VcFunding;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of the interchange format ({@code docs/inputs.md}, {@code facts-schema.md}): the name read from a
 * CSV header or a JSON key, whether it is required, and how a cell becomes a fact of a {@link Coin.Builder}.
 *
 * <p>This enum is the one place that knows the columns: the CSV and JSON readers and the error messages go
 * through it (the library names a bad fact with a {@link Fact}, which maps to its column). A new column is a new
 * constant here.
 */
enum Column {
    NAME(Fact.NAME, true, Cell.text(Coin.Builder::name)),
    SYMBOL(Fact.SYMBOL, true, Cell.text(Coin.Builder::symbol)),
    LAYER(Fact.LAYER, true, Cell.word(Layer.class, Coin.Builder::layer)),
    HOST_CHAIN(Fact.HOST_CHAIN, false, Cell.text(Coin.Builder::hostChain)),
    CONSENSUS(Fact.CONSENSUS, true, Cell.word(Consensus.class, Coin.Builder::consensus)),
    CONSENSUS_DETAIL(Fact.CONSENSUS_DETAIL, false, Cell.text(Coin.Builder::consensusDetail)),
    MERGED_MINED_WITH(Fact.MERGED_MINED_WITH, false, Cell.text(Coin.Builder::mergedMinedWith)),
    SHARED_SECURITY(Fact.SHARED_SECURITY, false, Cell.yesNo(Coin.Builder::sharedSecurity)),
    BLOCK_PRODUCERS(Fact.BLOCK_PRODUCERS, false, Cell.wholeNumber(Coin.Builder::blockProducers)),
    NAKAMOTO_COEFFICIENT(Fact.NAKAMOTO_COEFFICIENT, false, Cell.wholeNumber(Coin.Builder::nakamotoCoefficient)),
    PRODUCER_SHARES(Fact.PRODUCER_SHARES, false, Cell.decimals(Coin.Builder::producerShares)),
    LAUNCH_TYPE(Fact.LAUNCH_TYPE, true, Cell.word(LaunchType.class, Coin.Builder::launchType)),
    LAUNCH_YEAR(Fact.LAUNCH_YEAR, false, Cell.wholeNumber(Coin.Builder::launchYear)),
    FORKED_FROM(Fact.FORKED_FROM, false, Cell.text(Coin.Builder::forkedFrom)),
    VC_FUNDED(Fact.VC_FUNDED, true, Cell.word(VcFunding.class, Coin.Builder::vcFunded)),
    INSIDER_ALLOCATION_PCT(Fact.INSIDER_ALLOCATION_PCT, false, Cell.decimal(Coin.Builder::insiderAllocationPct)),
    DEV_FUND_PCT(Fact.DEV_FUND_PCT, false, Cell.decimal(Coin.Builder::devFundPct)),
    GOVERNANCE(Fact.GOVERNANCE, true, Cell.word(Governance.class, Coin.Builder::governance)),
    INCIDENTS(Fact.INCIDENTS, false, Cell.wholeNumber(Coin.Builder::incidents)),
    ADMIN_CONTROL(Fact.ADMIN_CONTROL, false, Cell.word(AdminControl.class, Coin.Builder::adminControl));

    private static final Map<String, Column> BY_HEADER =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Column::header, Function.identity()));
    private static final Map<Fact, Column> BY_FACT =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(c -> c.fact, Function.identity()));

    private final Fact fact;
    private final boolean required;
    private final Cell cell;

    Column(Fact fact, boolean required, Cell cell) {
        this.fact = fact;
        this.required = required;
        this.cell = cell;
    }

    /** The column name of the CSV header and the JSON key, such as {@code block_producers}. */
    String header() {
        return fact.column();
    }

    /** The fact of this column. */
    Fact fact() {
        return fact;
    }

    /** Whether the column holds free text (a name), the cells a CSV formula guard applies to. */
    boolean text() {
        return cell instanceof Cell.Text;
    }

    /** Whether every input must have this column. */
    boolean required() {
        return required;
    }

    /**
     * Sets this column's fact from the text of a cell; an empty cell leaves the fact unknown.
     *
     * @throws BadCellException if the text is not a value of this column
     */
    void apply(Coin.Builder builder, String text) {
        if (!text.isEmpty()) {
            cell.apply(builder, text);
        }
    }

    /** The column with this header name, if there is one. */
    static Optional<Column> byHeader(String header) {
        return Optional.ofNullable(BY_HEADER.get(header));
    }

    /** The column of a fact. */
    static Column of(Fact fact) {
        return BY_FACT.get(fact);
    }

    /** The header names of every column, in format order. */
    static List<String> headers() {
        return Arrays.stream(values()).map(Column::header).collect(Collectors.toUnmodifiableList());
    }

    /** The header names of the required columns, in format order. */
    static List<String> requiredHeaders() {
        return Arrays.stream(values()).filter(Column::required).map(Column::header)
                .collect(Collectors.toUnmodifiableList());
    }
}
