package io.dscore.cli;

import io.dscore.api.Component;

/** The names of the output columns of the table's neighbours, CSV and JSON (written by dscore-io). */
final class ResultColumns {

    private ResultColumns() {
    }

    /** The column name of a component's points: its constant's name in lower case, such as {@code node_distribution}. */
    static String key(Component component) {
        return io.dscore.io.ResultWriter.key(component);
    }
}
