package io.dscore.cli;

import io.dscore.api.Coin;
import io.dscore.api.InvalidFactException;
import java.util.Map;

/**
 * One record of an input file: either a {@link CoinRow} whose cells made a valid {@link Coin}, or a
 * {@link BadRow} that says which cell is wrong. Readers produce rows one at a time, so every record read is
 * accounted for.
 */
sealed interface Row permits CoinRow, BadRow {

    /** Where the record starts. */
    Location at();

    /**
     * Turns the cells of one record into a coin, or into the first problem found: a cell that does not parse
     * (checked by {@link Column}) or a fact the coin rejects (checked by {@link Coin}'s constructor).
     *
     * @param at    where the record starts
     * @param cells the cell text of each column present, untrimmed; a column left out is unknown
     */
    static Row decode(Location at, Map<Column, String> cells) {
        Coin.Builder builder = Coin.builder();
        for (Map.Entry<Column, String> cell : cells.entrySet()) {
            if (cell.getKey().required() && cell.getValue().isBlank()) {
                return BadRow.of(at, cell.getKey(), "is required", cell.getValue());
            }
            try {
                cell.getKey().apply(builder, cell.getValue().strip());
            } catch (BadCellException e) {
                return BadRow.of(at, cell.getKey(), e.getMessage(), cell.getValue());
            }
        }
        try {
            return new CoinRow(at, builder.build(), cells);
        } catch (InvalidFactException e) {
            return BadRow.rejectedBy(at, e, cells);
        }
    }
}
