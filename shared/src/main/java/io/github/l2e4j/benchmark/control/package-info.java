/**
 * Classic control tasks for neuro-evolution, as box-constrained minimisation problems over the
 * weights of a small policy.
 *
 * <p>Four environments reproduce the dynamics, constants, rewards and horizons of Gymnasium's
 * classic-control suite: {@link io.github.l2e4j.benchmark.control.CartPole} ({@code CartPole-v1},
 * Barto, Sutton and Anderson 1983), {@link io.github.l2e4j.benchmark.control.Pendulum}
 * ({@code Pendulum-v1}), {@link io.github.l2e4j.benchmark.control.Acrobot} ({@code Acrobot-v1},
 * Sutton 1996, book dynamics with RK4) and
 * {@link io.github.l2e4j.benchmark.control.MountainCarContinuous}
 * ({@code MountainCarContinuous-v0}). A {@link io.github.l2e4j.benchmark.control.Policy}
 * ({@code linear} or a one-hidden-layer {@code mlp}) turns a weight vector into a controller, and
 * a {@link io.github.l2e4j.benchmark.control.ControlProblem} turns a task, a policy and an
 * instance seed into a deterministic objective {@code f(x) = -mean return}.
 * {@link io.github.l2e4j.benchmark.control.ControlTasks} resolves ids of the form
 * {@code control:<task>:<policy>[:s<seed>][:e<episodes>]}.
 *
 * <pre>{@code
 * Problem cartPole = ControlTasks.create("control:cartpole:linear");
 * Result r = L2eOptimizer.builder().budget(3000).build().minimize(cartPole, 1L);
 * }</pre>
 *
 * <p>No global random generator is used: start states come from a
 * {@link java.util.SplittableRandom} derived from the instance seed.
 */
package io.github.l2e4j.benchmark.control;
