package io.github.l2e4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;


import static io.github.l2e4j.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code l2e4j optimize} with the gradient methods and the gradient problem family. */
class GradientOptimizeTest {

    @Test
    void learnedStepSizesRunOnASongQp() throws Exception {
        CliRun r = run("optimize", "--problem", "gradient:qp:n32:m20:i1", "--algorithm", "l2o-steps", "--budget", "500",
                "--json", "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("problem").asText()).isEqualTo("qp_n32_m20_i1");
        assertThat(json.get("algorithm").asText()).isEqualTo("l2o-steps");
        assertThat(json.get("evaluations").asLong()).isLessThanOrEqualTo(500);
        assertThat(json.get("error").asDouble()).isLessThan(1e-3);
    }

    @Test
    void everyGradientMethodRunsOnEveryGradientKind() {
        for (String problem : new String[]{"gradient:lsq:n5:m20:i1", "gradient:logreg:n5:m50:i1",
            "gradient:sigmoid:n5:m50:i1", "gradient:rosenbrock:d4"}) {
            for (String algorithm : new String[]{"gd", "nesterov", "l2o-steps", "l2o-convergent"}) {
                CliRun r = run("optimize", "--problem", problem, "--algorithm", algorithm, "--budget", "200", "--quiet");
                assertThat(r.code()).as(problem + " " + algorithm + ": " + r.err()).isZero();
                assertThat(r.out()).contains("algorithm    " + algorithm);
            }
        }
    }

    @Test
    void gradientMethodsUseTheExactGradientOfTestFunctionsWithoutTheFlag() {
        CliRun r = run("optimize", "--function", "sphere", "--dim", "5", "--algorithm", "nesterov", "--quiet");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("stop         target");
    }

    @Test
    void aMalformedGradientIdIsOneLineAndStatusTwo() {
        CliRun r = run("optimize", "--problem", "gradient:qp:n32:i1", "--algorithm", "gd");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("l2e4j optimize: problem id 'gradient:qp:n32:i1' lacks the rows part 'm'");
        assertThat(r.err().strip().lines()).hasSize(1);
    }
}
