/**
 * The {@code l2e4j} command line (picocli): {@code optimize}, {@code study}, {@code eval},
 * {@code train}, {@code dmo} and {@code bench}. User errors end with one line on stderr and exit
 * status 2 ({@code UserException}); long tasks report progress on stderr ({@code Progress}).
 */
package io.github.l2e4j.cli;
