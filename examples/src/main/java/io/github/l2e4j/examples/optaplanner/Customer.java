package io.github.l2e4j.examples.optaplanner;

/**
 * A customer of the facility-location example: a fixed point with a demand (a problem fact).
 *
 * @param x      east coordinate in [0, 100]
 * @param y      north coordinate in [0, 100]
 * @param demand weight of its distance to the nearest facility (&gt; 0)
 */
public record Customer(double x, double y, double demand) {
}
