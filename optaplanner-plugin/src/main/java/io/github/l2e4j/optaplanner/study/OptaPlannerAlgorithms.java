package io.github.l2e4j.optaplanner.study;

import io.github.l2e4j.study.Algorithm;
import io.github.l2e4j.study.AlgorithmProvider;

import java.util.ArrayList;
import java.util.List;

/**
 * The algorithms this module contributes to the study runner and the command line:
 * {@code optaplanner-hc}, {@code optaplanner-la}, {@code optaplanner-sa} (OptaPlanner's change
 * moves under hill climbing, late acceptance, simulated annealing) and {@code optaplanner-l2e-hc},
 * {@code optaplanner-l2e-la}, {@code optaplanner-l2e-sa} (L2E moves under the same acceptors); see
 * {@link LocalSearchAlgorithm}.
 */
public final class OptaPlannerAlgorithms implements AlgorithmProvider {

    @Override
    public List<Algorithm> algorithms() {
        List<Algorithm> list = new ArrayList<>();
        for (LocalSearchAlgorithm.Moves m : LocalSearchAlgorithm.Moves.values()) {
            for (LocalSearchAlgorithm.Acceptor a : LocalSearchAlgorithm.Acceptor.values()) {
                list.add(new LocalSearchAlgorithm(a, m));
            }
        }
        return List.copyOf(list);
    }
}
