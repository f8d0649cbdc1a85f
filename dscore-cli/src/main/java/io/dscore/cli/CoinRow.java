package io.dscore.cli;

import io.dscore.api.Coin;
import io.dscore.api.InvalidFactException;
import java.util.Map;
import java.util.Objects;

/**
 * A record that made a valid coin.
 *
 * @param at    where the record starts
 * @param coin  the coin
 * @param cells the cells it came from, to name the cell if scoring rejects the coin
 */
record CoinRow(Location at, Coin coin, Map<Column, String> cells) implements Row {

    CoinRow {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(coin, "coin");
        Objects.requireNonNull(cells, "cells");
    }

    /** The bad row to report when the scorer rejects this coin (a launch year after the as-of date). */
    BadRow rejectedBy(InvalidFactException scorerError) {
        return BadRow.rejectedBy(at, scorerError, cells);
    }
}
