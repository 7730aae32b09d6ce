package io.github.l2e4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the l2e4j command line, as the tests see it: exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {

    /** Runs {@code l2e4j args…} in this JVM. */
    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = L2e4jCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
