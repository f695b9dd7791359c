package org.airan.phy.dft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@link DftProcessor} contract, run against every backend: a subclass supplies the processor. Checks the
 * convention (forward e^{-j2πkn/N}, inverse e^{+j}, unscaled) with delta and tone inputs, agreement with a
 * naive double-precision DFT, batches with stride, and that data outside the signals is untouched.
 */
abstract class DftProcessorContractTest {

    /**
     * Error bound relative to the RMS of the output for single precision: FFT round-off grows like
     * ε·log2(N) with ε = 2^-24 ≈ 6e-8; 4096 points give ~1e-6 typical. 2e-5 leaves margin for
     * non-power-of-two algorithms (Bluestein) while still catching any wrong twiddle (error ~1).
     */
    static final double REL_TOL = 2e-5;

    /** The processor under test, of size {@code n}. */
    abstract DftProcessor create(int n);

    /** Whether the processor under test handles size {@code n} (others are skipped). */
    boolean supports(int n) {
        return true;
    }

    private DftProcessor createOrSkip(int n) {
        org.junit.jupiter.api.Assumptions.assumeTrue(supports(n), "size " + n + " not handled by this processor");
        return create(n);
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 32, 64, 96, 128, 256, 384, 512, 768, 1024, 1536, 2048, 3072, 4096})
    void matchesNaiveDftBothDirections(int n) {
        try (DftProcessor dft = createOrSkip(n)) {
            assertEquals(n, dft.size());
            SplittableRandom rnd = new SplittableRandom(n);
            float[] x = new float[2 * n];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) (rnd.nextDouble() * 2 - 1);
            }
            for (DftProcessor.Direction dir : DftProcessor.Direction.values()) {
                double[] ref = naive(x, n, dir == DftProcessor.Direction.FORWARD ? -1 : +1);
                float[] y = x.clone();
                dft.transform(dir, y, 0);
                assertClose(ref, y, 0, n, dir + " N=" + n);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 24, 128, 1536, 2048, 3072, 4096})
    void deltaAndToneFixSignAndScaling(int n) {
        try (DftProcessor dft = createOrSkip(n)) {
            // Delta at n0 = 1: forward gives e^{-j2πk/N}, inverse e^{+j2πk/N}, magnitude 1 (no 1/N, no 1/√N).
            for (DftProcessor.Direction dir : DftProcessor.Direction.values()) {
                float[] x = new float[2 * n];
                x[2] = 1f;
                dft.transform(dir, x, 0);
                double sign = dir == DftProcessor.Direction.FORWARD ? -1 : 1;
                for (int k = 0; k < n; k++) {
                    double a = sign * 2 * Math.PI * k / n;
                    assertEquals(Math.cos(a), x[2 * k], 1e-5, dir + " re k=" + k);
                    assertEquals(Math.sin(a), x[2 * k + 1], 1e-5, dir + " im k=" + k);
                }
            }
            // Forward of e^{+j2π·5n/N} is N at bin 5; forward then inverse multiplies by N.
            float[] t = new float[2 * n];
            for (int i = 0; i < n; i++) {
                double a = 2 * Math.PI * 5.0 * i / n;
                t[2 * i] = (float) Math.cos(a);
                t[2 * i + 1] = (float) Math.sin(a);
            }
            float[] orig = t.clone();
            dft.transform(DftProcessor.Direction.FORWARD, t, 0);
            assertEquals(n, t[10], n * 1e-5);
            assertEquals(0, t[11], n * 1e-5);
            assertEquals(0, t[12], n * 1e-5);
            dft.transform(DftProcessor.Direction.INVERSE, t, 0);
            for (int i = 0; i < 2 * n; i++) {
                assertEquals(n * orig[i], t[i], n * 1e-5);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {256, 384, 1536})
    void batchWithStrideTransformsEachSignalAndLeavesGapsAlone(int n) {
        try (DftProcessor dft = createOrSkip(n)) {
            int count = 3;
            int stride = 2 * n + 6;
            int offset = 4;
            SplittableRandom rnd = new SplittableRandom(7);
            float[] data = new float[offset + count * stride];
            for (int i = 0; i < data.length; i++) {
                data[i] = (float) rnd.nextDouble();
            }
            float[] before = data.clone();
            dft.transform(DftProcessor.Direction.FORWARD, data, offset, stride, count);
            for (int c = 0; c < count; c++) {
                float[] sig = new float[2 * n];
                System.arraycopy(before, offset + c * stride, sig, 0, 2 * n);
                assertClose(naive(sig, n, -1), data, offset + c * stride, n, "signal " + c);
                for (int g = 2 * n; g < stride; g++) {
                    int idx = offset + c * stride + g;
                    if (idx < data.length) {
                        assertEquals(before[idx], data[idx], "gap float " + idx + " changed");
                    }
                }
            }
            for (int i = 0; i < offset; i++) {
                assertEquals(before[i], data[i], "float before offset changed");
            }
            float[] copy = data.clone();
            dft.transform(DftProcessor.Direction.FORWARD, data, offset, stride, 0);
            assertTrue(java.util.Arrays.equals(copy, data), "count 0 must do nothing");
            assertThrows(IllegalArgumentException.class,
                    () -> dft.transform(DftProcessor.Direction.FORWARD, data, 0, 2 * n - 2, 2));
            assertThrows(IndexOutOfBoundsException.class,
                    () -> dft.transform(DftProcessor.Direction.FORWARD, data, offset, stride, count + 1));
        }
    }

    /** Double-precision O(N²) DFT with e^{sign·j2πkn/N}, no scaling. */
    static double[] naive(float[] x, int n, int sign) {
        double[] cos = new double[n];
        double[] sin = new double[n];
        for (int i = 0; i < n; i++) {
            cos[i] = Math.cos(2 * Math.PI * i / n);
            sin[i] = sign * Math.sin(2 * Math.PI * i / n);
        }
        double[] y = new double[2 * n];
        for (int k = 0; k < n; k++) {
            double re = 0;
            double im = 0;
            for (int t = 0; t < n; t++) {
                int m = (int) ((long) k * t % n);
                double xr = x[2 * t];
                double xi = x[2 * t + 1];
                re += xr * cos[m] - xi * sin[m];
                im += xr * sin[m] + xi * cos[m];
            }
            y[2 * k] = re;
            y[2 * k + 1] = im;
        }
        return y;
    }

    static void assertClose(double[] ref, float[] y, int off, int n, String what) {
        double err = 0;
        double pow = 0;
        for (int i = 0; i < 2 * n; i++) {
            double d = ref[i] - y[off + i];
            err += d * d;
            pow += ref[i] * ref[i];
        }
        double rel = Math.sqrt(err / pow);
        assertTrue(rel < REL_TOL, what + ": relative RMS error " + rel);
    }
}
