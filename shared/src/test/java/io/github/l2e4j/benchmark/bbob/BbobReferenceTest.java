package io.github.l2e4j.benchmark.bbob;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every row of the reference files (values computed by COCO's C library) is reproduced to
 * relative error 1e-9, absolute 1e-9 near zero.
 */
class BbobReferenceTest {

    private static final List<ReferenceRows.Row> BBOB = ReferenceRows.read(ReferenceRows.BBOB_FILE);
    private static final List<ReferenceRows.Row> LARGE_SCALE = ReferenceRows.read(ReferenceRows.LARGE_SCALE_FILE);

    static IntStream functions() {
        return IntStream.rangeClosed(1, Bbob.FUNCTIONS);
    }

    @ParameterizedTest(name = "bbob f{0}")
    @MethodSource("functions")
    void bbobMatchesCoco(int function) {
        assertAllRowsMatch(BBOB, function, 4 * 5 * 3);
    }

    @ParameterizedTest(name = "bbob-largescale f{0}")
    @MethodSource("functions")
    void largeScaleMatchesCoco(int function) {
        assertAllRowsMatch(LARGE_SCALE, function, 3 * 3 * 2);
    }

    @Test
    void referenceFilesHaveTheDocumentedSize() {
        assertThat(BBOB).hasSize(1440);
        assertThat(LARGE_SCALE).hasSize(432);
        assertThat(BBOB).extracting(ReferenceRows.Row::dimension).containsOnly(2, 5, 10, 20);
        assertThat(LARGE_SCALE).extracting(ReferenceRows.Row::dimension).containsOnly(20, 40, 80);
    }

    @Test
    void resourceCopiesEqualTheWorkspaceReference() throws IOException {
        Path dir = workspaceReference();
        assumeTrue(dir != null, "workspace reference folder not present (clean clone)");
        for (String name : List.of(ReferenceRows.BBOB_FILE, ReferenceRows.LARGE_SCALE_FILE)) {
            try (InputStream in = BbobReferenceTest.class.getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                assertThat(in.readAllBytes()).as(name).isEqualTo(Files.readAllBytes(dir.resolve(name)));
            }
        }
    }

    /** {@code ../../shared/reference} from the module directory, or null. */
    private static Path workspaceReference() {
        Path candidate = Path.of("..", "..", "shared", "reference").toAbsolutePath().normalize();
        return Files.isRegularFile(candidate.resolve(ReferenceRows.BBOB_FILE)) ? candidate : null;
    }

    private static void assertAllRowsMatch(List<ReferenceRows.Row> rows, int function, int expectedRows) {
        Map<String, BbobInstance> instances = new HashMap<>();
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (ReferenceRows.Row row : rows) {
            if (row.function() != function) {
                continue;
            }
            BbobInstance instance = instances.computeIfAbsent(row.id(), id -> row.create());
            assertThat(instance.id()).isEqualTo(row.id());
            double actual = instance.value(row.x());
            if (!CocoTolerance.close(actual, row.expected())) {
                mismatches.add("line " + row.line() + " " + row.id() + ": expected " + row.expected() + ", was "
                        + actual + " (error " + CocoTolerance.error(actual, row.expected()) + ")");
            }
            checked++;
        }
        assertThat(checked).as("rows of f%d", function).isEqualTo(expectedRows);
        assertThat(mismatches).as("rows of f%d differing from COCO", function).isEmpty();
    }
}
