package io.dscore.api;

/**
 * Whether venture capital or private investors funded the project.
 *
 * <p>The constant names are the words of the interchange format (column {@code vc_funded}).
 *
 * @since 0.1
 */
public enum VcFunding {
    /** Venture capital or private investors funded it. */
    YES,
    /** No venture or private funding. */
    NO,
    /** Not known. */
    UNKNOWN;
}
