package io.dscore.cli;

import io.dscore.api.Component;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The names of the output columns (CSV header, JSON keys). */
final class ResultColumns {

    static final String NAME = "name";
    static final String SYMBOL = "symbol";
    static final String TOTAL = "total";
    static final String BAND = "band";
    static final String TOTAL_MIN = "total_min";
    static final String TOTAL_MAX = "total_max";
    static final String REASONS = "reasons";
    static final String RANGES = "ranges";
    static final String IMPROVEMENTS = "improvements";

    private static final Map<Component, String> COMPONENT_KEYS = new EnumMap<>(Map.of(
            Component.NODE_DISTRIBUTION, "node_distribution",
            Component.INITIAL_DISTRIBUTION, "initial_distribution",
            Component.GOVERNANCE, "governance",
            Component.AGE_AND_HISTORY, "age_history",
            Component.AUTONOMY, "autonomy"));

    /** Every CSV column, in order: the nine fixed ones, then the range of the total. */
    static final List<String> CSV_HEADER = List.of(NAME, SYMBOL, TOTAL, BAND,
            key(Component.NODE_DISTRIBUTION), key(Component.INITIAL_DISTRIBUTION), key(Component.GOVERNANCE),
            key(Component.AGE_AND_HISTORY), key(Component.AUTONOMY), TOTAL_MIN, TOTAL_MAX);

    private ResultColumns() {
    }

    /** The column name of a component's points, such as {@code node_distribution}. */
    static String key(Component component) {
        return COMPONENT_KEYS.get(component);
    }
}
