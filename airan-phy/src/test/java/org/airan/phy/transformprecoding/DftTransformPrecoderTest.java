package org.airan.phy.transformprecoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.airan.phy.dft.DftProcessors;
import org.junit.jupiter.api.Test;

/** Transform precoding (TS 38.211 §6.3.1.4): sign, scaling, inverse, noise averaging, size rule. */
class DftTransformPrecoderTest {

    /** Single-precision FFT round trip of ≤ 3240 points: relative error of a few 1e-7 per stage. */
    private static final double ROUND_TRIP_TOL = 1e-5;

    private final TransformPrecoder tp = TransformPrecoders.create(275);

    @Test
    void sizeRuleIsTwoThreeFiveSmooth() {
        assertTrue(TransformPrecoders.isValidPrbCount(1));
        assertTrue(TransformPrecoders.isValidPrbCount(270));
        assertTrue(TransformPrecoders.isValidPrbCount(75));
        assertFalse(TransformPrecoders.isValidPrbCount(7));
        assertFalse(TransformPrecoders.isValidPrbCount(273));
        assertEquals(270, TransformPrecoders.largestValidPrbCount(273));
        assertEquals(270, TransformPrecoders.largestValidPrbCount(275));
        int valid = 0;
        for (int m = 1; m <= 275; m++) {
            valid += TransformPrecoders.isValidPrbCount(m) ? 1 : 0;
        }
        assertEquals(53, valid, "M_RB values 2^a3^b5^c up to 275"); // the 53 DM-RS lengths up to 273 RB
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TransformPrecoders.checkPrbCount(7));
        assertTrue(e.getMessage().contains("2^a·3^b·5^c") && e.getMessage().contains("§6.3.1.4")
                && e.getMessage().contains("6 and 8"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> tp.precode(new float[2 * 84], 0, 84, 1));
    }

    @Test
    void precodingIsTheUnitaryForwardDft() {
        int m = 60;
        float[] x = new float[2 * m];
        x[2] = 1f; // δ(i − 1)
        tp.precode(x, 0, m, 1);
        for (int k = 0; k < m; k++) {
            double a = -2 * Math.PI * k / m;
            assertEquals(Math.cos(a) / Math.sqrt(m), x[2 * k], 1e-6);
            assertEquals(Math.sin(a) / Math.sqrt(m), x[2 * k + 1], 1e-6);
        }
    }

    @Test
    void deprecodingInvertsAndPreservesEnergy() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int prb : new int[] {1, 5, 25, 270}) {
            int m = 12 * prb;
            int syms = 3;
            float[] x = new float[2 * m * syms + 4];
            for (int i = 4; i < x.length; i++) {
                x[i] = (float) rnd.nextGaussian();
            }
            float[] y = x.clone();
            double e0 = energy(x, 4);
            tp.precode(y, 4, m, syms);
            assertEquals(e0, energy(y, 4), e0 * ROUND_TRIP_TOL);
            float[] nv = new float[m * syms];
            tp.deprecode(y, 4, nv, 0, m, syms);
            for (int i = 4; i < x.length; i++) {
                assertEquals(x[i], y[i], ROUND_TRIP_TOL * 10, "prb " + prb + " i " + i);
            }
        }
    }

    @Test
    void noiseVarianceBecomesTheMeanOverTheSymbol() {
        int m = 24;
        float[] y = new float[2 * m * 2];
        float[] nv = new float[2 * m];
        for (int k = 0; k < m; k++) {
            nv[k] = k;          // mean 11.5
            nv[m + k] = 2f;     // mean 2
        }
        tp.deprecode(y, 0, nv, 0, m, 2);
        for (int k = 0; k < m; k++) {
            assertEquals(11.5f, nv[k], 1e-5);
            assertEquals(2f, nv[m + k], 1e-6);
        }
    }

    @Test
    void mmseDespreadingEqualsThePlainOneOnAFlatChannel() {
        SplittableRandom rnd = new SplittableRandom(8);
        int m = 36;
        float[] a = new float[2 * m];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) rnd.nextGaussian();
        }
        float[] b = a.clone();
        float[] nva = new float[m];
        float[] nvb = new float[m];
        java.util.Arrays.fill(nva, 0.25f);
        java.util.Arrays.fill(nvb, 0.25f);
        tp.deprecode(a, 0, nva, 0, m, 1);
        tp.deprecodeMmse(b, 0, nvb, 0, m, 1);
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], 1e-5);
        }
        assertEquals(0.25f, nvb[0], 1e-6); // μ = 0.8: (1 − μ)/μ = 0.25
    }

    @Test
    void mmseDespreadingWeightsByOneOverOnePlusSigma() {
        // Two REs of a 12-point symbol: σ² = 0 (b = 1) on the rest, σ² = 3 (b = 1/4) on k = 5, ∞ (b = 0) on k = 7.
        int m = 12;
        float[] z = new float[2 * m];
        float[] nv = new float[m];
        for (int k = 0; k < m; k++) {
            z[2 * k] = 1f; // a DC-only time signal if all weights were 1
        }
        nv[5] = 3f;
        nv[7] = Float.POSITIVE_INFINITY;
        tp.deprecodeMmse(z, 0, nv, 0, m, 1);
        double mu = (10 + 0.25) / 12;
        assertEquals((1 - mu) / mu, nv[0], 1e-6);
        // x̂(n) = (1/(μ·√M))·Σ_k b_k·z_k·e^{j2πkn/M} (unitary inverse DFT, then unbiasing).
        for (int n = 0; n < m; n++) {
            double re = 0;
            double im = 0;
            for (int k = 0; k < m; k++) {
                double bk = k == 5 ? 0.25 : k == 7 ? 0 : 1;
                re += bk * Math.cos(2 * Math.PI * k * n / m);
                im += bk * Math.sin(2 * Math.PI * k * n / m);
            }
            assertEquals(re / (mu * Math.sqrt(m)), z[2 * n], 1e-5);
            assertEquals(im / (mu * Math.sqrt(m)), z[2 * n + 1], 1e-5);
        }
    }

    @Test
    void steadyStateAllocatesNothingWithAnAllocationFreeDft() {
        // Every backend the factory picks for 2^a·3^b·5^c sizes allocates nothing per call: FFTW where installed,
        // else the mixed-radix FFT (decision 011); run with -Dairan.fftw=false to test the pure-Java path.
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int m = 12 * 270;
        float[] d = new float[2 * m * 12];
        float[] nv = new float[m * 12];
        // Rounds of 5 slots until one is clean: until C2 has compiled the Vector-API stages the interpreter boxes
        // vectors; on a loaded machine that can take seconds, so allow up to 40 s. A DFT that allocates its
        // scratch per call (8·M bytes per symbol, 311 kB per slot for JTransforms' mixed radix) never gets clean.
        long t = Thread.currentThread().threadId();
        long allocated = Long.MAX_VALUE;
        long deadline = System.nanoTime() + 40_000_000_000L;
        while (allocated != 0 && System.nanoTime() < deadline) {
            long before = mx.getThreadAllocatedBytes(t);
            for (int i = 0; i < 5; i++) {
                tp.precode(d, 0, m, 12);
                tp.deprecode(d, 0, nv, 0, m, 12);
                tp.deprecodeMmse(d, 0, nv, 0, m, 12);
            }
            allocated = mx.getThreadAllocatedBytes(t) - before;
        }
        assertEquals(0, allocated, "bytes allocated by 5 slots (DFT " + DftProcessors.create(m).backendName() + ")");
    }

    private static double energy(float[] x, int off) {
        double e = 0;
        for (int i = off; i < x.length; i++) {
            e += (double) x[i] * x[i];
        }
        return e;
    }
}
