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

    /**
     * Seeds 1-5: L2E beats Jenetics' default engine on BBOB f8 in every run and reaches 1e-8 in at
     * least four (with seed 1 the CMA-anchored search of issue 18 ends its runs at Rosenbrock's
     * non-global stationary point, f - f_opt = 3.99, within the 1 000 generations); the cart pole
     * is balanced.
     */
    @Test
    void theExampleSolvesBbobF8AndBalancesTheCartPole() {
        int solved = 0;
        for (int seed = 1; seed <= 5; seed++) {
            String text = run(seed);
            Matcher l2e = Pattern.compile("L2E engine {7}f - f_opt = (\\S+) after").matcher(text);
            assertThat(l2e.find()).as(text).isTrue();
            double l2eError = Double.parseDouble(l2e.group(1));
            solved += l2eError <= 1e-8 ? 1 : 0;
            Matcher ga = Pattern.compile("Jenetics default f - f_opt = (\\S+) after").matcher(text);
            assertThat(ga.find()).as(text).isTrue();
            assertThat(Double.parseDouble(ga.group(1))).as("seed %d", seed).isGreaterThan(l2eError);
            assertThat(text).contains("last L2E generation: sigma").contains("Generations:");
            assertThat(text).contains("mean return 500.0");
        }
        assertThat(solved).isGreaterThanOrEqualTo(4);
    }

    private static String run(long seed) {
        PrintStream out = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            JeneticsExample.main(new String[] {Long.toString(seed)});
        } finally {
            System.setOut(out);
        }
        return buffer.toString(StandardCharsets.UTF_8);
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
