/**
 * Helpers shared by the other packages and not part of the API: argument checks with messages
 * that name the parameter, the value and what is allowed ({@code Checks}), small dense linear
 * algebra ({@code LinAlg}), named random streams split from one seed ({@code Streams}),
 * thread-count-independent parallel loops ({@code Parallel}), atomic file writes
 * ({@code AtomicFiles}) and the Adam update ({@code AdamUpdate}).
 */
package io.github.l2e4j.internal;
