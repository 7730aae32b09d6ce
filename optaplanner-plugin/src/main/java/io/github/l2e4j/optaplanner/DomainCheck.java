package io.github.l2e4j.optaplanner;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks at solver build time (when OptaPlanner applies the custom properties) that the entity
 * class named by {@code entityClass} exists, is a planning entity, and has the numeric planning
 * variables L2E moves are asked to set. OptaPlanner gives a move iterator factory no view of the
 * domain before solving, so without {@code entityClass} the same checks run when the phase starts.
 */
final class DomainCheck {

    private DomainCheck() {
    }

    /** Loads a class by name through the context class loader, then this library's. */
    static Class<?> load(String property, String className) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        try {
            return Class.forName(className, false, context != null ? context : DomainCheck.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            try {
                return Class.forName(className, false, DomainCheck.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e2) {
                throw new IllegalArgumentException(property + " must name a class on the class path, was '" + className + "'");
            }
        }
    }

    /**
     * Checks that the class is a planning entity with numeric planning variables (the named ones
     * when names is not empty).
     */
    static void check(String property, Class<?> entityClass, List<String> names) {
        if (!hasEntityAnnotation(entityClass)) {
            throw new IllegalArgumentException(property + " must name a @PlanningEntity class, was " + entityClass.getName());
        }
        Map<String, Class<?>> variables = planningVariables(entityClass);
        List<String> numeric = new ArrayList<>();
        variables.forEach((name, type) -> {
            if (ValueCodec.isNumericType(type)) {
                numeric.add(name);
            }
        });
        if (names.isEmpty()) {
            if (numeric.isEmpty()) {
                throw new IllegalArgumentException(property + " " + entityClass.getName()
                        + " has no numeric @PlanningVariable (L2E moves set Double, Integer, Long, BigInteger or "
                        + "BigDecimal variables); its planning variables: " + describe(variables));
            }
            return;
        }
        for (String name : names) {
            Class<?> type = variables.get(name);
            if (type == null || !ValueCodec.isNumericType(type)) {
                throw new IllegalArgumentException(L2eMoveIteratorFactory.PROPERTY_VARIABLES + " names '" + name
                        + "', which is not a numeric @PlanningVariable of " + entityClass.getName()
                        + "; its planning variables: " + describe(variables));
            }
        }
    }

    /**
     * Without {@code entityClass}: checks that at least one of the solver configuration's entity
     * classes has numeric planning variables (the named ones when names is not empty).
     */
    static void checkAny(List<Class<?>> entityClasses, List<String> names) {
        List<String> seen = new ArrayList<>();
        for (Class<?> c : entityClasses) {
            if (!hasEntityAnnotation(c)) {
                continue;
            }
            Map<String, Class<?>> variables = planningVariables(c);
            boolean ok = names.isEmpty()
                    ? variables.values().stream().anyMatch(ValueCodec::isNumericType)
                    : names.stream().allMatch(n -> variables.containsKey(n) && ValueCodec.isNumericType(variables.get(n)));
            if (ok) {
                return;
            }
            seen.add(c.getSimpleName() + ": " + describe(variables));
        }
        String wanted = names.isEmpty() ? "a numeric @PlanningVariable (Double, Integer, Long, BigInteger or BigDecimal)"
                : "the numeric @PlanningVariable(s) named by " + L2eMoveIteratorFactory.PROPERTY_VARIABLES + " ("
                + String.join(",", names) + ")";
        throw new IllegalArgumentException(L2eMoveIteratorFactory.PROPERTY_ENTITY_CLASS + " is not set, and no planning "
                + "entity class of the solver configuration has " + wanted + "; the entity classes' planning variables: "
                + (seen.isEmpty() ? "none" : String.join("; ", seen)));
    }

    private static boolean hasEntityAnnotation(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            if (k.isAnnotationPresent(PlanningEntity.class)) {
                return true;
            }
        }
        return false;
    }

    /** Planning variables (fields or getters annotated @PlanningVariable) by name, with their types. */
    private static Map<String, Class<?>> planningVariables(Class<?> c) {
        Map<String, Class<?>> found = new LinkedHashMap<>();
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (f.isAnnotationPresent(PlanningVariable.class)) {
                    found.putIfAbsent(f.getName(), f.getType());
                }
            }
            for (Method m : k.getDeclaredMethods()) {
                if (m.isAnnotationPresent(PlanningVariable.class) && m.getParameterCount() == 0) {
                    String n = m.getName();
                    String property = n.startsWith("get") && n.length() > 3 ? decapitalize(n.substring(3))
                            : n.startsWith("is") && n.length() > 2 ? decapitalize(n.substring(2)) : n;
                    found.putIfAbsent(property, m.getReturnType());
                }
            }
        }
        return found;
    }

    private static String decapitalize(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(1)) ? s
                : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String describe(Map<String, Class<?>> variables) {
        if (variables.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        variables.forEach((n, t) -> parts.add(n + " (" + t.getSimpleName() + ")"));
        return String.join(", ", parts);
    }
}
