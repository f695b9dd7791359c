package org.airan.phy.sequence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.airan.phy.BundledTables;
import org.junit.jupiter.api.Test;

class GoldSequenceTest {

    /** Straight from the TS 38.211 §5.2.1 recurrences, bit by bit: the reference. */
    private static byte[] naive(int cInit, int len) {
        int total = GoldSequence.NC + len + 31;
        byte[] x1 = new byte[total];
        byte[] x2 = new byte[total];
        x1[0] = 1;
        for (int i = 0; i < 31; i++) {
            x2[i] = (byte) ((cInit >>> i) & 1);
        }
        for (int n = 0; n + 31 < total; n++) {
            x1[n + 31] = (byte) ((x1[n + 3] + x1[n]) & 1);
            x2[n + 31] = (byte) ((x2[n + 3] + x2[n + 2] + x2[n + 1] + x2[n]) & 1);
        }
        byte[] c = new byte[len];
        for (int n = 0; n < len; n++) {
            c[n] = (byte) ((x1[n + GoldSequence.NC] + x2[n + GoldSequence.NC]) & 1);
        }
        return c;
    }

    @Test
    void matchesReferenceVectors() {
        List<String[]> rows = BundledTables.rows(GoldSequenceTest.class, "gold_sequence_test_vectors.csv");
        assertEquals(6, rows.size());
        for (String[] r : rows) {
            int cInit = (int) Long.parseLong(r[0]);
            byte[] out = new byte[128];
            GoldSequence.generateBits(cInit, 0, out, 0, 128);
            StringBuilder sb = new StringBuilder();
            for (byte b : out) {
                sb.append(b);
            }
            assertEquals(r[1], sb.toString(), "c_init " + r[0]);
        }
    }

    @Test
    void skipAheadMatchesNaiveAtEveryOffset() {
        Random rnd = new Random(3);
        for (int t = 0; t < 20; t++) {
            int cInit = rnd.nextInt() & 0x7FFFFFFF;
            byte[] ref = naive(cInit, 5000);
            for (int off : new int[] {0, 1, 27, 28, 29, 100, 1234, 4000}) {
                byte[] got = new byte[1000];
                GoldSequence.generateBits(cInit, off, got, 0, 1000);
                byte[] want = java.util.Arrays.copyOfRange(ref, off, off + 1000);
                assertArrayEquals(want, got, "c_init " + cInit + " offset " + off);
                assertEquals(ref[off + 17], GoldSequence.bit(cInit, off + 17));
            }
            int[] words = new int[10];
            GoldSequence.generateWords(cInit, 5, words, 0, 10);
            for (int i = 0; i < 320; i++) {
                assertEquals(ref[5 + i], (words[i >> 5] >>> (i & 31)) & 1, "word bit " + i);
            }
        }
    }

    @Test
    void scramblingIsAnInvolutionAndMatchesLlrSignFlips() {
        int cInit = 655392809;
        byte[] c = new byte[777];
        GoldSequence.generateBits(cInit, 40, c, 0, c.length);
        byte[] bits = new byte[777];
        float[] llr = new float[777];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = (byte) (i % 3 == 0 ? 1 : 0);
            llr[i] = bits[i] == 0 ? 2.5f : -2.5f;
        }
        GoldSequence.scrambleBits(cInit, 40, bits, 0, bits.length);
        GoldSequence.descrambleLlr(cInit, 40, llr, 0, llr.length);
        for (int i = 0; i < bits.length; i++) {
            int orig = i % 3 == 0 ? 1 : 0;
            assertEquals(orig ^ c[i], bits[i]);
            assertEquals(c[i] == 0 ? (orig == 0 ? 2.5f : -2.5f) : (orig == 0 ? -2.5f : 2.5f), llr[i]);
        }
    }

    @Test
    void qpskSequenceFollowsDefinition() {
        int cInit = 12345;
        byte[] c = naive(cInit, 2 * 300);
        float[] r = new float[2 * 200];
        GoldSequence.qpskSequence(cInit, 100, r, 0, 200);
        double a = 1 / Math.sqrt(2);
        for (int m = 0; m < 200; m++) {
            assertEquals((1 - 2 * c[2 * (m + 100)]) * a, r[2 * m], 1e-7);
            assertEquals((1 - 2 * c[2 * (m + 100) + 1]) * a, r[2 * m + 1], 1e-7);
        }
    }

    @Test
    void refusesOutOfRangeCinit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GoldSequence.bit(-1, 0));
        assertEquals("c_init must be in [0, 2^31-1] (TS 38.211 §5.2.1), was -1", e.getMessage());
    }
}
