package io.github.l2e4j.optaplanner;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.domain.variable.descriptor.GenuineVariableDescriptor;
import org.optaplanner.core.impl.heuristic.move.Move;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A move that sets every chosen numeric planning variable at once: to one row of an L2E
 * generation (a proposal), or back to the values it found (the undo move).
 *
 * <p><b>How the score of a proposal reaches the search.</b> OptaPlanner evaluates a move with
 * {@code InnerScoreDirector.doAndProcessMove}: do the move, calculate the score (which the
 * score director also writes into the working solution's {@code @PlanningScore}), hand it to
 * the acceptor and forager, then run the undo move. The undo move of a proposal therefore reads
 * the working solution's score <i>before</i> it restores the old values: that is exactly the
 * score of the proposal's point, obtained without any extra score calculation, and it is
 * reported to the generation the proposal came from. Undo moves that OptaPlanner creates for
 * other reasons (the step's undo) are never run, and a report for a row that is already scored
 * or for an older generation is ignored.
 *
 * <p>Immutable (the entities belong to one working solution; {@link #rebase} maps them onto
 * another). Every proposal is doable: even a proposal equal to the current values must be scored.
 *
 * @param <S> the solution type
 */
final class L2eMove<S> implements Move<S> {

    /** Variables listed by {@link #toString()} before it abbreviates. */
    private static final int TO_STRING_VARIABLES = 4;

    private final NumericSlots slots;
    private final Object[] values;
    private final MoveGenerations report;
    private final long generation;
    private final int row;

    /**
     * A move to these values.
     *
     * @param slots      the variables
     * @param values     one value per slot (not copied: owned by the move)
     * @param report     where the undo of this move reports the score, or null (plain restore)
     * @param generation the generation of the row
     * @param row        the row of the generation
     */
    L2eMove(NumericSlots slots, Object[] values, MoveGenerations report, long generation, int row) {
        this.slots = slots;
        this.values = values;
        this.report = report;
        this.generation = generation;
        this.row = row;
    }

    /** The generation this proposal belongs to (-1 for an undo move). */
    long generation() {
        return report == null ? -1 : generation;
    }

    /** The row of the generation (-1 for an undo move). */
    int row() {
        return report == null ? -1 : row;
    }

    /** The value of slot i. */
    Object value(int i) {
        return values[i];
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<S> scoreDirector) {
        return true;
    }

    @Override
    public Move<S> doMove(ScoreDirector<S> scoreDirector) {
        Object[] old = new Object[values.length];
        for (int i = 0; i < old.length; i++) {
            old[i] = slots.variable(i).getValue(slots.entity(i));
        }
        assign(scoreDirector);
        return new Undo<>(slots, old, report, generation, row);
    }

    @Override
    public void doMoveOnly(ScoreDirector<S> scoreDirector) {
        assign(scoreDirector);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    void assign(ScoreDirector<S> scoreDirector) {
        InnerScoreDirector inner = (InnerScoreDirector) scoreDirector;
        for (int i = 0; i < values.length; i++) {
            GenuineVariableDescriptor vd = slots.variable(i);
            Object entity = slots.entity(i);
            if (!Objects.equals(vd.getValue(entity), values[i])) {
                inner.changeVariableFacade(vd, entity, values[i]);
            }
        }
        scoreDirector.triggerVariableListeners();
    }

    @Override
    public Move<S> rebase(ScoreDirector<S> destinationScoreDirector) {
        Object[] entities = slots.entities();
        for (int i = 0; i < entities.length; i++) {
            entities[i] = destinationScoreDirector.lookUpWorkingObject(entities[i]);
        }
        return new L2eMove<>(slots.withEntities(entities), values, report, generation, row);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "L2eMove";
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return new ArrayList<>(new LinkedHashSet<>(Arrays.asList(slots.entities())));
    }

    @Override
    public Collection<?> getPlanningValues() {
        return List.of(values);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(report == null ? "L2eMove[undo" : "L2eMove[g" + generation + " row " + row);
        b.append("](");
        for (int i = 0; i < values.length && i < TO_STRING_VARIABLES; i++) {
            b.append(i == 0 ? "" : ", ").append(slots.variable(i).getVariableName()).append('=').append(values[i]);
        }
        if (values.length > TO_STRING_VARIABLES) {
            b.append(", ... ").append(values.length - TO_STRING_VARIABLES).append(" more");
        }
        return b.append(')').toString();
    }

    /**
     * The undo of a proposal: reports the score of the proposal's point (still in the working
     * solution) and then restores the old values.
     */
    private static final class Undo<S> implements Move<S> {

        private final L2eMove<S> restore;
        private final MoveGenerations report;
        private final long generation;
        private final int row;

        Undo(NumericSlots slots, Object[] old, MoveGenerations report, long generation, int row) {
            this.restore = new L2eMove<>(slots, old, null, -1, -1);
            this.report = report;
            this.generation = generation;
            this.row = row;
        }

        @Override
        public boolean isMoveDoable(ScoreDirector<S> scoreDirector) {
            return true;
        }

        @Override
        public Move<S> doMove(ScoreDirector<S> scoreDirector) {
            reportScore(scoreDirector);
            return restore.doMove(scoreDirector);
        }

        @Override
        public void doMoveOnly(ScoreDirector<S> scoreDirector) {
            reportScore(scoreDirector);
            restore.doMoveOnly(scoreDirector);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private void reportScore(ScoreDirector<S> scoreDirector) {
            if (report != null) {
                InnerScoreDirector inner = (InnerScoreDirector) scoreDirector;
                report.report(generation, row, inner.getSolutionDescriptor().getScore(inner.getWorkingSolution()));
            }
        }

        @Override
        public Move<S> rebase(ScoreDirector<S> destinationScoreDirector) {
            return restore.rebase(destinationScoreDirector);
        }

        @Override
        public String getSimpleMoveTypeDescription() {
            return "L2eMove";
        }

        @Override
        public Collection<?> getPlanningEntities() {
            return restore.getPlanningEntities();
        }

        @Override
        public Collection<?> getPlanningValues() {
            return restore.getPlanningValues();
        }

        @Override
        public String toString() {
            return restore.toString();
        }
    }
}
