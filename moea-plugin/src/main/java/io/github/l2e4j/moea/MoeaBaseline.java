package io.github.l2e4j.moea;

import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.Result;
import io.github.l2e4j.search.RunRecorder;
import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.RunSpec;
import org.moeaframework.core.PRNG;
import org.moeaframework.core.TypedProperties;
import org.moeaframework.core.spi.AlgorithmFactory;

/**
 * A MOEA Framework algorithm, created by name through its {@code AlgorithmFactory} with default
 * properties (plus any given here), as an l2e4j study {@link Algorithm} on a single-objective
 * box-constrained problem.
 *
 * <p>A run seeds MOEA's global {@link PRNG} with the run seed, steps the algorithm until the budget
 * is spent or the stop value reached, and reports what the {@link RunRecorder} saw; evaluations past
 * the budget are not made (see {@link SharedProblem}). Because MOEA Framework's generator is global,
 * runs of MOEA algorithms are serialized on one lock ({@link MoeaPrng}): concurrent runs stay
 * reproducible but do not run in parallel.
 */
public final class MoeaBaseline implements Algorithm {

    private final String name;
    private final String moeaName;
    private final String description;
    private final TypedProperties properties;
    private final String budgetProperty;

    /**
     * A baseline.
     *
     * @param name        the l2e4j name (lower case), e.g. {@code de}
     * @param moeaName    the MOEA Framework name, e.g. {@code DE}
     * @param description one line for help output
     * @param properties  properties passed to the factory (copied; may be empty)
     */
    public MoeaBaseline(String name, String moeaName, String description, TypedProperties properties) {
        this(name, moeaName, description, properties, null);
    }

    /**
     * A baseline that is also told each run's budget through a property (for algorithms that use a
     * budget hint, such as "L2E"'s {@code maxEvaluations}).
     *
     * @param budgetProperty the property that receives the run's budget, or null
     */
    public MoeaBaseline(String name, String moeaName, String description, TypedProperties properties,
                        String budgetProperty) {
        this.budgetProperty = budgetProperty;
        this.name = name;
        this.moeaName = moeaName;
        this.description = description;
        this.properties = new TypedProperties();
        this.properties.addAll(properties);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    /** The MOEA Framework algorithm name. */
    public String moeaName() {
        return moeaName;
    }

    @Override
    public Result minimize(Problem problem, RunSpec spec) {
        long start = System.nanoTime();
        RunRecorder recorder = new RunRecorder(spec.targets());
        long steps = 0;
        MoeaPrng.LOCK.lock();
        try {
            PRNG.setSeed(spec.seed());
            TypedProperties p = new TypedProperties();
            p.addAll(properties);
            if (budgetProperty != null) {
                p.setLong(budgetProperty, spec.budget());
            }
            try (SharedProblem moeaProblem = new SharedProblem(problem, recorder, spec.budget())) {
                org.moeaframework.algorithm.Algorithm a = AlgorithmFactory.getInstance().getAlgorithm(moeaName, p, moeaProblem);
                while (recorder.evaluations() < spec.budget() && recorder.best() > spec.stopValue()) {
                    long before = recorder.evaluations();
                    a.step();
                    steps++;
                    if (recorder.evaluations() == before && steps > 1) {
                        break;
                    }
                }
            }
        } finally {
            MoeaPrng.LOCK.unlock();
        }
        String stop = recorder.best() <= spec.stopValue() ? "target"
                : recorder.evaluations() >= spec.budget() ? "budget" : "no new evaluations";
        return new Result(recorder.bestPoint(problem.bounds().lower()), recorder.best(), recorder.evaluations(),
                steps, 0, (System.nanoTime() - start) / 1e9, stop, recorder.hits());
    }
}
