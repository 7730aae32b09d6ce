package io.github.l2e4j.cli;

/** A mistake in what the user asked for: reported as one line, exit status 2. */
public final class UserException extends RuntimeException {

    /** With the one-line message to print. */
    public UserException(String message) {
        super(message);
    }
}
