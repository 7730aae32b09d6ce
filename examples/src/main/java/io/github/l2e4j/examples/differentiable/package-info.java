/**
 * The learned gradient methods on differentiable tasks: the training of learned step sizes and of
 * the convergent learned optimizer, and the tables of docs/differentiable.md.
 */
package io.github.l2e4j.examples.differentiable;
