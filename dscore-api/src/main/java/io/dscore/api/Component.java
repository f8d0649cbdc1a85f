package io.dscore.api;

/**
 * The five components of a D-Score, in the order results list them.
 *
 * <p>The maxima sum to 100; a D-Score is the plain sum of the five component points.
 *
 * <table>
 *   <caption>Components and their maxima</caption>
 *   <tr><th>component</th><th>maximum</th></tr>
 *   <tr><td>{@link #NODE_DISTRIBUTION}</td><td>30</td></tr>
 *   <tr><td>{@link #INITIAL_DISTRIBUTION}</td><td>25</td></tr>
 *   <tr><td>{@link #GOVERNANCE}</td><td>25</td></tr>
 *   <tr><td>{@link #AGE_AND_HISTORY}</td><td>15</td></tr>
 *   <tr><td>{@link #AUTONOMY}</td><td>5</td></tr>
 * </table>
 *
 * @since 0.1
 */
public enum Component {
    /** How widely block production is spread; maximum 30. */
    NODE_DISTRIBUTION(30, "Node distribution"),
    /** How fairly the first supply reached holders; maximum 25. */
    INITIAL_DISTRIBUTION(25, "Initial distribution"),
    /** Who decides protocol changes; maximum 25. */
    GOVERNANCE(25, "Governance"),
    /** How long it has run and how troubled its history is; maximum 15. */
    AGE_AND_HISTORY(15, "Age and history"),
    /** Whether it runs on a chain of its own; maximum 5. */
    AUTONOMY(5, "Autonomy");

    private final double max;
    private final String label;

    Component(double max, String label) {
        this.max = max;
        this.label = label;
    }

    /**
     * Returns the most points this component can give.
     *
     * @return the maximum, one of 30, 25, 25, 15 and 5
     */
    public double max() {
        return max;
    }

    /**
     * Returns the display name, such as {@code "Node distribution"}.
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }
}
