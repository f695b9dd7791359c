package org.airan.phy.modulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SoftDemapperTest {

    /** Relative float tolerance between the table-driven max-log and the brute-force search (single precision). */
    private static final double MAXLOG_REL_TOL = 1e-4;

    private static float[] randomSymbols(SplittableRandom rnd, int n, double spread) {
        float[] y = new float[2 * n];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) ((rnd.nextDouble() * 2 - 1) * spread);
        }
        return y;
    }

    /** Brute-force max-log over the full constellation, independent of the neighbour tables. */
    private static double bruteMaxLog(float[] pts, int qm, double yr, double yi, double n0, int bit) {
        double m0 = Double.MAX_VALUE;
        double m1 = Double.MAX_VALUE;
        for (int v = 0; v < pts.length / 2; v++) {
            double d = (yr - pts[2 * v]) * (yr - pts[2 * v]) + (yi - pts[2 * v + 1]) * (yi - pts[2 * v + 1]);
            if (((v >>> (qm - 1 - bit)) & 1) == 0) {
                m0 = Math.min(m0, d);
            } else {
                m1 = Math.min(m1, d);
            }
        }
        return (m1 - m0) / n0;
    }

    @Test
    void maxLogEqualsBruteForceSearchForAllQam() {
        SplittableRandom rnd = new SplittableRandom(11);
        LogMapSoftDemapper ref = (LogMapSoftDemapper) SoftDemappers.logMap();
        SoftDemapper ml = SoftDemappers.maxLog();
        for (Modulation mod : new Modulation[] {Modulation.BPSK, Modulation.QPSK, Modulation.QAM16,
                Modulation.QAM64, Modulation.QAM256, Modulation.QAM1024}) {
            int n = 500;
            int qm = mod.bitsPerSymbol();
            float[] y = randomSymbols(rnd, n, 1.6);
            float n0 = 0.05f;
            float[] llr = new float[n * qm];
            ml.demap(mod, y, 0, n0, n, llr, 0, 0);
            float[] pts = ref.constellation(mod);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < qm; j++) {
                    double want = bruteMaxLog(pts, qm, y[2 * i], y[2 * i + 1], n0, j);
                    assertEquals(want, llr[i * qm + j], MAXLOG_REL_TOL * Math.max(1, Math.abs(want)),
                            mod + " symbol " + i + " bit " + j);
                }
            }
        }
    }

    @Test
    void qpskLogMapEqualsClosedForm() {
        // QPSK is two independent BPSKs: LLR(b0) = 2√2·Re(y)/σ² exactly (no approximation in max-log either).
        float[] y = {0.3f, -0.9f, -1.2f, 0.05f};
        float[] a = new float[4];
        float[] b = new float[4];
        SoftDemappers.logMap().demap(Modulation.QPSK, y, 0, 0.5f, 2, a, 0, 0);
        SoftDemappers.maxLog().demap(Modulation.QPSK, y, 0, 0.5f, 2, b, 0, 0);
        for (int i = 0; i < 4; i++) {
            double want = 2 * Math.sqrt(2) * y[i] / 0.5;
            assertEquals(want, a[i], 1e-5);
            assertEquals(want, b[i], 1e-5);
        }
    }

    @Test
    void noiselessRoundTripRecoversBitsAndLogMapApproachesMaxLogAtHighSnr() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (Modulation mod : Modulation.values()) {
            int qm = mod.bitsPerSymbol();
            int n = 300;
            byte[] bits = new byte[n * qm];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = (byte) rnd.nextInt(2);
            }
            float[] sym = new float[2 * n];
            ModulationMapper.map(mod, bits, 0, n, sym, 0, 1);
            float[] llr = new float[n * qm];
            float[] ref = new float[n * qm];
            float n0 = 1e-3f;
            SoftDemappers.maxLog().demap(mod, sym, 0, n0, n, llr, 0, 1);
            SoftDemappers.logMap().demap(mod, sym, 0, n0, n, ref, 0, 1);
            for (int i = 0; i < bits.length; i++) {
                assertEquals(bits[i], llr[i] > 0 ? 0 : 1, mod + " bit " + i);
                assertEquals(bits[i], ref[i] > 0 ? 0 : 1, mod + " bit " + i);
                // At σ² = 1e-3 the second-nearest terms are e^{-|Δd|²/σ²} ≪ 1: the two agree to 1e-3 relative.
                assertEquals(ref[i], llr[i], 1e-3 * Math.abs(ref[i]) + 1e-3);
            }
        }
    }

    @Test
    void degenerateNoiseAndNanGiveDocumentedOutputs() {
        float[] y = {Float.NaN, 0.5f, 0.7f, 0.7f};
        float[] llr = new float[8];
        SoftDemappers.maxLog().demap(Modulation.QAM16, y, 0, new float[] {0.1f, Float.NaN}, 0, 2, llr, 0, 0);
        assertEquals(0f, llr[0]);
        assertEquals(0f, llr[2]);
        assertTrue(llr[1] != 0f);
        for (int i = 4; i < 8; i++) {
            assertEquals(0f, llr[i]);
        }
        SoftDemappers.maxLog().demap(Modulation.QPSK, y, 2, 0f, 1, llr, 0, 0);
        assertTrue(Float.isFinite(llr[0]) && llr[0] > 0);
    }

    @Test
    void shortLlrArrayIsRejectedAtTheBoundary() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SoftDemappers.maxLog().demap(Modulation.QAM64, new float[4], 0, 1f, 2, new float[11], 0, 0));
        assertTrue(e.getMessage().contains("llr"));
    }

    @Test
    void quantizerSaturatesAndRounds() {
        byte[] q = new byte[4];
        LlrQuantizer.quantize(new float[] {0.3f, -100f, 40f, Float.NaN}, 0, q, 0, 4, 4f);
        assertEquals(1, q[0]);
        assertEquals(-127, q[1]);
        assertEquals(127, q[2]);
        assertEquals(0, q[3]);
    }
}
