package io.github.l2e4j.jenetics;

import io.jenetics.engine.Engine;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests run against the Jenetics version the build asked for: 7.2.0 by default, 9.0.0 with
 * the {@code jenetics9} profile (which also needs Java 25), so the compatibility check is real.
 */
class JeneticsVersionTest {

    @Test
    void runsAgainstTheJeneticsVersionOfTheBuild() throws URISyntaxException {
        String expected = System.getProperty("l2e4j.jenetics.version");
        assertThat(expected).as("set by surefire from ${jenetics.version}").isNotBlank();
        Path jar = Path.of(Engine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        System.out.println("Jenetics under test: " + jar.getFileName() + " on Java " + Runtime.version());
        assertThat(jar.getFileName().toString()).isEqualTo("jenetics-" + expected + ".jar");
        int major = Integer.parseInt(expected.substring(0, expected.indexOf('.')));
        if (major >= 9) {
            assertThat(Runtime.version().feature()).as("Jenetics 9 needs Java 25").isGreaterThanOrEqualTo(25);
        }
    }
}
