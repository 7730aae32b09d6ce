package io.github.l2e4j.benchmark;

import io.github.l2e4j.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TestFunctionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"sphere", "ellipsoid", "rosenbrock", "rastrigin"})
    void gradientsMatchFiniteDifferences(String name) {
        Problem p = TestFunctions.create(name, 7);
        SplittableRandom r = new SplittableRandom(1);
        double[] x = new double[7];
        for (int i = 0; i < 7; i++) {
            x[i] = -2 + 4 * r.nextDouble();
        }
        double[] g = new double[7];
        p.gradient().orElseThrow().gradient(x, g);
        for (int i = 0; i < 7; i++) {
            double h = 1e-6;
            double[] a = x.clone();
            double[] b = x.clone();
            a[i] += h;
            b[i] -= h;
            double fd = (p.objective().value(a) - p.objective().value(b)) / (2 * h);
            assertThat(g[i]).isCloseTo(fd, within(1e-4 * (1 + Math.abs(fd))));
        }
    }

    @Test
    void optimaHaveValueZero() {
        double[] ones = {1, 1, 1, 1, 1};
        assertThat(TestFunctions.rosenbrock(5).objective().value(ones)).isZero();
        double[] o = TestFunctions.shift("sphere", 5);
        assertThat(TestFunctions.sphere(5).objective().value(o)).isZero();
        double[] e = TestFunctions.shift("ellipsoid", 5);
        assertThat(TestFunctions.ellipsoid(5, 1e6).objective().value(e)).isZero();
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        assertThatThrownBy(() -> TestFunctions.create("nope", 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown function 'nope'; known: sphere, ellipsoid, rosenbrock, rastrigin");
    }

    @Test
    void theEllipsoidRotationIsOrthogonal() {
        int d = 6;
        double[] q = TestFunctions.rotation("ellipsoid", d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double s = 0;
                for (int k = 0; k < d; k++) {
                    s += q[i * d + k] * q[j * d + k];
                }
                assertThat(s).isCloseTo(i == j ? 1 : 0, within(1e-12));
            }
        }
    }
}
