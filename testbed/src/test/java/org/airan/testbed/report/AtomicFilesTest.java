package org.airan.testbed.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    record Sample(String cellName, double evmDb, Double missing) {
    }

    @Test
    void replacesContentAndLeavesNoTemporaryFiles() throws IOException {
        Path f = dir.resolve("sub/results.json");
        AtomicFiles.writeString(f, "first");
        AtomicFiles.writeString(f, "second");
        assertEquals("second", Files.readString(f));
        try (Stream<Path> s = Files.list(f.getParent())) {
            assertEquals(List.of(f), s.toList());
        }
    }

    @Test
    void failedWriteKeepsTheOldFileAndCleansUp() throws IOException {
        Path f = dir.resolve("keep.txt");
        AtomicFiles.writeString(f, "old");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write("partial".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals("old", Files.readString(f));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "temporary file left behind");
        }
    }

    @Test
    void jsonUsesSnakeCaseAndNullForNonFinite() throws IOException {
        Path f = dir.resolve("r.json");
        AtomicFiles.writeJson(f, new Sample("c1", -31.5, Json.finiteOrNull(Double.NaN)));
        var n = Json.parse(Files.readString(f));
        assertEquals("c1", n.path("cell_name").asText());
        assertEquals(-31.5, n.path("evm_db").asDouble());
        assertTrue(n.path("missing").isNull());
    }

    @Test
    void contentMayCloseItsStream() throws IOException {
        Path f = dir.resolve("closed.bin");
        AtomicFiles.write(f, out -> {
            out.write(new byte[] {1, 2, 3});
            out.close();
        });
        assertEquals(3, Files.size(f));
    }
}
