package org.airan.phy.coding.polar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Checks of the list decoder's path management: the metric it reports for its output must be the metric that
 * successive cancellation computes along that output with every decision forced (a genie), which holds only if
 * the lazily copied LLR and partial-sum slots of that path were never overwritten by another path.
 */
class ScListPolarDecoderTest {

    /** Float sums over up to 512 terms in a different order: relative difference well below 1e-5. */
    private static final float METRIC_RELATIVE_TOLERANCE = 1e-4f;

    @Test
    void reportedMetricEqualsTheGenieMetricOfTheOutput() {
        Random rnd = new Random(31);
        PolarCode[] codes = {new PolarCode(PolarCodeConfig.pbch()), new PolarCode(PolarCodeConfig.dci(40, 2)),
                             new PolarCode(PolarCodeConfig.uci(15, 250)), new PolarCode(PolarCodeConfig.uci(100, 180))};
        double[] esN0Db = {-11.5, -4.5, -6, 1};
        int checkedWithErrors = 0;
        for (int ci = 0; ci < codes.length; ci++) {
            PolarCode code = codes[ci];
            for (int listSize : new int[] {2, 8, 32}) {
                PolarDecoder scl = PolarDecoders.crcAidedList(listSize, 1024);
                for (int t = 0; t < 40; t++) {
                    float[] llr = noisy(code, rnd, esN0Db[ci]);
                    byte[] out = new byte[code.numInfoBits()];
                    scl.decode(code, llr, 0, out, 0);
                    float genie = genieMetric(code, llr, out);
                    float pm = scl.lastPathMetric();
                    assertEquals(genie, pm, METRIC_RELATIVE_TOLERANCE * Math.max(1f, genie), code + " L=" + listSize);
                    checkedWithErrors += pm > 0 ? 1 : 0;
                }
            }
        }
        assertTrue(checkedWithErrors > 100, "too few noisy decodes: " + checkedWithErrors);
    }

    @Test
    void listOfOneIsSuccessiveCancellation() {
        Random rnd = new Random(32);
        PolarCode code = new PolarCode(PolarCodeConfig.uci(15, 250)); // with parity-check bits
        PolarDecoder sc = PolarDecoders.successiveCancellation(1024);
        PolarDecoder l1 = PolarDecoders.crcAidedList(1, 1024);
        byte[] a = new byte[code.numInfoBits()];
        byte[] b = new byte[code.numInfoBits()];
        for (int t = 0; t < 200; t++) {
            float[] llr = noisy(code, rnd, -5);
            boolean okA = sc.decode(code, llr, 0, a, 0);
            boolean okB = l1.decode(code, llr, 0, b, 0);
            assertEquals(okA, okB);
            assertArrayEquals(a, b);
            assertEquals(sc.lastPathMetric(), l1.lastPathMetric(),
                    METRIC_RELATIVE_TOLERANCE * Math.max(1f, sc.lastPathMetric()));
        }
    }

    private static float[] noisy(PolarCode code, Random rnd, double esN0Db) {
        byte[] c = PolarDecoderContractTest.randomBlock(code, rnd, 0);
        byte[] f = new byte[code.numCodedBits()];
        new PolarEncoder().encode(code, c, 0, f, 0);
        double sigma2 = 1.0 / (2.0 * Math.pow(10.0, esN0Db / 10.0));
        float[] llr = new float[f.length];
        for (int i = 0; i < f.length; i++) {
            llr[i] = (float) (2 * ((1 - 2 * f[i]) + Math.sqrt(sigma2) * rnd.nextGaussian()) / sigma2);
        }
        return llr;
    }

    /** SC metric along u = placeBits(c), every decision forced; all-frozen sub-trees scored at their root. */
    private static float genieMetric(PolarCode code, float[] llr, byte[] c) {
        int n = code.motherLength();
        float[] root = new float[n];
        PolarRateMatcher.recover(code, llr, 0, root, 0);
        byte[] u = new byte[n];
        PolarEncoder.placeBits(code, c, 0, u);
        float[] pm = {0f};
        genie(code, root, u, 0, 1, pm, new byte[n]);
        return pm[0];
    }

    /** Returns via {@code x} the codeword bits of the sub-tree (heap index {@code heap}, leaves from {@code leaf}). */
    private static void genie(PolarCode code, float[] a, byte[] u, int leaf, int heap, float[] pm, byte[] x) {
        int len = a.length;
        if (code.nodeKindsView()[heap] == PolarCode.NODE_RATE0) {
            for (float v : a) {
                pm[0] += v < 0 ? -v : 0;
            }
            java.util.Arrays.fill(x, 0, len, (byte) 0);
            return;
        }
        if (len == 1) {
            byte b = u[leaf];
            if ((a[0] < 0) != (b == 1)) {
                pm[0] += Math.abs(a[0]);
            }
            x[0] = b;
            return;
        }
        int half = len / 2;
        float[] child = new float[half];
        for (int i = 0; i < half; i++) {
            child[i] = Math.signum(a[i]) * Math.signum(a[i + half]) * Math.min(Math.abs(a[i]), Math.abs(a[i + half]));
        }
        byte[] left = new byte[half];
        genie(code, child, u, leaf, 2 * heap, pm, left);
        for (int i = 0; i < half; i++) {
            child[i] = a[i + half] + (left[i] == 0 ? a[i] : -a[i]);
        }
        byte[] right = new byte[half];
        genie(code, child, u, leaf + half, 2 * heap + 1, pm, right);
        for (int i = 0; i < half; i++) {
            x[i] = (byte) (left[i] ^ right[i]);
            x[i + half] = right[i];
        }
    }
}
