package org.airan.phy.modulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The Vector-API max-log demapper against the scalar reference {@link MaxLogSoftDemapper}. */
class VectorMaxLogSoftDemapperTest {

    /**
     * Both compute the same squared distances and minima; they may differ only where the reference's rounding to
     * the nearest level picks the other of two levels at a float tie, i.e. by float rounding of the distances:
     * a few ulps of the LLR's magnitude.
     */
    private static final float RELATIVE_TOLERANCE = 1e-6f;

    private static void assertClose(float[] expected, float[] actual, String what) {
        for (int i = 0; i < expected.length; i++) {
            float e = expected[i], a = actual[i];
            if (Float.isNaN(e)) {
                assertEquals(Float.isNaN(e), Float.isNaN(a), what + " LLR " + i);
                continue;
            }
            assertEquals(e, a, RELATIVE_TOLERANCE * Math.max(1f, Math.abs(e)), what + " LLR " + i);
        }
    }

    @Test
    void equalsScalarReferenceForEveryModulationLengthAndOffset() {
        assumeTrue(SoftDemappers.VECTOR_API, "jdk.incubator.vector not present");
        SoftDemapper vec = new VectorMaxLogSoftDemapper();
        SoftDemapper ref = SoftDemappers.maxLogReference();
        SplittableRandom rnd = new SplittableRandom(7);
        int exact = 0, total = 0;
        for (Modulation mod : Modulation.values()) {
            int qm = mod.bitsPerSymbol();
            for (int n : new int[] {0, 1, 7, 8, 9, 33, 1000}) {
                int so = rnd.nextInt(3) * 2, no = rnd.nextInt(3), lo = rnd.nextInt(5);
                float[] y = new float[so + 2 * n];
                float[] nv = new float[no + n];
                for (int i = 0; i < y.length; i++) {
                    y[i] = (float) (rnd.nextGaussian() * 0.8);
                }
                for (int i = 0; i < nv.length; i++) {
                    nv[i] = (float) (0.01 + rnd.nextDouble());
                }
                if (n > 8) {
                    // degenerate inputs: NaN sample, zero, NaN and infinite noise, samples beyond the outer levels
                    y[so + 2] = Float.NaN;
                    nv[no + 3] = 0f;
                    nv[no + 4] = Float.NaN;
                    nv[no + 5] = Float.POSITIVE_INFINITY;
                    y[so + 12] = 40f;
                    y[so + 13] = -40f;
                }
                float[] a = new float[lo + n * qm];
                float[] b = new float[lo + n * qm];
                ref.demap(mod, y, so, nv, no, n, a, lo, 3);
                vec.demap(mod, y, so, nv, no, n, b, lo, 3);
                assertClose(a, b, mod + " n=" + n + " per-symbol noise");
                ref.demap(mod, y, so, 0.37f, n, a, lo, 3);
                vec.demap(mod, y, so, 0.37f, n, b, lo, 3);
                assertClose(a, b, mod + " n=" + n + " uniform noise");
                for (int i = 0; i < a.length; i++) {
                    exact += Float.floatToIntBits(a[i]) == Float.floatToIntBits(b[i]) ? 1 : 0;
                    total++;
                }
            }
        }
        // ties are rare: nearly every LLR must be bit-identical
        assertEquals(total, exact, total / 1000.0, "bit-identical LLRs");
    }

    @Test
    void factoryPicksTheVectorDemapperWhenTheModuleIsPresent() {
        assertEquals(SoftDemappers.VECTOR_API, SoftDemappers.maxLog() instanceof VectorMaxLogSoftDemapper);
        assertEquals(MaxLogSoftDemapper.class, SoftDemappers.maxLogReference().getClass());
    }

    /**
     * Bytes tolerated per measured window: the per-thread allocation counter is exact, so this only covers one-off
     * runtime allocations; a boxed vector per call (≥ 80 B × 250 vectors) exceeds it at once.
     */
    private static final long BUDGET_BYTES = 4096;

    @Test
    void allocatesNothingOnceCompiledAfterEveryModulationWasDemapped() {
        assumeTrue(SoftDemappers.VECTOR_API, "jdk.incubator.vector not present");
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "needs the thread allocation counter");
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
        SoftDemapper vec = SoftDemappers.maxLog();
        int n = 2000;
        float[] y = new float[2 * n];
        float[] nv = new float[n];
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) (rnd.nextGaussian() * 0.7);
        }
        java.util.Arrays.fill(nv, 0.1f);
        float[] llr = new float[10 * n];
        Modulation[] mods = {Modulation.QPSK, Modulation.QAM16, Modulation.QAM64, Modulation.QAM256,
            Modulation.QAM1024};
        // the modulation-dependent loops are profiled with every modulation (as a receiver whose MCS changes
        // from slot to slot), then C2 gets time to compile; a window is one pass over all modulations
        int clean = 0;
        long last = -1;
        for (int round = 0; round < 3000 && clean < 5; round++) {
            long b = mx.getCurrentThreadAllocatedBytes();
            for (Modulation m : mods) {
                vec.demap(m, y, 0, nv, 0, n, llr, 0, 0);
                vec.demap(m, y, 0, 0.1f, n, llr, 0, 0); // the one-noise-variance overload as well
            }
            last = mx.getCurrentThreadAllocatedBytes() - b;
            clean = last <= BUDGET_BYTES ? clean + 1 : 0;
        }
        assertTrue(clean >= 5, "still allocating after warm-up: " + last + " bytes per pass over all modulations");
    }
}
