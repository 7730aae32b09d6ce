package io.github.l2e4j.optaplanner;

import io.github.l2e4j.problem.Bounds;
import org.optaplanner.core.api.domain.valuerange.ValueRange;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.domain.entity.descriptor.EntityDescriptor;
import org.optaplanner.core.impl.domain.solution.descriptor.SolutionDescriptor;
import org.optaplanner.core.impl.domain.variable.descriptor.GenuineVariableDescriptor;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The numeric planning variables L2E moves set, one coordinate each: found by reflection through
 * OptaPlanner's solution descriptor ({@code InnerScoreDirector.getSolutionDescriptor()}), so the
 * user's domain needs no extra interface.
 *
 * <p>Coordinate order: entities in the order the solution's entity collections list them
 * ({@code SolutionDescriptor.visitAllEntities}), and within an entity its genuine variables in
 * the descriptor's order. Selected are the basic (not chained, not list) genuine variables whose
 * declared type is a number, of movable (not pinned) entities, optionally restricted to one
 * entity class and to named variables. Immutable; the entities are the working solution's.
 */
final class NumericSlots {

    private final Object[] entities;
    private final GenuineVariableDescriptor<?>[] variables;
    private final ValueCodec[] codecs;
    private final Bounds bounds;

    private NumericSlots(Object[] entities, GenuineVariableDescriptor<?>[] variables, ValueCodec[] codecs) {
        this.entities = entities;
        this.variables = variables;
        this.codecs = codecs;
        double[] lo = new double[codecs.length];
        double[] hi = new double[codecs.length];
        for (int i = 0; i < codecs.length; i++) {
            lo[i] = codecs[i].lower();
            hi[i] = codecs[i].upper();
        }
        this.bounds = Bounds.of(lo, hi);
    }

    /**
     * Resolves the slots of the working solution.
     *
     * @param scoreDirector the phase's score director (an {@link InnerScoreDirector} at run time)
     * @param entityClass   only entities of this class (or a subclass), or null for all
     * @param names         only these variable names, or empty for every numeric one
     * @throws IllegalStateException naming the custom property to fix when nothing (or something
     *                               named but absent or not numeric) is found, or when a variable is
     *                               uninitialized or its range unsupported
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static NumericSlots resolve(ScoreDirector<?> scoreDirector, Class<?> entityClass, List<String> names) {
        InnerScoreDirector<Object, ?> inner = (InnerScoreDirector<Object, ?>) scoreDirector;
        SolutionDescriptor<Object> sd = inner.getSolutionDescriptor();
        Object solution = inner.getWorkingSolution();

        Set<String> wanted = new LinkedHashSet<>(names);
        Set<String> seenNumeric = new TreeSet<>();
        Set<String> seenOther = new TreeSet<>();
        Map<EntityDescriptor<Object>, List<GenuineVariableDescriptor<Object>>> chosen = new IdentityHashMap<>();
        for (EntityDescriptor<Object> ed : sd.getGenuineEntityDescriptors()) {
            if (entityClass != null && !entityClass.isAssignableFrom(ed.getEntityClass())) {
                continue;
            }
            List<GenuineVariableDescriptor<Object>> list = new ArrayList<>();
            for (GenuineVariableDescriptor<Object> vd : ed.getGenuineVariableDescriptorList()) {
                String label = ed.getEntityClass().getSimpleName() + "." + vd.getVariableName();
                boolean numeric = !vd.isListVariable() && !vd.isChained()
                        && ValueCodec.isNumericType(vd.getVariablePropertyType());
                (numeric ? seenNumeric : seenOther).add(label + " (" + vd.getVariablePropertyType().getSimpleName() + ")");
                if (numeric && (wanted.isEmpty() || wanted.contains(vd.getVariableName()))) {
                    list.add(vd);
                }
            }
            chosen.put(ed, list);
        }
        String scope = entityClass == null ? "the solution " + sd.getSolutionClass().getSimpleName()
                : "entityClass " + entityClass.getName();
        for (String w : wanted) {
            boolean found = false;
            for (List<GenuineVariableDescriptor<Object>> list : chosen.values()) {
                for (GenuineVariableDescriptor<Object> vd : list) {
                    found |= vd.getVariableName().equals(w);
                }
            }
            if (!found) {
                throw new IllegalStateException(L2eMoveIteratorFactory.PROPERTY_VARIABLES + " names '" + w
                        + "', which is not a numeric planning variable of " + scope + "; numeric variables: "
                        + describe(seenNumeric) + ", other variables: " + describe(seenOther));
            }
        }

        List<Object> entityList = new ArrayList<>();
        List<GenuineVariableDescriptor<?>> variableList = new ArrayList<>();
        List<ValueCodec> codecList = new ArrayList<>();
        Map<Object, ValueCodec> codecByRange = new IdentityHashMap<>();
        int[] entityIndex = {0};
        sd.visitAllEntities(solution, entity -> {
            EntityDescriptor<Object> ed = sd.findEntityDescriptor(entity.getClass());
            List<GenuineVariableDescriptor<Object>> list = ed == null ? null : chosen.get(ed);
            int index = entityIndex[0]++;
            if (list == null || list.isEmpty() || !ed.isMovable((ScoreDirector) inner, entity)) {
                return;
            }
            for (GenuineVariableDescriptor<Object> vd : list) {
                String where = ed.getEntityClass().getSimpleName() + "." + vd.getVariableName() + " of entity " + index
                        + " (" + entity + ")";
                Object value = vd.getValue(entity);
                if (value == null) {
                    throw new IllegalStateException(where + " is uninitialized (null); L2E moves change initialized "
                            + "numeric variables only (OptaPlanner's construction heuristic cannot assign an uncountable "
                            + "double range: initialize the values before solving)");
                }
                ValueRange<?> range = vd.getValueRangeDescriptor().extractValueRange(solution, entity);
                ValueCodec codec = codecByRange.get(range);
                if (codec == null) {
                    codec = ValueCodec.of(range, vd.getVariablePropertyType(), where);
                    codecByRange.put(range, codec);
                }
                entityList.add(entity);
                variableList.add(vd);
                codecList.add(codec);
            }
        });
        if (codecList.isEmpty()) {
            throw new IllegalStateException("L2E moves found no movable numeric planning variable in " + scope
                    + (wanted.isEmpty() ? "" : " named " + wanted) + "; numeric variables: " + describe(seenNumeric)
                    + ", other variables: " + describe(seenOther) + ". Set the custom property '"
                    + L2eMoveIteratorFactory.PROPERTY_ENTITY_CLASS + "' or '" + L2eMoveIteratorFactory.PROPERTY_VARIABLES
                    + "' to choose Double, Integer, Long, BigInteger or BigDecimal planning variables");
        }
        return new NumericSlots(entityList.toArray(), variableList.toArray(new GenuineVariableDescriptor<?>[0]),
                codecList.toArray(new ValueCodec[0]));
    }

    private static String describe(Set<String> labels) {
        return labels.isEmpty() ? "none" : String.join(", ", labels);
    }

    /** Number of coordinates D. */
    int dimension() {
        return codecs.length;
    }

    /** The box: one interval per coordinate. */
    Bounds bounds() {
        return bounds;
    }

    /** Entity of coordinate i. */
    Object entity(int i) {
        return entities[i];
    }

    /** Variable of coordinate i. */
    GenuineVariableDescriptor<?> variable(int i) {
        return variables[i];
    }

    /** Codec of coordinate i. */
    ValueCodec codec(int i) {
        return codecs[i];
    }

    /** Whether any coordinate is rounded. */
    boolean anyRounded() {
        for (ValueCodec c : codecs) {
            if (c.rounds()) {
                return true;
            }
        }
        return false;
    }

    /** The current values as coordinates (a new array). */
    double[] currentPoint() {
        double[] x = new double[codecs.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = codecs[i].coordinate(variables[i].getValue(entities[i]));
        }
        return x;
    }

    /** The same variables on other entities (rebasing onto another score director's working solution). */
    NumericSlots withEntities(Object[] others) {
        return new NumericSlots(others, variables, codecs);
    }

    /** The entities of all coordinates (a copy). */
    Object[] entities() {
        return entities.clone();
    }
}
