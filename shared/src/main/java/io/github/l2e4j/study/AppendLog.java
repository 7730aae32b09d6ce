package io.github.l2e4j.study;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An append-only text file of one header line and one record per line, written so that a killed
 * writer leaves only whole lines: each record is appended with a single write of the whole line
 * (the operating system has it once the call returns, so killing the process cannot lose or tear
 * it). A line torn by a crash of the machine (the file does not end with a line break) is cut off
 * when the file is opened again. Thread safe.
 */
final class AppendLog implements Closeable {

    private final Path file;
    private final FileChannel channel;
    private final List<String> existing;

    private AppendLog(Path file, FileChannel channel, List<String> existing) {
        this.file = file;
        this.channel = channel;
        this.existing = existing;
    }

    /**
     * Opens {@code file} for appending, creating it with {@code header} if it does not exist.
     *
     * @throws IllegalArgumentException if the file exists with another header
     */
    static AppendLog open(Path file, String header) throws IOException {
        List<String> lines = new ArrayList<>();
        if (Files.exists(file) && Files.size(file) > 0) {
            byte[] bytes = Files.readAllBytes(file);
            int end = bytes.length;
            while (end > 0 && bytes[end - 1] != '\n') {
                end--;
            }
            if (end < bytes.length) {
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    ch.truncate(end);
                }
            }
            String text = new String(bytes, 0, end, StandardCharsets.UTF_8);
            String[] all = text.isEmpty() ? new String[0] : text.split("\n", -1);
            int n = all.length > 0 && all[all.length - 1].isEmpty() ? all.length - 1 : all.length;
            if (n == 0) {
                Files.writeString(file, header + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            } else {
                if (!all[0].equals(header)) {
                    throw new IllegalArgumentException(file + " line 1: not the expected header (" + abbreviate(header)
                            + "), was " + abbreviate(all[0]));
                }
                for (int i = 1; i < n; i++) {
                    lines.add(all[i]);
                }
            }
        } else {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, header + "\n", StandardCharsets.UTF_8);
        }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new AppendLog(file, ch, Collections.unmodifiableList(lines));
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? "'" + s + "'" : "'" + s.substring(0, 57) + "...'";
    }

    /** The file. */
    Path file() {
        return file;
    }

    /** The records that were in the file when it was opened (line 2 onwards), in order. */
    List<String> existing() {
        return existing;
    }

    /** Appends one record (without line break) as one write. */
    synchronized void append(String record) throws IOException {
        appendAll(List.of(record));
    }

    /**
     * Appends several records (each without line break) as one write, so a killed process leaves
     * all of them or none.
     */
    synchronized void appendAll(List<String> records) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String r : records) {
            if (r.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a record must be one line");
            }
            sb.append(r).append('\n');
        }
        ByteBuffer buf = ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
