package org.airan.phy.ssb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.airan.phy.sequence.GoldSequence;
import org.airan.phy.BundledTables;
import org.junit.jupiter.api.Test;

class SsbSequencesTest {

    private static float[] parse(String s) {
        String[] p = s.trim().split(" +");
        float[] r = new float[p.length];
        for (int i = 0; i < p.length; i++) {
            r[i] = Float.parseFloat(p[i]);
        }
        return r;
    }

    @Test
    void pssAndSssMatchReferenceVectors() {
        List<String[]> rows = BundledTables.rows(SsbSequencesTest.class, "pss_sss_test_vectors.csv");
        int checked = 0;
        float[] out = new float[127];
        for (String[] r : rows) {
            float[] want = parse(r[4]);
            assertEquals(127, want.length);
            if (r[0].equals("PSS")) {
                SsbSequences.pss(Integer.parseInt(r[3]), out, 0);
            } else {
                int pci = Integer.parseInt(r[1]);
                assertEquals(Integer.parseInt(r[2]), SsbSequences.nId1(pci));
                assertEquals(Integer.parseInt(r[3]), SsbSequences.nId2(pci));
                SsbSequences.sss(pci, out, 0);
            }
            assertArrayEquals(want, out, 0f, r[0] + " " + r[1] + " " + r[3]);
            checked++;
        }
        assertEquals(11, checked);
    }

    @Test
    void sssAreDistinctAndNearlyOrthogonal() {
        // SSS sequences of different PCIs sharing N_ID2: cross-correlation of two products of m-sequences is
        // bounded well below the autocorrelation 127; m-sequence cross terms are at most 127 - 2*... in practice
        // the maximum over all pairs is small. We assert the detector-relevant property: max |xcorr| < 127/3.
        float[] a = new float[127];
        float[] b = new float[127];
        int worst = 0;
        for (int p = 0; p < 1008; p += 7) {
            SsbSequences.sss(p, a, 0);
            for (int q = p % 3; q < 1008; q += 3) {
                if (q == p) {
                    continue;
                }
                SsbSequences.sss(q, b, 0);
                int c = 0;
                for (int n = 0; n < 127; n++) {
                    c += (int) (a[n] * b[n]);
                }
                worst = Math.max(worst, Math.abs(c));
            }
        }
        assertTrue(worst < 127 / 3, "worst SSS cross-correlation " + worst);
    }

    @Test
    void pbchDmrsCinitMatchesExamples() {
        for (String[] r : BundledTables.rows(SsbSequencesTest.class, "pbch_dmrs_cinit_examples.csv")) {
            String[] kv = r[1].split(";");
            int pci = Integer.parseInt(kv[0].split("=")[1]);
            int iBar = Integer.parseInt(kv[1].split("=")[1]);
            assertEquals(Integer.parseInt(r[2]), SsbSequences.pbchDmrsCinit(pci, iBar), r[1]);
        }
    }

    @Test
    void pbchDmrsIsQpskOfTheGoldSequence() {
        float[] r = new float[288];
        SsbSequences.pbchDmrs(500, 3, r, 0);
        int cInit = SsbSequences.pbchDmrsCinit(500, 3);
        double a = 1 / Math.sqrt(2);
        for (int m = 0; m < 144; m++) {
            assertEquals(a * (1 - 2 * GoldSequence.bit(cInit, 2 * m)), r[2 * m], 1e-6);
            assertEquals(a * (1 - 2 * GoldSequence.bit(cInit, 2 * m + 1)), r[2 * m + 1], 1e-6);
        }
    }

    @Test
    void iSsbBarFollowsLmax() {
        assertEquals(3 + 4, SsbSequences.iSsbBar(3, 1, 4));
        assertEquals(7, SsbSequences.iSsbBar(7, 1, 8));
        assertEquals(5, SsbSequences.iSsbBar(13, 0, 64));
        assertThrows(IllegalArgumentException.class, () -> SsbSequences.iSsbBar(4, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> SsbSequences.pss(3, new float[127], 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SsbSequences.sss(1008, new float[127], 0));
        assertTrue(e.getMessage().contains("7.4.2.1") && e.getMessage().contains("1008"));
    }
}
