package io.github.l2e4j.benchmark;

import io.github.l2e4j.benchmark.bbob.Bbob;
import io.github.l2e4j.benchmark.bbob.BbobLargeScale;
import io.github.l2e4j.problem.Bounds;
import io.github.l2e4j.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProblemRegistryTest {

    private final ProblemRegistry registry = ProblemRegistry.standard();

    @Test
    void standardRegistryKnowsTheBuiltInFamilies() {
        assertThat(registry.families())
                .containsExactly("bbob", "bbob-largescale", "sphere", "ellipsoid", "rosenbrock", "rastrigin", "gradient", "control");
        assertThat(registry.resolveOne("control:cartpole:linear").name()).isEqualTo("control:cartpole:linear");
    }

    @Test
    void exactBbobIdGivesThatInstance() {
        Problem p = registry.resolveOne("bbob_f008_i03_d10");
        assertThat(p.name()).isEqualTo("bbob_f008_i03_d10");
        assertSameValues(p, Bbob.problem(8, 3, 10));
        assertThat(registry.resolveOne("  bbob_f001_i110_d02 ").name()).isEqualTo("bbob_f001_i110_d02");
    }

    @Test
    void exactLargeScaleIdGivesThatInstance() {
        Problem p = registry.resolveOne("bbob-largescale_f008_i03_d0640");
        assertThat(p.name()).isEqualTo("bbob-largescale_f008_i03_d0640");
        assertThat(p.dimension()).isEqualTo(640);
        assertSameValues(p, BbobLargeScale.problem(8, 3, 640));
    }

    @Test
    void bbobRangeExpandsInCocoOrder() {
        List<Problem> problems = registry.resolve("bbob:f1-24:i1-5:d10,40");
        assertThat(problems).hasSize(24 * 5 * 2);
        assertThat(problems.get(0).name()).isEqualTo("bbob_f001_i01_d10");
        assertThat(problems.get(1).name()).isEqualTo("bbob_f001_i02_d10");
        assertThat(problems.get(5).name()).isEqualTo("bbob_f002_i01_d10");
        assertThat(problems.get(120).name()).isEqualTo("bbob_f001_i01_d40");
        assertThat(problems.get(239).name()).isEqualTo("bbob_f024_i05_d40");
    }

    @Test
    void listsMixNumbersAndRangesInAnyOrderOfParts() {
        List<String> names = registry.resolve("bbob:d5:i2:f7,1,3,5-6,3").stream().map(Problem::name).toList();
        assertThat(names).containsExactly("bbob_f001_i02_d05", "bbob_f003_i02_d05", "bbob_f005_i02_d05",
                "bbob_f006_i02_d05", "bbob_f007_i02_d05");
    }

    @Test
    void largeScaleRange() {
        List<Problem> problems = registry.resolve("bbob-largescale:f1-24:i1:d80");
        assertThat(problems).hasSize(24);
        assertThat(problems).extracting(Problem::name).startsWith("bbob-largescale_f001_i01_d0080")
                .endsWith("bbob-largescale_f024_i01_d0080");
    }

    @Test
    void testFunctionsByRangeAndById() {
        Problem sphere = registry.resolveOne("sphere:d10");
        assertThat(sphere.name()).isEqualTo("sphere_d10");
        assertSameValues(sphere, TestFunctions.sphere(10));
        assertThat(registry.resolve("ellipsoid:d20,5")).extracting(Problem::name)
                .containsExactly("ellipsoid_d5", "ellipsoid_d20");
        assertThat(registry.resolveOne("rastrigin_d3").name()).isEqualTo("rastrigin_d3");
        assertThat(registry.resolveOne("rosenbrock:d2").dimension()).isEqualTo(2);
    }

    @Test
    void newFamiliesPlugIn() {
        ProblemFamily constant = new ProblemFamily() {
            @Override
            public String usage() {
                return "control_zero";
            }

            @Override
            public List<Problem> resolve(String id) {
                return List.of(Problem.of(id, Bounds.cube(-1, 1, 2), x -> 0.0));
            }
        };
        ProblemRegistry extended = registry.with("zero", constant);
        assertThat(extended.families()).endsWith("zero");
        assertThat(extended.resolveOne("zero:cartpole").name()).isEqualTo("zero:cartpole");
        assertThat(registry.families()).doesNotContain("zero");
        assertThatThrownBy(() -> registry.with("Control", constant)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("family name must be lower-case letters, digits and '-', was 'Control'");
    }

    @Test
    void longestFamilyNameWins() {
        ProblemRegistry r = ProblemRegistry.empty()
                .with("bbob", CocoFamily.bbob())
                .with("bbob-largescale", CocoFamily.largeScale());
        assertThat(r.resolveOne("bbob-largescale_f001_i01_d0020").name()).isEqualTo("bbob-largescale_f001_i01_d0020");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            nonsense_f001           | unknown problem id 'nonsense_f001'; known families: bbob, bbob-largescale, sphere, ellipsoid, rosenbrock, rastrigin, gradient, control (e.g. bbob_f008_i03_d10, bbob:f1-24:i1-5:d10,40, bbob-largescale_f008_i03_d0640, sphere:d10, control:cartpole:linear)
            bbobx_f001_i01_d02      | unknown problem id 'bbobx_f001_i01_d02'; known families: bbob, bbob-largescale, sphere, ellipsoid, rosenbrock, rastrigin, gradient, control (e.g. bbob_f008_i03_d10, bbob:f1-24:i1-5:d10,40, bbob-largescale_f008_i03_d0640, sphere:d10, control:cartpole:linear)
            bbob_f8_i3_d10          | problem id 'bbob_f8_i3_d10' is not written as COCO writes it (bbob_f008_i03_d10); expected bbob_fFFF_iII_dDD (e.g. bbob_f008_i03_d10) or bbob:f<list>:i<list>:d<list> with lists like 1,3,5-7 (e.g. bbob:f1-24:i1-5:d10,40)
            bbob_f008_i03           | problem id 'bbob_f008_i03' is malformed; expected bbob_fFFF_iII_dDD (e.g. bbob_f008_i03_d10) or bbob:f<list>:i<list>:d<list> with lists like 1,3,5-7 (e.g. bbob:f1-24:i1-5:d10,40)
            bbob_f025_i01_d10       | problem id 'bbob_f025_i01_d10' is invalid: function must be in [1, 24], was 25; expected bbob_fFFF_iII_dDD (e.g. bbob_f008_i03_d10) or bbob:f<list>:i<list>:d<list> with lists like 1,3,5-7 (e.g. bbob:f1-24:i1-5:d10,40)
            bbob_f001_i00_d10       | problem id 'bbob_f001_i00_d10' is invalid: instance must be in [1, 100000], was 0; expected bbob_fFFF_iII_dDD (e.g. bbob_f008_i03_d10) or bbob:f<list>:i<list>:d<list> with lists like 1,3,5-7 (e.g. bbob:f1-24:i1-5:d10,40)
            bbob_f001_i01_d01       | problem id 'bbob_f001_i01_d01' is invalid: dimension must be in [2, 10000], was 1; expected bbob_fFFF_iII_dDD (e.g. bbob_f008_i03_d10) or bbob:f<list>:i<list>:d<list> with lists like 1,3,5-7 (e.g. bbob:f1-24:i1-5:d10,40)
            bbob-largescale_f001_i01_d640 | problem id 'bbob-largescale_f001_i01_d640' is not written as COCO writes it (bbob-largescale_f001_i01_d0640); expected bbob-largescale_fFFF_iII_dDDDD (e.g. bbob-largescale_f008_i03_d0640) or bbob-largescale:f<list>:i<list>:d<list> with lists like 1,3,5-7 (e.g. bbob-largescale:f1-24:i1:d80)
            bbob:f1-24:i1-5         | problem id 'bbob:f1-24:i1-5' is missing part 'd' (dimensions); expected bbob_fFFF_iII_dDD (e.g. bbob_f008_i03_d10) or bbob:f<list>:i<list>:d<list> with lists like 1,3,5-7 (e.g. bbob:f1-24:i1-5:d10,40)
            bbob:f1:f2:i1:d2        | problem id 'bbob:f1:f2:i1:d2' gives part 'f' twice; expected bbob_fFFF_iII_dDD (e.g. bbob_f008_i03_d10) or bbob:f<list>:i<list>:d<list> with lists like 1,3,5-7 (e.g. bbob:f1-24:i1-5:d10,40)
            bbob:f1:i1:d2:x3        | problem id 'bbob:f1:i1:d2:x3' has an unknown part 'x3'; expected bbob_fFFF_iII_dDD (e.g. bbob_f008_i03_d10) or bbob:f<list>:i<list>:d<list> with lists like 1,3,5-7 (e.g. bbob:f1-24:i1-5:d10,40)
            bbob:f1::i1:d2          | problem id 'bbob:f1::i1:d2' has an empty part; expected bbob_fFFF_iII_dDD (e.g. bbob_f008_i03_d10) or bbob:f<list>:i<list>:d<list> with lists like 1,3,5-7 (e.g. bbob:f1-24:i1-5:d10,40)
            bbob:f0-3:i1:d2         | problem id 'bbob:f0-3:i1:d2' has function '0-3' in part 'f0-3', allowed [1, 24]; expected bbob_fFFF_iII_dDD (e.g. bbob_f008_i03_d10) or bbob:f<list>:i<list>:d<list> with lists like 1,3,5-7 (e.g. bbob:f1-24:i1-5:d10,40)
            bbob:f1:i1:d1,2         | problem id 'bbob:f1:i1:d1,2' has dimension '1' in part 'd1,2', allowed [2, 10000]; expected bbob_fFFF_iII_dDD (e.g. bbob_f008_i03_d10) or bbob:f<list>:i<list>:d<list> with lists like 1,3,5-7 (e.g. bbob:f1-24:i1-5:d10,40)
            bbob:f5-3:i1:d2         | problem id 'bbob:f5-3:i1:d2' has the empty range '5-3' in part 'f5-3'; expected bbob_fFFF_iII_dDD (e.g. bbob_f008_i03_d10) or bbob:f<list>:i<list>:d<list> with lists like 1,3,5-7 (e.g. bbob:f1-24:i1-5:d10,40)
            bbob:fa:i1:d2           | problem id 'bbob:fa:i1:d2' has 'a' in part 'fa', which is not a number or a range like 5-7; expected bbob_fFFF_iII_dDD (e.g. bbob_f008_i03_d10) or bbob:f<list>:i<list>:d<list> with lists like 1,3,5-7 (e.g. bbob:f1-24:i1-5:d10,40)
            bbob:f1,:i1:d2          | problem id 'bbob:f1,:i1:d2' has '' in part 'f1,', which is not a number or a range like 5-7; expected bbob_fFFF_iII_dDD (e.g. bbob_f008_i03_d10) or bbob:f<list>:i<list>:d<list> with lists like 1,3,5-7 (e.g. bbob:f1-24:i1-5:d10,40)
            bbob:f:i1:d2            | problem id 'bbob:f:i1:d2' has no functions in part 'f'; expected bbob_fFFF_iII_dDD (e.g. bbob_f008_i03_d10) or bbob:f<list>:i<list>:d<list> with lists like 1,3,5-7 (e.g. bbob:f1-24:i1-5:d10,40)
            bbob:f1-24:i1-5000:d2-3 | problem id 'bbob:f1-24:i1-5000:d2-3' denotes 240000 problems, more than 100000; expected bbob_fFFF_iII_dDD (e.g. bbob_f008_i03_d10) or bbob:f<list>:i<list>:d<list> with lists like 1,3,5-7 (e.g. bbob:f1-24:i1-5:d10,40)
            bbob:f1:i1:d99999999999 | problem id 'bbob:f1:i1:d99999999999' has '99999999999' in part 'd99999999999', which is not a number or a range like 5-7; expected bbob_fFFF_iII_dDD (e.g. bbob_f008_i03_d10) or bbob:f<list>:i<list>:d<list> with lists like 1,3,5-7 (e.g. bbob:f1-24:i1-5:d10,40)
            sphere:d0               | problem id 'sphere:d0' has dimension '0' in part 'd0', allowed >= 1; expected sphere_d<dimension> (e.g. sphere_d10) or sphere:d<list> with lists like 10,20-22 (e.g. sphere:d10)
            sphere_d010             | problem id 'sphere_d010' is malformed; expected sphere_d<dimension> (e.g. sphere_d10) or sphere:d<list> with lists like 10,20-22 (e.g. sphere:d10)
            sphere:x10              | problem id 'sphere:x10' has an unknown part 'x10'; expected sphere_d<dimension> (e.g. sphere_d10) or sphere:d<list> with lists like 10,20-22 (e.g. sphere:d10)
            """)
    void malformedIdsAreRejectedWithOneLineNamingIdAndAllowedForms(String id, String message) {
        assertThatThrownBy(() -> registry.resolve(id)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void blankAndMultipleAreRejected() {
        assertThatThrownBy(() -> registry.resolve("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("problem id must not be blank; known families: bbob, ");
        assertThatThrownBy(() -> registry.resolve(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.resolveOne("bbob:f1-2:i1:d2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("problem id 'bbob:f1-2:i1:d2' denotes 2 problems, expected exactly one");
    }

    private static void assertSameValues(Problem a, Problem b) {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 5; k++) {
            double[] x = random.doubles(a.dimension(), -5, 5).toArray();
            assertThat(a.objective().value(x)).isEqualTo(b.objective().value(x));
        }
        assertThat(a.optimalValue()).isEqualTo(b.optimalValue());
    }
}
