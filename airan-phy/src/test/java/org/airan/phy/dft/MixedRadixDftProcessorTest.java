package org.airan.phy.dft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DFT contract against the allocation-free mixed-radix Stockham FFT (sizes 2^a·3^b·5^c), plus every PUSCH
 * transform-precoding size M_sc = 12·M_RB of TS 38.211 §6.3.1.4 (M_RB ≤ 273) against a double-precision DFT.
 */
class MixedRadixDftProcessorTest extends DftProcessorContractTest {

    /**
     * Unit round-off of float, 2^-24. Each stage of an FFT adds a relative error of a few u (the butterfly sums,
     * the rounding of the float twiddle, the complex multiply), so over log2 N binary levels the relative RMS error
     * is bounded by C·u·log2 N; the errors of the stages are independent, so the typical value grows only like
     * √(log2 N) and the linear bound is loose. C = 4: a radix-5 butterfly (the worst here) adds up to four terms
     * with weights below 1 per output, i.e. at most ~2.3 (log2 5) levels of additions plus one multiply, each ≤ 1 u.
     * A wrong twiddle or index gives a relative error of order 1. Measured: 0.19–0.25·u·log2 N for N = 12..3240
     * (JTransforms: 1.3–3× that), so the bound has a 16× margin and is still 10^6 below a wrong twiddle.
     */
    private static final double UNIT_ROUNDOFF = 0x1p-24;
    private static final double ERROR_PER_LEVEL = 4;

    @Override
    DftProcessor create(int n) {
        return new MixedRadixDftProcessor(n);
    }

    @Test
    void usesTheVectorStagesWhereTheModuleIsPresent() {
        // Surefire starts the JVM with --add-modules jdk.incubator.vector (parent pom).
        assertEquals("mixed-radix-vector", new MixedRadixDftProcessor(300).backendName());
        assertEquals("mixed-radix", new MixedRadixDftProcessor(300, false).backendName());
    }

    @Override
    boolean supports(int n) {
        return MixedRadixDftProcessor.supports(n);
    }

    /** Every M_sc = 12·M_RB with M_RB = 2^a·3^b·5^c ≤ 273 (53 sizes, 12 to 3240), and a few small and odd sizes. */
    static IntStream transformPrecodingSizes() {
        IntStream tp = IntStream.rangeClosed(1, 273).filter(MixedRadixDftProcessor::supports).map(m -> 12 * m);
        return IntStream.concat(IntStream.of(1, 2, 3, 4, 5, 6, 8, 9, 10, 15, 25, 27, 45, 81, 125, 243, 625, 1000),
                tp);
    }

    @ParameterizedTest
    @MethodSource("transformPrecodingSizes")
    void everyTransformPrecodingSizeMatchesADoubleDftWithinTheRoundOffBound(int n) {
        DftProcessor dft = create(n);
        SplittableRandom rnd = new SplittableRandom(31L * n + 1);
        float[] x = new float[2 * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rnd.nextGaussian();
        }
        double bound = ERROR_PER_LEVEL * UNIT_ROUNDOFF * Math.max(1, Math.log(n) / Math.log(2));
        for (DftProcessor.Direction dir : DftProcessor.Direction.values()) {
            double[] ref = referenceDft(x, n, dir == DftProcessor.Direction.FORWARD ? -1 : 1);
            float[] y = x.clone();
            dft.transform(dir, y, 0);
            double err = 0;
            double pow = 0;
            for (int i = 0; i < 2 * n; i++) {
                double d = ref[i] - y[i];
                err += d * d;
                pow += ref[i] * ref[i];
            }
            double rel = Math.sqrt(err / pow);
            assertTrue(rel < bound, dir + " N=" + n + ": relative RMS error " + rel + " ≥ bound " + bound);
        }
    }

    @Test
    void radicesCoverTheSizeAndSizesOutsideTwoThreeFiveAreRefused() {
        assertArrayEquals(new int[] {4, 2, 3, 3, 3, 3, 5}, MixedRadixDftProcessor.factor(3240));
        assertArrayEquals(new int[] {4, 3, 5, 5}, MixedRadixDftProcessor.factor(300));
        assertArrayEquals(new int[] {}, MixedRadixDftProcessor.factor(1));
        assertTrue(MixedRadixDftProcessor.supports(1));
        assertTrue(MixedRadixDftProcessor.supports(3240));
        assertTrue(MixedRadixDftProcessor.supports(2916));
        assertTrue(MixedRadixDftProcessor.supports(4096));
        assertFalse(MixedRadixDftProcessor.supports(0));
        assertFalse(MixedRadixDftProcessor.supports(-12));
        assertFalse(MixedRadixDftProcessor.supports(84)); // 12·7
        assertFalse(MixedRadixDftProcessor.supports(3276)); // 12·273 = 12·3·7·13
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MixedRadixDftProcessor(84));
        assertTrue(e.getMessage().contains("84") && e.getMessage().contains("§6.3.1.4"), e.getMessage());
    }

    @Test
    void steadyStateAllocatesNothing() {
        com.sun.management.ThreadMXBean bean =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int n : new int[] {3240, 300, 2916}) {
            DftProcessor dft = create(n);
            float[] data = new float[2 * n * 12];
            SplittableRandom rnd = new SplittableRandom(n);
            for (int i = 0; i < data.length; i++) {
                data[i] = (float) rnd.nextGaussian();
            }
            // Measure rounds of 2 slot-sized batches until one is clean: until C2 has compiled the stages the
            // interpreter boxes Vector-API vectors (tens of kB per transform), and on a loaded machine the compile
            // queue may take seconds, so give it up to 40 s. A per-call scratch copy (8·N bytes) would be ≥ 2.4 kB.
            long tid = Thread.currentThread().threadId();
            long allocated = Long.MAX_VALUE;
            long deadline = System.nanoTime() + 40_000_000_000L;
            while (allocated >= 32 && System.nanoTime() < deadline) {
                long before = bean.getThreadAllocatedBytes(tid);
                dft.transform(DftProcessor.Direction.FORWARD, data, 0, 2 * n, 12);
                dft.transform(DftProcessor.Direction.INVERSE, data, 0, 2 * n, 12);
                allocated = bean.getThreadAllocatedBytes(tid) - before;
                for (int i = 0; i < data.length; i++) {
                    data[i] *= 1f / n; // keep magnitudes bounded: forward then inverse multiplies by N
                }
            }
            // 2 batched calls; the measurement itself may allocate a few bytes once: allow < 16 bytes per call.
            assertTrue(allocated < 32, "N=" + n + ": allocated " + allocated + " bytes in 2 calls");
        }
    }

    @Test
    void inverseAfterForwardMultipliesByN() {
        int n = 3000;
        DftProcessor dft = create(n);
        SplittableRandom rnd = new SplittableRandom(3);
        float[] x = new float[2 * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rnd.nextGaussian();
        }
        float[] y = x.clone();
        dft.transform(DftProcessor.Direction.FORWARD, y, 0);
        dft.transform(DftProcessor.Direction.INVERSE, y, 0);
        double tol = 2 * ERROR_PER_LEVEL * UNIT_ROUNDOFF * Math.log(n) / Math.log(2) * n * 4; // 4σ of N(0,1)
        for (int i = 0; i < x.length; i++) {
            assertEquals(n * x[i], y[i], tol, "i=" + i);
        }
    }

    /** Double-precision O(N²) DFT, e^{sign·j2πkn/N}, unscaled; the phase index advances without a division. */
    static double[] referenceDft(float[] x, int n, int sign) {
        double[] c = new double[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = Math.cos(2 * Math.PI * i / n);
            s[i] = sign * Math.sin(2 * Math.PI * i / n);
        }
        double[] y = new double[2 * n];
        for (int k = 0; k < n; k++) {
            double re = 0;
            double im = 0;
            int m = 0;
            for (int t = 0; t < n; t++) {
                double xr = x[2 * t];
                double xi = x[2 * t + 1];
                re += xr * c[m] - xi * s[m];
                im += xr * s[m] + xi * c[m];
                m += k;
                if (m >= n) {
                    m -= n;
                }
            }
            y[2 * k] = re;
            y[2 * k + 1] = im;
        }
        return y;
    }
}
