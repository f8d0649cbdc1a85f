package io.dscore.cli;

import io.dscore.api.Fact;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The input columns as the tests of the command name them: one constant per {@link Fact}, in format order, whose
 * header is the fact's column. The reader's own column table is dscore-io's.
 */
enum Column {
    NAME, SYMBOL, LAYER, HOST_CHAIN, CONSENSUS, CONSENSUS_DETAIL, MERGED_MINED_WITH, SHARED_SECURITY,
    BLOCK_PRODUCERS, NAKAMOTO_COEFFICIENT, PRODUCER_SHARES, LAUNCH_TYPE, LAUNCH_YEAR, FORKED_FROM, VC_FUNDED,
    INSIDER_ALLOCATION_PCT, DEV_FUND_PCT, GOVERNANCE, INCIDENTS, ADMIN_CONTROL;

    /** The column name of the CSV header and the JSON key. */
    String header() {
        return Fact.valueOf(name()).column();
    }

    /** Whether every input must have this column: the seven the format requires. */
    boolean required() {
        return EnumSet.of(NAME, SYMBOL, LAYER, CONSENSUS, LAUNCH_TYPE, VC_FUNDED, GOVERNANCE).contains(this);
    }

    /** The header names of every column, in format order. */
    static List<String> headers() {
        return Arrays.stream(values()).map(Column::header).collect(Collectors.toUnmodifiableList());
    }
}
