package io.dscore.api;

/**
 * The label of a D-Score total.
 *
 * <table>
 *   <caption>Bands by total</caption>
 *   <tr><th>total</th><th>band</th></tr>
 *   <tr><td>&gt;= 80</td><td>{@link #HIGHLY_DECENTRALIZED} "Highly Decentralized"</td></tr>
 *   <tr><td>&gt;= 60</td><td>{@link #DECENTRALIZED} "Decentralized"</td></tr>
 *   <tr><td>&gt;= 40</td><td>{@link #MODERATELY_DECENTRALIZED} "Moderately Decentralized"</td></tr>
 *   <tr><td>&gt;= 20</td><td>{@link #CENTRALIZED_LEANING} "Centralized Leaning"</td></tr>
 *   <tr><td>&lt; 20</td><td>{@link #CENTRALIZED} "Centralized"</td></tr>
 * </table>
 *
 * @since 0.1
 */
public enum Band {
    /** Total of 80 or more. */
    HIGHLY_DECENTRALIZED(80, "Highly Decentralized"),
    /** Total of 60 or more, below 80. */
    DECENTRALIZED(60, "Decentralized"),
    /** Total of 40 or more, below 60. */
    MODERATELY_DECENTRALIZED(40, "Moderately Decentralized"),
    /** Total of 20 or more, below 40. */
    CENTRALIZED_LEANING(20, "Centralized Leaning"),
    /** Total below 20. */
    CENTRALIZED(0, "Centralized");

    private static final Band[] BY_FLOOR_DESCENDING = values();

    private final double floor;
    private final String label;

    Band(double floor, String label) {
        this.floor = floor;
        this.label = label;
    }

    /**
     * Returns the band of a total.
     *
     * @param total a D-Score total, 0 to 100
     * @return the band whose floor is the largest one not above {@code total}, not null
     * @throws IllegalArgumentException if {@code total} is NaN or outside 0..100
     */
    public static Band of(double total) {
        if (!(total >= 0 && total <= 100)) {
            throw new IllegalArgumentException(Validation.format(Validation.TOTAL_RANGE, total));
        }
        for (Band band : BY_FLOOR_DESCENDING) {
            if (total >= band.floor) {
                return band;
            }
        }
        throw new AssertionError("CENTRALIZED has floor 0");
    }

    /**
     * Returns the lowest total in this band.
     *
     * @return 80, 60, 40, 20 or 0
     */
    public double floor() {
        return floor;
    }

    /**
     * Returns the words used for the band, such as {@code "Decentralized"}.
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }
}
