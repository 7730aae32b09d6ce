package io.github.l2e4j.moea;

import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.AlgorithmName;
import io.github.l2e4j.study.AlgorithmProvider;
import io.github.l2e4j.study.MoAlgorithm;
import org.moeaframework.core.TypedProperties;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The MOEA Framework baselines l2e4j's study runner and command line know by name (listed in
 * {@code META-INF/services/io.github.l2e4j.study.AlgorithmProvider}), each with MOEA's default
 * properties (population 100):
 * <ul>
 *   <li>{@code de}: DE/rand/1/bin ("DE");</li>
 *   <li>{@code ga}: the single-objective GA with SBX and PM ("GA");</li>
 *   <li>{@code nsga2}: NSGA-II ("NSGA-II"; on one objective a GA with rank selection);</li>
 *   <li>{@code moead}: MOEA/D ("MOEA/D"; on one objective every subproblem is the problem itself);</li>
 *   <li>{@code cmaes-moea}: MOEA Framework's CMA-ES ("CMA-ES"), to compare with Hipparchus' {@code cmaes};</li>
 *   <li>{@code l2e-moea}: this module's "L2E" through the factory, told the run's budget as
 *   {@code maxEvaluations}: the same search as {@code l2e}, driven through the adapter.</li>
 * </ul>
 * and, for multi-objective studies ({@link #moAlgorithms()}, on the problems of
 * {@link MoeaMoProblems}), {@code l2e-moead}, {@code nsga2} and {@code moead}.
 */
public final class MoeaAlgorithms implements AlgorithmProvider {

    @Override
    public List<Algorithm> algorithms() {
        TypedProperties none = new TypedProperties();
        return List.of(
                new MoeaBaseline("de", "DE", "MOEA Framework differential evolution (DE/rand/1/bin, population 100)", none),
                new MoeaBaseline("ga", "GA", "MOEA Framework genetic algorithm (SBX + PM, population 100)", none),
                new MoeaBaseline("nsga2", "NSGA-II", "MOEA Framework NSGA-II (SBX + PM, population 100)", none),
                new MoeaBaseline("moead", "MOEA/D", "MOEA Framework MOEA/D (DE + PM, population 100)", none),
                new MoeaBaseline("cmaes-moea", "CMA-ES", "MOEA Framework CMA-ES (lambda 100)", none),
                new MoeaBaseline("l2e-moea", L2eSearchAlgorithm.NAME,
                        "L2E through MOEA Framework's AlgorithmFactory (the l2e search, seeded from MOEA's PRNG)",
                        none, "maxEvaluations"));
    }

    /**
     * The multi-objective algorithms of studies, each with MOEA's default properties:
     * {@code l2e-moead} ("L2E-MOEAD", theta0: the multi-objective default), {@code nsga2} ("NSGA-II") and
     * {@code moead} ("MOEA/D").
     */
    @Override
    public List<MoAlgorithm> moAlgorithms() {
        TypedProperties none = new TypedProperties();
        return List.of(
                new MoeaMoAlgorithm("l2e-moead", L2eMoead.NAME, "L2E-MOEAD in MOEA Framework (decomposition with the learned "
                        + "operator, theta0; 100 subproblems for 2 objectives, 91 for 3)", none),
                new MoeaMoAlgorithm("nsga2", "NSGA-II", "MOEA Framework NSGA-II (SBX + PM, population 100)", none),
                new MoeaMoAlgorithm("moead", "MOEA/D", "MOEA Framework MOEA/D (DE + PM, population 100)", none));
    }

    /**
     * {@code l2e-moead[weights=FILE]}: L2E-MOEAD with the operator from a weights file (MOEA's property
     * {@code weights}) instead of theta0.
     *
     * @throws IllegalArgumentException naming an unknown parameter or a missing file
     */
    @Override
    public Optional<MoAlgorithm> moWithParameters(AlgorithmName name) {
        if (!name.base().equals("l2e-moead")) {
            return Optional.empty();
        }
        TypedProperties p = new TypedProperties();
        for (Map.Entry<String, String> e : name.parameters().entrySet()) {
            if (!e.getKey().equals("weights")) {
                throw new IllegalArgumentException("algorithm '" + name + "': unknown parameter '" + e.getKey()
                        + "'; l2e-moead takes weights");
            }
            p.setString("weights", name.existingFile("weights").toString());
        }
        return Optional.of(new MoeaMoAlgorithm(name.toString(), L2eMoead.NAME, "L2E-MOEAD in MOEA Framework with the "
                + "weights " + p.getString("weights", "") + " (100 subproblems for 2 objectives, 91 for 3)", p));
    }
}
