package io.dscore.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which rules computed a score: the methodology's name, its version, and the date the version took effect.
 *
 * <p>Rules change between versions and scores move with them; a stored score that carries its methodology (and
 * its as-of date, {@link DScoreResult#asOf()}) says what produced it. One library version computes one
 * methodology version. {@link #id()} is the short form output files print, such as {@code "dscore-2"}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param name      the methodology's name, such as {@code "dscore"}; not blank
 * @param version   the version, such as {@code "2"}; not blank
 * @param effective the date the version took effect, not null
 * @since 0.2
 */
public record Methodology(String name, String version, LocalDate effective) {

    /**
     * Creates a methodology identity.
     *
     * @param name      the methodology's name, not blank
     * @param version   the version, not blank
     * @param effective the date the version took effect, not null
     * @throws IllegalArgumentException if {@code name} or {@code version} is blank
     * @throws NullPointerException     if an argument is null
     */
    public Methodology {
        Validation.text(name, "name");
        Validation.text(version, "version");
        Objects.requireNonNull(effective, "effective");
    }

    /**
     * Returns the short form: name and version joined by a hyphen.
     *
     * @return such as {@code "dscore-2"}, not null
     */
    public String id() {
        return name + "-" + version;
    }

    @Override
    public String toString() {
        return id() + " (effective " + effective + ")";
    }
}
