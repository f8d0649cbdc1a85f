package io.dscore.io;

import io.dscore.api.Coin;
import io.dscore.api.Fact;
import io.dscore.api.InvalidFactException;
import java.util.EnumMap;
import java.util.Map;

/** Turns the cells of one record into a {@link Row}, the step every reader shares. */
final class Records {

    private Records() {
    }

    /**
     * Turns the cells of one record into a coin, or into the first problem found: a cell that does not parse
     * (checked by {@link Column}) or a fact the coin rejects (checked by {@link Coin}'s constructor).
     *
     * @param at    where the record starts
     * @param cells the cell text of each column present, untrimmed; a column left out is unknown
     */
    static Row decode(Location at, Map<Column, String> cells) {
        Coin.Builder builder = Coin.builder();
        Map<Fact, String> written = new EnumMap<>(Fact.class);
        for (Map.Entry<Column, String> cell : cells.entrySet()) {
            Column column = cell.getKey();
            String text = cell.getValue();
            written.put(column.fact(), text);
            if (column.required() && text.isBlank()) {
                return Row.Rejected.of(at, column, "is required", text);
            }
            try {
                column.apply(builder, text.strip());
            } catch (BadCellException e) {
                return Row.Rejected.of(at, column, e.getMessage(), text);
            }
        }
        try {
            return new Row.Parsed(at, builder.build(), written);
        } catch (InvalidFactException e) {
            return Row.Rejected.rejectedBy(at, e, written);
        }
    }
}
