package org.airan.phy.coding.ratematch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.airan.phy.coding.ldpc.LdpcBaseGraph;
import org.airan.phy.coding.ldpc.LdpcDecoder;
import org.airan.phy.coding.segmentation.CodeBlockSegmentation;
import org.junit.jupiter.api.Test;

class LdpcRateMatcherTest {

    private static final int NULL = -1;

    @Test
    void k0MatchesTable5_4_2_1_2() {
        int[] bg1 = {0, 17 * 384, 33 * 384, 56 * 384};
        int[] bg2 = {0, 13 * 384, 25 * 384, 43 * 384};
        for (int rv = 0; rv < 4; rv++) {
            assertEquals(bg1[rv], cfg(LdpcBaseGraph.BG1, 384, 66 * 384, rv, 2, 100).k0());
            assertEquals(bg2[rv], cfg(LdpcBaseGraph.BG2, 384, 50 * 384, rv, 2, 100).k0());
        }
        // limited buffer N_cb = 20000, BG1 Z = 384: floor(17*20000/25344) = 13, floor(33*20000/25344) = 26,
        // floor(56*20000/25344) = 44
        assertEquals(13 * 384, cfg(LdpcBaseGraph.BG1, 384, 20000, 1, 2, 100).k0());
        assertEquals(26 * 384, cfg(LdpcBaseGraph.BG1, 384, 20000, 2, 2, 100).k0());
        assertEquals(44 * 384, cfg(LdpcBaseGraph.BG1, 384, 20000, 3, 2, 100).k0());
    }

    /** Bit selection and interleaving against a literal transcription of the TS 38.212 §5.4.2 pseudo-code. */
    @Test
    void matchesSpecificationPseudoCode() {
        SplittableRandom rnd = new SplittableRandom(5);
        int[] qms = {1, 2, 4, 6, 8, 10};
        int[] inputs = {100, 600, 3888, 8448, 8484, 25368}; // B + 24·C divisible by C for both graphs
        LdpcRateMatcher matcher = new LdpcRateMatcher(70000);
        for (int b : inputs) {
            for (LdpcBaseGraph bg : LdpcBaseGraph.values()) {
                CodeBlockSegmentation seg = CodeBlockSegmentation.compute(b, bg);
                for (int rv = 0; rv < 4; rv++) {
                    for (int qm : qms) {
                        int tbsLbrm = rnd.nextInt(3) == 0 ? seg.inputSize() : 0;
                        int e = qm * (1 + rnd.nextInt(2 * seg.encodedSize() / qm)); // up to ~2 N: wraps
                        LdpcRateMatchConfig config = LdpcRateMatchConfig.of(seg, rv, qm, e, tbsLbrm);
                        int[] d = new int[seg.encodedSize()];
                        byte[] dBytes = new byte[d.length];
                        for (int j = 0; j < d.length; j++) {
                            dBytes[j] = (byte) rnd.nextInt(2);
                            d[j] = dBytes[j];
                        }
                        for (int k = seg.kPrime(); k < seg.k(); k++) {
                            if (k >= 2 * seg.z()) {
                                d[k - 2 * seg.z()] = NULL;
                            }
                        }
                        byte[] expected = reference(d, config.circularBufferSize(), config.k0(), e, qm);
                        byte[] f = new byte[e + 1];
                        matcher.rateMatch(config, dBytes, 0, f, 1);
                        assertArrayEquals(expected, java.util.Arrays.copyOfRange(f, 1, e + 1),
                                "B=" + b + " " + bg + " rv=" + rv + " Qm=" + qm + " E=" + e + " Ncb="
                                        + config.circularBufferSize());
                    }
                }
            }
        }
    }

    /** Recovery puts every received LLR back where bit selection took it from, summing repeats. */
    @Test
    void recoveryInvertsRateMatching() {
        CodeBlockSegmentation seg = CodeBlockSegmentation.compute(3888, LdpcBaseGraph.BG2);
        SplittableRandom rnd = new SplittableRandom(6);
        int n = seg.encodedSize();
        for (int rv = 0; rv < 4; rv++) {
            int e = 6 * (n / 6 + 500); // more than N_cb - F: some positions are received twice
            LdpcRateMatchConfig config = LdpcRateMatchConfig.of(seg, rv, 6, e, 0);
            // d_j = j (as a "bit" index) through float LLRs: match indices, then recover
            float[] idx = new float[e];
            byte[] d = new byte[n];
            for (int j = 0; j < n; j++) {
                d[j] = (byte) rnd.nextInt(2);
            }
            byte[] f = new byte[e];
            new LdpcRateMatcher(e).rateMatch(config, d, 0, f, 0);
            for (int k = 0; k < e; k++) {
                idx[k] = 1 - 2 * f[k]; // LLR +1 for 0, -1 for 1
            }
            float[] soft = new float[n];
            new LdpcRateRecoverer(e).recover(config, idx, 0, soft, 0);
            int fillerStart = config.fillerStart();
            int fillerEnd = config.fillerEnd();
            int received = 0;
            for (int j = 0; j < n; j++) {
                if (j >= fillerStart && j < fillerEnd) {
                    assertEquals(LdpcDecoder.KNOWN_BIT_LLR, soft[j]);
                    continue;
                }
                float expectedSign = 1 - 2 * d[j];
                assertTrue(soft[j] == expectedSign || soft[j] == 2 * expectedSign, "rv " + rv + " j " + j);
                received += (int) Math.abs(soft[j]);
            }
            assertEquals(e, received);
        }
    }

    @Test
    void configValidation() {
        assertThrows(IllegalArgumentException.class, () -> cfg(LdpcBaseGraph.BG1, 384, 66 * 384, 4, 2, 100));
        assertThrows(IllegalArgumentException.class, () -> cfg(LdpcBaseGraph.BG1, 384, 66 * 384, 0, 6, 100));
        assertThrows(IllegalArgumentException.class, () -> cfg(LdpcBaseGraph.BG1, 384, 66 * 384 + 1, 0, 2, 100));
        assertThrows(IllegalArgumentException.class, () -> cfg(LdpcBaseGraph.BG1, 383, 66 * 383, 0, 2, 100));
        assertThrows(IllegalArgumentException.class, () -> cfg(LdpcBaseGraph.BG1, 384, 66 * 384, 0, 11, 110));
    }

    private static LdpcRateMatchConfig cfg(LdpcBaseGraph bg, int z, int ncb, int rv, int qm, int e) {
        int end = (bg.numInfoColumns() - 2) * z;
        return new LdpcRateMatchConfig(bg, z, ncb, end, end, rv, qm, e);
    }

    /** TS 38.212 §5.4.2.1 bit selection and §5.4.2.2 interleaving, written as in the specification. */
    static byte[] reference(int[] d, int ncb, int k0, int e, int qm) {
        int[] sel = new int[e];
        int k = 0;
        int j = 0;
        while (k < e) {
            if (d[(k0 + j) % ncb] != NULL) {
                sel[k] = d[(k0 + j) % ncb];
                k++;
            }
            j++;
        }
        byte[] f = new byte[e];
        for (int jj = 0; jj < e / qm; jj++) {
            for (int i = 0; i < qm; i++) {
                f[i + jj * qm] = (byte) sel[i * e / qm + jj];
            }
        }
        return f;
    }
}
