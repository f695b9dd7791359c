package org.airan.vectors.sigmf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link SigmfRecording#scan()} against closed-form levels. */
class SigmfScanTest {

    /** Levels are sums of float squares in double: far below 1e-6 dB of error for these lengths. */
    static final double DB_TOLERANCE = 1e-4;
    /** 10·log10(1/2): a real sinusoid has half the power of a complex exponential of the same amplitude. */
    static final double HALF_POWER_DB = 10 * Math.log10(0.5);
    /**
     * A sampled real sinusoid's mean power differs from A²/2 by at most {@code A²/(2n·|sin 2πf|)} (sum of a
     * geometric series): for f = 0.0123, n = 10 000 that is 1.3e-3 relative, 5.6e-3 dB.
     */
    static final double SINUSOID_DB_TOLERANCE = 6e-3;

    @Test
    void levelsAndNonFiniteCounts(@TempDir Path dir) throws Exception {
        int n = 10_000; // more than two scan chunks
        float[][] x = new float[3][2 * n];
        for (int k = 0; k < n; k++) {
            double ph = 2 * Math.PI * 0.0123 * k;
            x[0][2 * k] = (float) Math.cos(ph); // full-scale complex exponential: 0 dBFS, peak 1
            x[0][2 * k + 1] = (float) Math.sin(ph);
            x[1][2 * k] = (float) (0.1 * Math.cos(ph)); // real sinusoid, amplitude 0.1: -20 - 3.01 dBFS
            x[2][2 * k] = 0.25f; // constant 0.25 + 0.25j: 10·log10(0.125) dBFS
            x[2][2 * k + 1] = 0.25f;
        }
        x[1][2 * 17] = Float.NaN;
        x[1][2 * 5000 + 1] = Float.NaN;
        x[1][2 * 9999] = Float.POSITIVE_INFINITY;
        x[2][2 * 3] = 1.5f; // beyond full scale in a float type: clipped, finite
        try (SigmfWriter w = SigmfWriter.create(dir.resolve("s"), SigmfDatatype.CF32_LE, 1e6, 3)) {
            w.write(x);
            assertEquals(3, w.nonFiniteCount());
        }
        try (SigmfRecording rec = SigmfReader.open(dir.resolve("s"))) {
            List<ChannelStats> st = rec.scan();
            assertEquals(3, st.size());
            assertEquals(0.0, st.get(0).rmsDbfs(), DB_TOLERANCE);
            assertEquals(1.0, st.get(0).peak(), 1e-6);
            assertTrue(st.get(0).allFinite());
            ChannelStats c1 = st.get(1);
            assertEquals(2, c1.nanCount());
            assertEquals(1, c1.infCount());
            assertFalse(c1.allFinite());
            // The three non-finite samples are excluded from the mean; close to -20 dBFS - 3.01 dB.
            double sum = 0;
            for (int k = 0; k < n; k++) {
                float re = x[1][2 * k];
                float im = x[1][2 * k + 1];
                if (Float.isFinite(re) && Float.isFinite(im)) {
                    sum += (double) re * re + (double) im * im;
                }
            }
            assertEquals(10 * Math.log10(sum / (n - 3)), c1.rmsDbfs(), DB_TOLERANCE);
            assertEquals(-20 + HALF_POWER_DB, c1.rmsDbfs(), SINUSOID_DB_TOLERANCE);
            assertEquals(n, c1.numSamples());
            ChannelStats c2 = st.get(2);
            assertEquals(1, c2.clippedCount());
            double expected = 10 * Math.log10(((n - 1) * 0.125 + (1.5 * 1.5 + 0.0625)) / n);
            assertEquals(expected, c2.rmsDbfs(), DB_TOLERANCE);
            assertEquals(20 * Math.log10(Math.hypot(1.5, 0.25)), c2.peakDbfs(), DB_TOLERANCE);
        }
    }

    @Test
    void integerClippingIsCountedAtTheLargestCodes(@TempDir Path dir) throws Exception {
        float[][] x = {{1.2f, 0f, 0.5f, 0.5f, -1.3f, 0.1f, 0.99f, -0.99f}};
        try (SigmfWriter w = SigmfWriter.create(dir.resolve("c"), SigmfDatatype.CI16_LE, 1e6, 1)) {
            w.write(x);
            assertEquals(2, w.clippedCount());
        }
        try (SigmfRecording rec = SigmfReader.open(dir.resolve("c"))) {
            assertEquals(2, rec.scan().get(0).clippedCount());
        }
    }

    @Test
    void silenceIsMinusInfinity(@TempDir Path dir) throws Exception {
        try (SigmfWriter w = SigmfWriter.create(dir.resolve("z"), SigmfDatatype.CI8, 1e6, 1)) {
            w.write(new float[1][64]);
        }
        try (SigmfRecording rec = SigmfReader.open(dir.resolve("z"))) {
            assertEquals(Double.NEGATIVE_INFINITY, rec.scan().get(0).rmsDbfs());
        }
    }
}
