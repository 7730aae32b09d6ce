package io.github.l2e4j.examples.jenetics;

import io.jenetics.util.RandomRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The Jenetics example runs and reaches what it prints; the comparison's W/T/L and median. */
class JeneticsExampleTest {

    @AfterEach
    void resetRandom() {
        RandomRegistry.reset();
    }

    @Test
    void theExampleSolvesBbobF8AndBalancesTheCartPole() {
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            JeneticsExample.main(new String[] {"1"});
        } finally {
            System.setOut(out);
        }
        String text = buffer.toString(StandardCharsets.UTF_8);
        Matcher l2e = Pattern.compile("L2E engine {7}f - f_opt = (\\S+) after").matcher(text);
        assertThat(l2e.find()).as(text).isTrue();
        assertThat(Double.parseDouble(l2e.group(1))).isLessThanOrEqualTo(1e-8);
        Matcher ga = Pattern.compile("Jenetics default f - f_opt = (\\S+) after").matcher(text);
        assertThat(ga.find()).as(text).isTrue();
        assertThat(Double.parseDouble(ga.group(1))).isGreaterThan(Double.parseDouble(l2e.group(1)));
        assertThat(text).contains("last L2E generation: sigma").contains("Generations:");
        assertThat(text).contains("mean return 500.0");
    }

    @Test
    void winsTiesAndLossesAreCountedSeedBySeed() {
        double[] a = {1, 2, 3, 1e-9, 5};
        double[] b = {2, 2, 1, 5e-9, 4};
        assertThat(JeneticsComparison.wtl(a, b)).isEqualTo("1/2/2");
        assertThat(JeneticsComparison.median(new double[] {3, 1, 2})).isEqualTo(2);
        assertThat(JeneticsComparison.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
    }
}
