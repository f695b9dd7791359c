package org.airan.phy.modulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
     * A receiver demaps whatever modulation each slot carries: after C2 has compiled the kernel on a mix of
     * modulations, demapping still allocates nothing (a level sweep with running-minimum vectors boxed them on
     * every RE in that situation, and so did a noise vector that existed on one of the two noise paths only). Best of
     * several windows, since a JIT event can land in one.
     */
    @Test
    void allocatesNothingAfterMixedModulations() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(SoftDemappers.VECTOR_API
                && bean instanceof com.sun.management.ThreadMXBean, "needs the Vector API and the allocation counter");
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
        SoftDemapper d = SoftDemappers.maxLog();
        int n = 1024;
        float[] y = new float[2 * n];
        float[] nv = new float[n];
        float[] llr = new float[10 * n];
        java.util.Random rnd = new java.util.Random(9);
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) rnd.nextGaussian();
        }
        java.util.Arrays.fill(nv, 0.1f);
        Modulation[] mixed = {Modulation.QPSK, Modulation.QAM16, Modulation.QAM64, Modulation.QAM256,
            Modulation.QAM1024};
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 400; round++) {
            long before = mx.getCurrentThreadAllocatedBytes();
            for (Modulation mod : mixed) {
                d.demap(mod, y, 0, nv, 0, n, llr, 0, 0);      // per-RE noise
                d.demap(mod, y, 2, 0.1f, n - 1, llr, 3, 1);    // one noise value, odd offsets and length
            }
            long used = mx.getCurrentThreadAllocatedBytes() - before;
            if (round >= 300) { // C2 has compiled the kernel on the mix by now (about 2 M symbols)
                best = Math.min(best, used);
            }
        }
        assertEquals(0L, best, "bytes allocated per round of 5 modulations × " + n + " symbols");
    }
}
