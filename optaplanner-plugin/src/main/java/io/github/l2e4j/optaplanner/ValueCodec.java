package io.github.l2e4j.optaplanner;

import org.optaplanner.core.api.domain.valuerange.CountableValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRange;
import org.optaplanner.core.impl.domain.valuerange.buildin.bigdecimal.BigDecimalValueRange;
import org.optaplanner.core.impl.domain.valuerange.buildin.biginteger.BigIntegerValueRange;
import org.optaplanner.core.impl.domain.valuerange.buildin.primint.IntValueRange;
import org.optaplanner.core.impl.domain.valuerange.buildin.primlong.LongValueRange;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Random;

/**
 * Translates between one numeric planning variable's values and one coordinate of the box the
 * shared search works in. Immutable.
 *
 * <ul>
 *   <li><b>Continuous</b> ({@link ContinuousCodec}): an uncountable range of {@code Double}s such
 *   as {@code ValueRangeFactory.createDoubleValueRange(from, to)}, i.e. {@code [from, to)}. The
 *   coordinate is the value; proposals are clamped to {@code [from, nextDown(to)]}.</li>
 *   <li><b>Arithmetic progression</b> ({@link ProgressionCodec}): a countable range whose members
 *   are {@code v_k = v_0 + k h}, k = 0 .. K-1 (int, long, BigInteger and BigDecimal ranges, or a
 *   list of such numbers in increasing order). The coordinate lives in
 *   {@code [v_0 - h/2, v_(K-1) + h/2]}, so every member owns a cell of width h; a proposal x is
 *   rounded to {@code k = clamp(floor((x - v_0) / h + 1/2), 0, K-1)} and the variable gets the
 *   range's own member {@code get(k)}, never a value outside the range.</li>
 * </ul>
 */
interface ValueCodec {

    /** Most list members checked to be an arithmetic progression; longer lists are rejected. */
    int MAX_CHECKED_LIST_SIZE = 100_000;
    /** Relative tolerance of the arithmetic-progression check. */
    double PROGRESSION_TOLERANCE = 1e-9;
    /** Seed of the private generator that draws one member of an uncountable range (never the solver's). */
    long PROBE_SEED = 0x5EEDL;

    /** Lower end of the coordinate's interval. */
    double lower();

    /** Upper end of the coordinate's interval. */
    double upper();

    /** The coordinate of a value of the variable. */
    double coordinate(Object value);

    /** The variable's value for a coordinate (always a member of the range). */
    Object value(double coordinate);

    /** Whether proposals are rounded (integer-like variables). */
    boolean rounds();

    /**
     * The codec of a value range, or an exception message explaining why the range is not
     * supported.
     *
     * @param range        the range (not modified)
     * @param propertyType the planning variable's declared type
     * @param where        "Entity.variable" for messages
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static ValueCodec of(ValueRange<?> range, Class<?> propertyType, String where) {
        if (range.isEmpty()) {
            throw new IllegalStateException("the value range of " + where + " is empty");
        }
        if (range instanceof CountableValueRange) {
            return ProgressionCodec.of((CountableValueRange<Object>) range, where);
        }
        Class<?> boxed = boxed(propertyType);
        if (boxed != Double.class) {
            throw new IllegalStateException("the value range of " + where + " is uncountable and the variable's type is "
                    + propertyType.getName() + "; L2E moves support uncountable ranges of Double only");
        }
        return ContinuousCodec.of((ValueRange) range, where);
    }

    /** The wrapper class of a primitive type, else the type itself. */
    static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == double.class) {
            return Double.class;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == float.class) {
            return Float.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        if (type == byte.class) {
            return Byte.class;
        }
        return type;
    }

    /** Whether a planning variable of this declared type can hold numbers. */
    static boolean isNumericType(Class<?> type) {
        Class<?> b = boxed(type);
        return Number.class.isAssignableFrom(b);
    }

    /** An uncountable Double range {@code [from, to)}; its ends are found through {@code contains}. */
    final class ContinuousCodec implements ValueCodec {

        private final double lo;
        private final double hi;

        private ContinuousCodec(double lo, double hi) {
            this.lo = lo;
            this.hi = hi;
        }

        static ContinuousCodec of(ValueRange<Double> range, String where) {
            Iterator<Double> probe = range.createRandomIterator(new Random(PROBE_SEED));
            Double inside = probe.hasNext() ? probe.next() : null;
            if (inside == null || !Double.isFinite(inside) || !range.contains(inside)) {
                throw new IllegalStateException("the value range of " + where + " yielded no finite member to start from");
            }
            double lo = edge(range, inside, -Double.MAX_VALUE, where, "below");
            double hi = edge(range, inside, Double.MAX_VALUE, where, "above");
            if (!(lo < hi)) {
                throw new IllegalStateException("the value range of " + where + " holds a single value " + lo
                        + "; there is nothing to search");
            }
            return new ContinuousCodec(lo, hi);
        }

        /**
         * The extreme member of a range that is an interval, between a member and an outer limit:
         * bisection over the ordered bit patterns of doubles, exact to the last bit.
         */
        private static double edge(ValueRange<Double> range, double inside, double outer, String where, String side) {
            if (range.contains(outer)) {
                throw new IllegalStateException("the value range of " + where + " is unbounded " + side
                        + "; L2E moves need a bounded range");
            }
            long in = ordered(inside);
            long out = ordered(outer);
            while (true) {
                long mid = (in & out) + ((in ^ out) >> 1);   // floor of the mean, without overflow
                if (mid == in || mid == out) {
                    break;
                }
                if (range.contains(unordered(mid))) {
                    in = mid;
                } else {
                    out = mid;
                }
            }
            return unordered(in);
        }

        /** Maps doubles to longs that sort in the same order. */
        private static long ordered(double v) {
            long bits = Double.doubleToLongBits(v);
            return bits >= 0 ? bits : Long.MIN_VALUE - bits;
        }

        private static double unordered(long o) {
            return Double.longBitsToDouble(o >= 0 ? o : Long.MIN_VALUE - o);
        }

        @Override
        public double lower() {
            return lo;
        }

        @Override
        public double upper() {
            return hi;
        }

        @Override
        public double coordinate(Object value) {
            return ((Number) value).doubleValue();
        }

        @Override
        public Object value(double coordinate) {
            return Math.max(lo, Math.min(hi, coordinate));
        }

        @Override
        public boolean rounds() {
            return false;
        }
    }

    /** A countable range that is an arithmetic progression of numbers. */
    final class ProgressionCodec implements ValueCodec {

        private final CountableValueRange<Object> range;
        private final double first;
        private final double step;
        private final long size;

        private ProgressionCodec(CountableValueRange<Object> range, double first, double step, long size) {
            this.range = range;
            this.first = first;
            this.step = step;
            this.size = size;
        }

        static ProgressionCodec of(CountableValueRange<Object> range, String where) {
            long size = range.getSize();
            if (size < 2) {
                throw new IllegalStateException("the value range of " + where + " holds " + size
                        + " value(s); there is nothing to search");
            }
            double first = number(range.get(0), where);
            double step = number(range.get(1), where) - first;
            if (!(step > 0) || !Double.isFinite(step)) {
                throw new IllegalStateException("the value range of " + where
                        + " must list numbers in increasing order, but starts with " + range.get(0) + ", " + range.get(1));
            }
            Object r = range;
            boolean builtIn = r instanceof IntValueRange || r instanceof LongValueRange
                    || r instanceof BigIntegerValueRange || r instanceof BigDecimalValueRange;
            if (!builtIn && size > MAX_CHECKED_LIST_SIZE) {
                throw new IllegalStateException("the value range of " + where + " has " + size + " values, more than the "
                        + MAX_CHECKED_LIST_SIZE + " L2E moves check to be an arithmetic progression");
            }
            // OptaPlanner's built-in numeric ranges are progressions by construction: check the last member.
            for (long k = builtIn ? size - 1 : 2; k < size; k++) {
                check(range, first, step, k, where);
            }
            return new ProgressionCodec(range, first, step, size);
        }

        private static void check(CountableValueRange<Object> range, double first, double step, long k, String where) {
            double expected = first + k * step;
            double actual = number(range.get(k), where);
            if (Math.abs(actual - expected) > PROGRESSION_TOLERANCE * Math.max(Math.abs(expected), step)) {
                throw new IllegalStateException("the value range of " + where
                        + " must be an arithmetic progression (evenly spaced, increasing); member " + k + " is "
                        + range.get(k) + ", expected " + expected);
            }
        }

        private static double number(Object v, String where) {
            if (v instanceof Number) {
                double d = v instanceof BigDecimal ? ((BigDecimal) v).doubleValue()
                        : v instanceof BigInteger ? ((BigInteger) v).doubleValue() : ((Number) v).doubleValue();
                if (Double.isFinite(d)) {
                    return d;
                }
            }
            throw new IllegalStateException("the value range of " + where + " must hold finite numbers, holds " + v);
        }

        @Override
        public double lower() {
            return first - step / 2;
        }

        @Override
        public double upper() {
            return first + (size - 1) * step + step / 2;
        }

        @Override
        public double coordinate(Object value) {
            return ((Number) value).doubleValue();
        }

        @Override
        public Object value(double coordinate) {
            return range.get(index(coordinate));
        }

        /** The member index of a coordinate. */
        long index(double coordinate) {
            double k = Math.floor((coordinate - first) / step + 0.5);
            return k <= 0 ? 0 : k >= size - 1 ? size - 1 : (long) k;
        }

        @Override
        public boolean rounds() {
            return true;
        }
    }
}
