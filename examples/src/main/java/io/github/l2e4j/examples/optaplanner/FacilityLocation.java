package io.github.l2e4j.examples.optaplanner;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRangeFactory;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoftbigdecimal.HardSoftBigDecimalScore;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Continuous facility location (the multi-source Weber problem with forbidden areas), an
 * OptaPlanner planning problem with numeric planning variables.
 *
 * <p>Place K facilities in the square [0, 100]^2. Each customer is served by its nearest facility.
 * <ul>
 *   <li>hard: {@code -sum_k sum_l max(0, r_l - |f_k - c_l|)}, how deep facilities stand inside lakes;</li>
 *   <li>soft: {@code -sum_j d_j min_k |p_j - f_k|}, the demand-weighted distance to the nearest facility.</li>
 * </ul>
 * The soft part is non-smooth where the nearest facility of a customer changes and multimodal
 * (which customers a facility serves is a combinatorial choice), so local search matters.
 * See {@link FacilityLocationScoreCalculator}.
 */
@PlanningSolution
public class FacilityLocation {

    /** Id of the coordinate value range. */
    public static final String COORDINATE_RANGE = "coordinateRange";
    /** Side of the square. */
    public static final double SIDE = 100;
    /** Customer clusters of a generated instance. */
    public static final int CLUSTERS = 5;
    /** Standard deviation of customers around their cluster centre. */
    public static final double CLUSTER_SPREAD = 9;
    /** Largest demand of a generated customer (demands are 1 .. this). */
    public static final int MAX_DEMAND = 10;
    /** Smallest lake radius of a generated instance. */
    public static final double MIN_LAKE_RADIUS = 8;
    /** Largest lake radius of a generated instance. */
    public static final double MAX_LAKE_RADIUS = 16;

    @ProblemFactCollectionProperty
    private List<Customer> customers;
    @ProblemFactCollectionProperty
    private List<Lake> lakes;
    @PlanningEntityCollectionProperty
    private List<Facility> facilities;
    @PlanningScore
    private HardSoftBigDecimalScore score;

    /** For OptaPlanner's cloner. */
    public FacilityLocation() {
    }

    /** An instance with these customers, lakes and initially placed facilities. */
    public FacilityLocation(List<Customer> customers, List<Lake> lakes, List<Facility> facilities) {
        this.customers = List.copyOf(customers);
        this.lakes = List.copyOf(lakes);
        this.facilities = new ArrayList<>(facilities);
    }

    /**
     * A generated instance: customers in {@value #CLUSTERS} Gaussian clusters, lakes with radii in
     * [{@value #MIN_LAKE_RADIUS}, {@value #MAX_LAKE_RADIUS}], and facilities placed uniformly at
     * random (possibly inside lakes: the search must move them out).
     *
     * @throws IllegalArgumentException if a count is not positive (lakes may be 0)
     */
    public static FacilityLocation generate(int customers, int facilities, int lakes, long seed) {
        if (customers < 1 || facilities < 1 || lakes < 0) {
            throw new IllegalArgumentException("customers and facilities must be >= 1 and lakes >= 0, were "
                    + customers + ", " + facilities + ", " + lakes);
        }
        SplittableRandom r = new SplittableRandom(seed);
        double[][] centres = new double[CLUSTERS][];
        for (int c = 0; c < CLUSTERS; c++) {
            centres[c] = new double[] {10 + 80 * r.nextDouble(), 10 + 80 * r.nextDouble()};
        }
        List<Customer> cs = new ArrayList<>();
        for (int j = 0; j < customers; j++) {
            double[] c = centres[r.nextInt(CLUSTERS)];
            cs.add(new Customer(clamp(c[0] + CLUSTER_SPREAD * gaussian(r)), clamp(c[1] + CLUSTER_SPREAD * gaussian(r)),
                    1 + r.nextInt(MAX_DEMAND)));
        }
        List<Lake> ls = new ArrayList<>();
        for (int l = 0; l < lakes; l++) {
            ls.add(new Lake(15 + 70 * r.nextDouble(), 15 + 70 * r.nextDouble(),
                    MIN_LAKE_RADIUS + (MAX_LAKE_RADIUS - MIN_LAKE_RADIUS) * r.nextDouble()));
        }
        List<Facility> fs = new ArrayList<>();
        for (int k = 0; k < facilities; k++) {
            fs.add(new Facility(k, SIDE * r.nextDouble(), SIDE * r.nextDouble()));
        }
        return new FacilityLocation(cs, ls, fs);
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(SIDE, v));
    }

    /** The coordinate range [0, 100]. */
    @ValueRangeProvider(id = COORDINATE_RANGE)
    public ValueRange<Double> getCoordinateRange() {
        return ValueRangeFactory.createDoubleValueRange(0, Math.nextUp(SIDE));
    }

    /** The customers. */
    public List<Customer> getCustomers() {
        return customers;
    }

    /** The lakes. */
    public List<Lake> getLakes() {
        return lakes;
    }

    /** The facilities. */
    public List<Facility> getFacilities() {
        return facilities;
    }

    /** Sets the facilities. */
    public void setFacilities(List<Facility> facilities) {
        this.facilities = facilities;
    }

    /** The score. */
    public HardSoftBigDecimalScore getScore() {
        return score;
    }

    /** Sets the score. */
    public void setScore(HardSoftBigDecimalScore score) {
        this.score = score;
    }
}
