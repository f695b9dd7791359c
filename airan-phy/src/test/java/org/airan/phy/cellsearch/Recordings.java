package org.airan.phy.cellsearch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates the shared real recordings through the {@code airan.shared.dir} system property. */
final class Recordings {
    private Recordings() {
    }

    /** The recording's data file, or the test is skipped when the shared directory is absent. */
    static Path data(String name) {
        String dir = System.getProperty("airan.shared.dir");
        Assumptions.assumeTrue(dir != null, "airan.shared.dir not set");
        Path p = Path.of(dir, "recordings", name + ".sigmf-data");
        Assumptions.assumeTrue(Files.isReadable(p), "recording absent: " + p);
        return p;
    }

    /** cf32_le samples, interleaved. */
    static float[] readCf32(Path p) throws IOException {
        byte[] b = Files.readAllBytes(p);
        float[] f = new float[b.length / 4];
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(f);
        return f;
    }
}
