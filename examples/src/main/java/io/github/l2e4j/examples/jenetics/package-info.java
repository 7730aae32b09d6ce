/**
 * Jenetics examples and the comparison of docs/hosts-jenetics.md: the {@code L2eAlterer} in a
 * Jenetics engine ({@code JeneticsExample}) and L2E against Jenetics' default GA at equal budgets
 * ({@code JeneticsComparison}).
 */
package io.github.l2e4j.examples.jenetics;
