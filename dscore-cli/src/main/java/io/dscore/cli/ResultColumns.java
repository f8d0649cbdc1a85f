package io.dscore.cli;

import io.dscore.api.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The names of the output columns (CSV header, JSON keys). */
final class ResultColumns {

    static final String NAME = "name";
    static final String SYMBOL = "symbol";
    static final String TOTAL = "total";
    static final String BAND = "band";
    static final String TOTAL_MIN = "total_min";
    static final String TOTAL_MAX = "total_max";
    static final String BAND_CERTAIN = "band_certain";
    static final String AS_OF = "as_of";
    static final String METHODOLOGY = "methodology";
    static final String REASONS = "reasons";
    static final String RANGES = "ranges";
    static final String IMPROVEMENTS = "improvements";

    /**
     * Every CSV column, in order: name, symbol, total and band, one per component, the range of the total, whether
     * the band is certain, then what produced the score: the as-of date and the methodology ({@code dscore-2}).
     */
    static final List<String> CSV_HEADER = csvHeader();

    private ResultColumns() {
    }

    /** The column name of a component's points: its constant's name in lower case, such as {@code node_distribution}. */
    static String key(Component component) {
        return component.name().toLowerCase(Locale.ROOT);
    }

    private static List<String> csvHeader() {
        List<String> header = new ArrayList<>(List.of(NAME, SYMBOL, TOTAL, BAND));
        for (Component component : Component.values()) {
            header.add(key(component));
        }
        header.add(TOTAL_MIN);
        header.add(TOTAL_MAX);
        header.add(BAND_CERTAIN);
        header.add(AS_OF);
        header.add(METHODOLOGY);
        return List.copyOf(header);
    }
}
