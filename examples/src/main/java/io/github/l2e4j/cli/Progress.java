package io.github.l2e4j.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress line on stderr, at most a few times a second: redrawn in place on a terminal,
 * printed as plain lines (less often) when stderr is not a terminal.
 */
final class Progress {

    private static final long TERMINAL_INTERVAL_NANOS = 200_000_000L;
    private static final long PLAIN_INTERVAL_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long last;
    private int width;

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
        this.terminal = System.console() != null;
    }

    void update(String text) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - last < (terminal ? TERMINAL_INTERVAL_NANOS : PLAIN_INTERVAL_NANOS)) {
            return;
        }
        last = now;
        String line = String.format("[%6.1fs] %s", (now - start) / 1e9, text);
        if (terminal) {
            err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            width = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }

    void done() {
        if (enabled && terminal && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }

    /** A 20-character progress bar, full when there is nothing to do. */
    static String bar(int done, int total) {
        int width = 20;
        int filled = total == 0 ? width : (int) Math.round(width * done / (double) total);
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
    }

    /** A duration as {@code 12m05s}, or {@code 1h02m} from one hour. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }
}
