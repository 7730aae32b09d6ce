package io.github.l2e4j.examples.optaplanner;

/**
 * A circular area where no facility may stand (a problem fact): the hard constraint of the
 * facility-location example.
 *
 * @param x      centre east
 * @param y      centre north
 * @param radius radius (&gt; 0)
 */
public record Lake(double x, double y, double radius) {

    /** How deep a point lies inside the lake: {@code max(0, radius - distance to the centre)}. */
    public double depth(double px, double py) {
        return Math.max(0, radius - Math.sqrt((px - x) * (px - x) + (py - y) * (py - y)));
    }
}
