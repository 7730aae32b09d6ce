package io.github.l2e4j.optaplanner;

import io.github.l2e4j.benchmark.TestFunctions;
import io.github.l2e4j.optaplanner.box.BoxSolution;
import io.github.l2e4j.problem.Problem;
import io.github.l2e4j.search.L2eSearch;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.Score;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a generation maps onto OptaPlanner's move evaluation, driven through a real score director
 * with {@code doAndProcessMove} (what OptaPlanner's local-search decider calls per move).
 */
class MoveGenerationsTest {

    private static final Problem SPHERE = TestFunctions.sphere(4);
    private static final double[] X0 = {1.5, -2.0, 0.25, 3.0};

    private final BoxSolution solution = BoxSolution.of(SPHERE, X0, null);
    private final InnerScoreDirector<BoxSolution, ?> sd = ScoreDirectors.of(ScoreDirectors.boxConfig(), solution);
    private final L2eMoveIteratorFactory<BoxSolution> factory = new L2eMoveIteratorFactory<>();

    MoveGenerationsTest() {
        factory.setScalarization(L2eMoveIteratorFactory.SCALARIZATION_INFEASIBLE_WORST);
        factory.phaseStarted(sd);
    }

    private static double[] point(L2eMove<?> move) {
        double[] x = new double[X0.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = (Double) move.value(i);
        }
        return x;
    }

    private Score<?> evaluate(Move<BoxSolution> move) {
        return sd.doAndProcessMove(move, false);
    }

    @Test
    void everyEvaluatedRowTellsTheScoreOfItsOwnPointAndTheSearchGetsExactlyThoseValues() {
        Iterator<Move<BoxSolution>> it = factory.createRandomMoveIterator(sd, new Random(7));
        MoveGenerations g = factory.generations();
        L2eSearch search = g.search();
        int n = g.populationSize();
        double[] expected = new double[n];
        for (int i = 0; i < n; i++) {
            L2eMove<BoxSolution> move = (L2eMove<BoxSolution>) it.next();
            assertThat(move.generation()).isZero();
            assertThat(move.row()).isEqualTo(i);
            expected[i] = SPHERE.objective().value(point(move));
            Score<?> score = evaluate(move);
            assertThat(-score.toLevelDoubles()[1]).isEqualTo(expected[i]);
            // The undo restored the working solution.
            assertThat(solution.point()).containsExactly(X0);
        }
        assertThat(g.pendingValues()).containsExactly(expected);
        assertThat(g.told()).isZero();
        assertThat(search.evaluations()).isZero();

        it.next();      // the generation is complete: told, and the next one starts
        assertThat(g.told()).isEqualTo(n);
        assertThat(g.generation()).isEqualTo(1);
        assertThat(search.evaluations()).isEqualTo(n);
        double min = Double.POSITIVE_INFINITY;
        for (double v : expected) {
            min = Math.min(min, v);
        }
        assertThat(search.bestValue()).isEqualTo(min);
        // The first generation is centred on the solution's values: row 0 is x0 itself.
        assertThat(expected[0]).isEqualTo(SPHERE.objective().value(X0));
    }

    @Test
    void rowsNotEvaluatedBeforeAStepEndsAreHandedOutAgainByTheNextIterator() {
        Iterator<Move<BoxSolution>> step1 = factory.createRandomMoveIterator(sd, new Random(7));
        MoveGenerations g = factory.generations();
        int n = g.populationSize();
        for (int i = 0; i < n; i++) {
            Move<BoxSolution> m = step1.next();
            if (i % 2 == 0) {
                evaluate(m);
            }
        }
        Iterator<Move<BoxSolution>> step2 = factory.createRandomMoveIterator(sd, new Random(99));
        assertThat(factory.generations()).isSameAs(g);
        List<Integer> rows = new ArrayList<>();
        for (int i = 1; i < n; i += 2) {
            L2eMove<BoxSolution> m = (L2eMove<BoxSolution>) step2.next();
            rows.add(m.row());
            assertThat(m.generation()).isZero();
            evaluate(m);
        }
        List<Integer> odd = new ArrayList<>();
        for (int i = 1; i < n; i += 2) {
            odd.add(i);
        }
        assertThat(rows).isEqualTo(odd);
        assertThat(g.told()).isZero();
        L2eMove<BoxSolution> next = (L2eMove<BoxSolution>) step2.next();
        assertThat(next.generation()).isEqualTo(1);
        assertThat(next.row()).isZero();
        assertThat(g.told()).isEqualTo(n);
        assertThat(g.handedOut()).isEqualTo(n + n / 2 + 1);
    }

    @Test
    void scoresOfOlderGenerationsAndRepeatedScoresAreIgnored() {
        Iterator<Move<BoxSolution>> it = factory.createRandomMoveIterator(sd, new Random(7));
        MoveGenerations g = factory.generations();
        int n = g.populationSize();
        List<Move<BoxSolution>> first = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            first.add(it.next());
            evaluate(first.get(i));
        }
        double[] values = g.pendingValues();
        evaluate(first.get(0).rebase(sd));          // the same row again: keeps its first score
        assertThat(g.pendingValues()).containsExactly(values);
        it.next();                                  // generation 1 starts
        evaluate(first.get(3));                     // a late score for generation 0
        assertThat(g.pendingValues()).containsOnly(Double.NaN);
        assertThat(g.told()).isEqualTo(n);
    }

    @Test
    void theSearchIsSeededByOneDrawFromTheSolverRandomAndNotReadAgain() {
        Random random = new Random(11);
        Iterator<Move<BoxSolution>> it = factory.createRandomMoveIterator(sd, random);
        long after = random.nextLong();
        Random replay = new Random(11);
        replay.nextLong();
        assertThat(after).isEqualTo(replay.nextLong());
        for (int i = 0; i < 200; i++) {
            evaluate(it.next());
        }
        factory.createRandomMoveIterator(sd, random);
        assertThat(random.nextLong()).isEqualTo(replay.nextLong());
    }
}
