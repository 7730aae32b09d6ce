package io.github.l2e4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;


import static io.github.l2e4j.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

class OptimizeCommandTest {

    @Test
    void optimizesRosenbrockToTheTarget() throws Exception {
        CliRun r = run("optimize", "--function", "rosenbrock", "--dim", "10", "--budget", "30000", "--seed", "1",
                "--json", "--quiet");
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("error").asDouble()).isLessThanOrEqualTo(1e-8);
        assertThat(json.get("evaluations").asLong()).isLessThanOrEqualTo(30000);
        assertThat(json.get("problem").asText()).isEqualTo("rosenbrock_d10");
        assertThat(json.get("bestPoint")).hasSize(10);
    }

    @Test
    void textOutputNamesTheResult() {
        CliRun r = run("optimize", "--function", "sphere", "--dim", "5", "--quiet");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("problem      sphere_d5").contains("f - f*").contains("stop         target");
    }

    @Test
    void anUnknownFunctionIsOneLineAndStatusTwo() {
        CliRun r = run("optimize", "--function", "nope");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(
                "l2e4j optimize: unknown function 'nope'; known: sphere, ellipsoid, rosenbrock, rastrigin");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badValuesAreOneLineAndStatusTwo() {
        for (String[] args : new String[][]{
            {"optimize", "--function", "sphere", "--dim", "x"},
            {"optimize", "--function", "sphere", "--budget", "0"},
            {"optimize", "--function", "sphere", "--algorithm", "nope"},
            {"optimize", "--function", "sphere", "--weights", "/no/such/file.json"},
            {"optimize", "--function", "sphere", "--algorithm", "l2e[weights=/no/such/file.json]"},
            {"optimize", "--function", "sphere", "--algorithm", "l2e[restarts=big]"},
            {"optimize", "--function", "sphere", "--algorithm", "cmaes[x=1]"},
            {"optimize", "--nope"},
            {"optimize"}}) {
            CliRun r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void acceptsProblemIdsFromTheRegistry() throws Exception {
        CliRun bbob = run("optimize", "--problem", "bbob_f001_i01_d05", "--budget", "5000", "--json", "--quiet");
        assertThat(bbob.code()).as(bbob.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(bbob.out());
        assertThat(json.get("problem").asText()).isEqualTo("bbob_f001_i01_d05");
        assertThat(json.get("error").asDouble()).isLessThanOrEqualTo(1e-8);

        CliRun control = run("optimize", "--problem", "control:cartpole:linear", "--budget", "3000", "--quiet");
        assertThat(control.code()).as(control.err()).isZero();
        assertThat(control.out()).contains("control:cartpole:linear");

        CliRun both = run("optimize", "--problem", "sphere_d3", "--function", "sphere");
        assertThat(both.code()).isEqualTo(2);
        CliRun bad = run("optimize", "--problem", "bbob_f099_i01_d10");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err().strip()).startsWith("l2e4j optimize: problem id 'bbob_f099_i01_d10' is invalid");
    }

    /** {@code --algorithm 'l2e[weights=FILE]'} runs the same search as {@code --weights FILE}. */
    @Test
    void l2eWithWeightsAsAParameterEqualsTheWeightsOption(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = TestWeights.theta0File(dir);
        CliRun option = run("optimize", "--function", "rosenbrock", "--dim", "5", "--budget", "3000", "--weights",
                file.toString(), "--json", "--quiet");
        CliRun parameter = run("optimize", "--function", "rosenbrock", "--dim", "5", "--budget", "3000", "--algorithm",
                "l2e[weights=" + file + "]", "--json", "--quiet");
        assertThat(option.code()).as(option.err()).isZero();
        assertThat(parameter.code()).as(parameter.err()).isZero();
        ObjectMapper m = new ObjectMapper();
        JsonNode a = m.readTree(option.out());
        JsonNode b = m.readTree(parameter.out());
        assertThat(b.get("bestValue")).isEqualTo(a.get("bestValue"));
        assertThat(b.get("evaluations")).isEqualTo(a.get("evaluations"));
        assertThat(b.get("algorithm").asText()).isEqualTo("l2e[weights=" + file + "] (weights " + file + ")");
    }

    @Test
    void baselinesRunByName() {
        CliRun r = run("optimize", "--function", "sphere", "--dim", "4", "--algorithm", "cmaes", "--quiet");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("algorithm    cmaes");
        CliRun list = run("optimize", "--list-algorithms");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("l2e").contains("cmaes").contains("random");
        assertThat(list.out()).contains("multi-objective, for l2e4j study on zdt/dtlz problems:\nl2e-moead ");
        // one column for the descriptions, however long the names
        java.util.Set<Integer> columns = new java.util.HashSet<>();
        for (String line : list.out().split("\n")) {
            if (line.startsWith("multi-objective")) {
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\S+ +)\\S").matcher(line);
            if (m.find()) {
                columns.add(m.group(1).length());
            }
        }
        assertThat(columns).hasSize(1);
    }
}
