package io.github.l2e4j.gradient;

import io.github.l2e4j.benchmark.ProblemRegistry;
import io.github.l2e4j.problem.LipschitzGradient;
import io.github.l2e4j.problem.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GradientProblemFamilyTest {

    @Test
    void theStandardRegistryResolvesGradientIds() {
        Problem qp = ProblemRegistry.standard().resolveOne("gradient:qp:n32:m20:i1");
        assertThat(qp.name()).isEqualTo("qp_n32_m20_i1");
        assertThat(qp.dimension()).isEqualTo(32);
        assertThat(qp.optimalValue().orElseThrow()).isZero();
        assertThat(qp.gradient().orElseThrow()).isInstanceOf(LipschitzGradient.class);
        assertThat(ProblemRegistry.standard().resolveOne("gradient:qp:n8:m8:c100:i2").name()).isEqualTo("qp_n8_m8_c100_i2");
        assertThat(ProblemRegistry.standard().resolveOne("gradient:lsq:n5:m20:i1").dimension()).isEqualTo(5);
        assertThat(ProblemRegistry.standard().resolveOne("gradient:logreg:n5:m50:i1").optimalValue()).isPresent();
        assertThat(ProblemRegistry.standard().resolveOne("gradient:sigmoid:n5:m50:i1").optimalValue()).isEmpty();
        assertThat(ProblemRegistry.standard().resolveOne("gradient:rosenbrock:d4").optimalValue().orElseThrow()).isZero();
    }

    @Test
    void instanceRangesExpandInOrder() {
        List<Problem> ps = ProblemRegistry.standard().resolve("gradient:qp:n6:m4:i3,1-2");
        assertThat(ps).extracting(Problem::name).containsExactly("qp_n6_m4_i1", "qp_n6_m4_i2", "qp_n6_m4_i3");
    }

    @Test
    void malformedIdsNameThePart() {
        ProblemRegistry r = ProblemRegistry.standard();
        assertThatThrownBy(() -> r.resolve("gradient:qp:n32:i1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("problem id 'gradient:qp:n32:i1' lacks the rows part 'm'");
        assertThatThrownBy(() -> r.resolve("gradient:cubic:n3:m3:i1"))
                .hasMessageStartingWith("problem id 'gradient:cubic:n3:m3:i1' has an unknown kind 'cubic'");
        assertThatThrownBy(() -> r.resolve("gradient:qp:n0:m3:i1"))
                .hasMessageStartingWith("problem id 'gradient:qp:n0:m3:i1' has variables 0; allowed: 1 to 100000");
        assertThatThrownBy(() -> r.resolve("gradient:logreg:n3:m3:c5:i1"))
                .hasMessageStartingWith("problem id 'gradient:logreg:n3:m3:c5:i1' has an unexpected part 'c'");
        assertThatThrownBy(() -> r.resolve("gradient:qp:n3:m3:i5-2"))
                .hasMessageStartingWith("problem id 'gradient:qp:n3:m3:i5-2' has a decreasing instance range '5-2'");
        assertThatThrownBy(() -> r.resolve("gradient:rosenbrock:dx"))
                .hasMessageStartingWith("problem id 'gradient:rosenbrock:dx' has a malformed part 'dx'");
        assertThatThrownBy(() -> r.resolve("gradient"))
                .hasMessageStartingWith("problem id 'gradient' is malformed");
    }
}
