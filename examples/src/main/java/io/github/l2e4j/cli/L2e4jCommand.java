package io.github.l2e4j.cli;

/** Placeholder; the picocli command line follows. */
public final class L2e4jCommand {
    private L2e4jCommand() {
    }

    public static void main(String[] args) {
        System.out.println("l2e4j");
    }
}
