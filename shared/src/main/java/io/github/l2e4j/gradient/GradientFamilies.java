package io.github.l2e4j.gradient;

import io.github.l2e4j.benchmark.ProblemFamily;
import io.github.l2e4j.benchmark.ProblemFamilyProvider;

import java.util.Map;

/** Registers the {@value GradientProblemFamily#PREFIX} problem ids with the standard problem registry. */
public final class GradientFamilies implements ProblemFamilyProvider {

    @Override
    public Map<String, ProblemFamily> families() {
        return Map.of(GradientProblemFamily.PREFIX, new GradientProblemFamily());
    }
}
