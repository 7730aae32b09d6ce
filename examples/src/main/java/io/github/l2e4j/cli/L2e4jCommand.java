package io.github.l2e4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The {@code l2e4j} command line. User errors (unknown names, malformed values) print one line
 * and exit with status 2; nothing else prints a stack trace unless it is a bug.
 */
@Command(name = "l2e4j", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Learning to Evolve for Java: a learned evolutionary operator with a convergence guarantee.",
        subcommands = {OptimizeCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class, StudyCommand.class,
            DmoCommand.class})
public final class L2e4jCommand implements Runnable {

    /** Exit status of a user error. */
    public static final int USER_ERROR = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit status (no System.exit). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new L2e4jCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println(c.getCommandName().equals("l2e4j") ? "l2e4j: " + ex.getMessage()
                    : "l2e4j " + c.getCommandName() + ": " + ex.getMessage()
                    + " (see l2e4j " + c.getCommandName() + " --help)");
            c.getErr().flush();
            return USER_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof UserException || ex instanceof IllegalArgumentException) {
                c.getErr().println("l2e4j " + c.getCommandName() + ": " + ex.getMessage());
                c.getErr().flush();
                return USER_ERROR;
            }
            throw ex;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Entry point. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(execute(out, err, args));
    }
}
