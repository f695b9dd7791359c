package org.airan.vectors.sigmf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Write then read every datatype, 1 and 4 channels, through index reads and a cursor with uneven steps. */
class SigmfRoundTripTest {

    /** Float types store the float exactly (cf64 widens and narrows exactly). */
    static final double FLOAT_TOLERANCE = 0.0;
    /** One float ulp at 1.0: the rounding of the read's {@code code · (1/fullScale)} to float. */
    static final double FLOAT_ROUNDING = Math.ulp(1.0f);

    /** Quantization tolerance of a datatype: half a code step ({@code 0.5 / fullScale}) plus float rounding. */
    static double tolerance(SigmfDatatype t) {
        return t.isFloating() ? FLOAT_TOLERANCE : 0.5 / t.fullScale() + FLOAT_ROUNDING;
    }

    static Stream<Arguments> datatypesAndChannels() {
        List<Arguments> out = new ArrayList<>();
        for (SigmfDatatype t : SigmfDatatype.values()) {
            out.add(Arguments.of(t, 1));
            out.add(Arguments.of(t, 4));
        }
        return out.stream();
    }

    static float[][] randomBlock(Random rnd, int channels, int samples) {
        float[][] x = new float[channels][2 * samples];
        for (float[] ch : x) {
            for (int k = 0; k < ch.length; k++) {
                ch[k] = (float) (rnd.nextDouble() * 1.98 - 0.99);
            }
        }
        return x;
    }

    @ParameterizedTest(name = "{0} x{1}")
    @MethodSource("datatypesAndChannels")
    void roundTrip(SigmfDatatype type, int channels, @TempDir Path dir) throws Exception {
        Random rnd = new Random(0x5167 + type.ordinal() * 31L + channels);
        int[] blockSizes = {1000, 4097, 3, 9000}; // crosses the codec's 4096-sample chunks
        List<float[][]> blocks = new ArrayList<>();
        Path base = dir.resolve("rt");
        try (SigmfWriter w = SigmfWriter.create(base, type, 1.92e6, channels)) {
            for (int n : blockSizes) {
                float[][] b = randomBlock(rnd, channels, n);
                blocks.add(b);
                w.write(b);
            }
            assertEquals(0, w.clippedCount());
        }
        int total = 0;
        for (int n : blockSizes) {
            total += n;
        }
        assertEquals((long) total * channels * type.bytesPerSample(), Files.size(dir.resolve("rt.sigmf-data")));
        float[][] expected = new float[channels][2 * total];
        int pos = 0;
        for (float[][] b : blocks) {
            for (int c = 0; c < channels; c++) {
                System.arraycopy(b[c], 0, expected[c], 2 * pos, b[c].length);
            }
            pos += b[0].length / 2;
        }
        double tol = tolerance(type);
        try (SigmfRecording rec = SigmfReader.open(dir.resolve("rt.sigmf-meta"), true)) {
            assertEquals(type, rec.datatype());
            assertEquals(channels, rec.numChannels());
            assertEquals(total, rec.numSamples());
            assertEquals(1.92e6, rec.sampleRateHz());
            // Whole recording in one read, into an offset buffer.
            float[][] all = new float[channels][2 * total + 6];
            assertEquals(total, rec.read(0, total + 100, all, 6));
            assertClose(expected, 0, all, 6, total, tol, type);
            // Cursor with uneven steps.
            float[][] step = rec.newBuffer(777);
            SigmfCursor cur = rec.cursor();
            int at = 0;
            int n;
            while ((n = cur.next(at % 2 == 0 ? 777 : 500, step)) > 0) {
                assertClose(expected, 2 * at, step, 0, n, tol, type);
                at += n;
            }
            assertEquals(total, at);
            assertFalse(cur.hasRemaining());
            // Random access.
            assertEquals(5, rec.read(total - 5, 10, step, 0));
            assertClose(expected, 2 * (total - 5), step, 0, 5, tol, type);
        }
    }

    private static void assertClose(float[][] expected, int expOff, float[][] actual, int actOff, int samples,
                                    double tol, SigmfDatatype type) {
        for (int c = 0; c < expected.length; c++) {
            for (int k = 0; k < 2 * samples; k++) {
                double err = Math.abs(expected[c][expOff + k] - actual[c][actOff + k]);
                if (err > tol) {
                    fail(type + " channel " + c + " component " + (expOff + k) + ": expected "
                            + expected[c][expOff + k] + ", read " + actual[c][actOff + k] + " (error " + err
                            + " > tolerance " + tol + ")");
                }
            }
        }
    }

    /** Stored layout: channels interleaved per sample, I before Q, the datatype's byte order. */
    @Test
    void storedLayoutIsInterleavedAcrossChannels(@TempDir Path dir) throws Exception {
        float[][] x = {{0.5f, -0.25f, 1.0f, 0f}, {-1.0f, 0.125f, 0f, 0.75f}};
        try (SigmfWriter w = SigmfWriter.create(dir.resolve("le"), SigmfDatatype.CI16_LE, 1e6, 2)) {
            w.write(x);
        }
        ByteBuffer le = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("le.sigmf-data")))
                .order(ByteOrder.LITTLE_ENDIAN);
        short[] expected = {16384, -8192, -32767, 4096, 32767, 0, 0, 24575};
        for (short e : expected) {
            assertEquals(e, le.getShort());
        }
        try (SigmfWriter w = SigmfWriter.create(dir.resolve("be"), SigmfDatatype.CF32_BE, 1e6, 2)) {
            w.write(x);
        }
        ByteBuffer be = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("be.sigmf-data")));
        float[] order = {0.5f, -0.25f, -1.0f, 0.125f, 1.0f, 0f, 0f, 0.75f};
        for (float e : order) {
            assertEquals(e, be.getFloat());
        }
    }

    /** Full scale: ci16 32767 → 1.0, ci8 127 → 1.0, cu8 128 → 0 and 255 → 1.0, ci16 -32768 slightly below -1. */
    @Test
    void integerFullScaleMapsToOne(@TempDir Path dir) throws Exception {
        assertEquals(1.0, readRaw(dir, "ci16_le", new byte[]{(byte) 0xFF, 0x7F, 0x00, (byte) 0x80})[0],
                FLOAT_ROUNDING);
        assertEquals(-32768 / 32767.0, readRaw(dir, "ci16_le", new byte[]{(byte) 0xFF, 0x7F, 0x00, (byte) 0x80})[1],
                FLOAT_ROUNDING);
        assertEquals(1.0, readRaw(dir, "ci8", new byte[]{127, -127})[0], FLOAT_ROUNDING);
        assertEquals(-1.0, readRaw(dir, "ci8", new byte[]{127, -127})[1], FLOAT_ROUNDING);
        float[] cu8 = readRaw(dir, "cu8", new byte[]{(byte) 128, (byte) 255});
        assertEquals(0.0, cu8[0]);
        assertEquals(1.0, cu8[1], FLOAT_ROUNDING);
        float[] ci16be = readRaw(dir, "ci16_be", new byte[]{0x40, 0x00, (byte) 0xC0, 0x00});
        assertEquals(16384 / 32767.0, ci16be[0], FLOAT_ROUNDING);
        assertEquals(-16384 / 32767.0, ci16be[1], FLOAT_ROUNDING);
    }

    private static float[] readRaw(Path dir, String datatype, byte[] data) throws Exception {
        Path meta = dir.resolve("raw.sigmf-meta");
        Files.writeString(meta, "{\"global\":{\"core:datatype\":\"" + datatype + "\",\"core:version\":\"1.2.0\"},"
                + "\"captures\":[],\"annotations\":[]}");
        Files.write(dir.resolve("raw.sigmf-data"), data);
        try (SigmfRecording rec = SigmfReader.open(meta)) {
            float[][] out = rec.newBuffer(1);
            assertEquals(1, rec.read(0, 1, out));
            return out[0];
        }
    }

    /** Out-of-range samples saturate and are counted; NaN becomes 0 and is counted. */
    @Test
    void quantizationSaturatesAndCounts(@TempDir Path dir) throws Exception {
        float[][] x = {{1.5f, 0f, -2f, 0.5f, Float.NaN, 0.25f, 0.1f, 0.1f}};
        try (SigmfWriter w = SigmfWriter.create(dir.resolve("q"), SigmfDatatype.CI8, 1e6, 1)) {
            w.write(x);
            assertEquals(2, w.clippedCount());
            assertEquals(1, w.nonFiniteCount());
        }
        try (SigmfRecording rec = SigmfReader.open(dir.resolve("q"))) {
            float[][] y = rec.newBuffer(4);
            rec.read(0, 4, y);
            assertEquals(1.0f, y[0][0], FLOAT_ROUNDING);
            assertEquals(-128 / 127.0, y[0][2], FLOAT_ROUNDING);
            assertEquals(0.0f, y[0][4]);
            assertTrue(Math.abs(y[0][5] - 0.25) <= tolerance(SigmfDatatype.CI8));
        }
    }

    /** Written recordings are ordinary readable files (temporary files start owner-only). */
    @Test
    void writtenFilesAreReadableByOthers(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileStore(dir).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class),
                "file system without POSIX permissions");
        Path base = dir.resolve("perm");
        try (SigmfWriter w = SigmfWriter.create(base, SigmfDatatype.CF32_LE, 1.92e6, 1)) {
            w.write(new float[][] {new float[] {0.5f, -0.5f}});
        }
        for (String suffix : new String[] {".sigmf-data", ".sigmf-meta"}) {
            String perms = java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(dir.resolve("perm" + suffix)));
            assertEquals("rw-r--r--", perms, suffix);
        }
    }
}
