package io.dscore.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link DScore#version()}: the library's own version, read at run time. */
class VersionTest {

    @Test
    void theVersionIsTheProjectVersion() {
        // the compiler records the project version in the module descriptor, which the tests run from
        assertThat(DScore.version()).hasValueSatisfying(v -> assertThat(v).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"));
    }
}
