package org.airan.phy.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Low-PAPR sequences type 1 (TS 38.211 §5.2.2) against the formulas and table values computed here independently. */
class LowPaprSequenceTest {

    /** Single-precision cos/sin of a phase reduced exactly: a few ulp of 1. */
    private static final double EPS = 2e-6;

    private static float[] gen(int m, int u, int v) {
        float[] out = new float[2 * m];
        LowPaprSequence.generate(m, u, v, 0.0, out, 0);
        return out;
    }

    private static void assertPhase(float[] s, int n, double phase) {
        assertEquals(Math.cos(phase), s[2 * n], EPS, "re of n=" + n);
        assertEquals(Math.sin(phase), s[2 * n + 1], EPS, "im of n=" + n);
    }

    @Test
    void tableSequencesUseThePhiValuesTimesPiOverFour() {
        // Table 5.2.2.2-1, u = 0: φ = −3 −1 3 3 −1 −3.
        float[] s = gen(6, 0, 0);
        int[] phi = {-3, -1, 3, 3, -1, -3};
        for (int n = 0; n < 6; n++) {
            assertPhase(s, n, phi[n] * Math.PI / 4);
        }
        // The two values where the public sources disagree (see the resource's provenance header).
        assertPhase(gen(6, 15, 0), 0, Math.PI / 4);
        assertPhase(gen(24, 18, 0), 0, -3 * Math.PI / 4);
        // Table 5.2.2.2-2, u = 29, last value −3; Table 5.2.2.2-3, u = 0, first value −1.
        assertPhase(gen(12, 29, 0), 11, -3 * Math.PI / 4);
        assertPhase(gen(18, 0, 0), 0, -Math.PI / 4);
    }

    @Test
    void length30UsesItsOwnFormula() {
        for (int u : new int[] {0, 7, 29}) {
            float[] s = gen(30, u, 0);
            for (int n = 0; n < 30; n++) {
                assertPhase(s, n, -Math.PI * (u + 1) * (n + 1) * (n + 2) / 31.0);
            }
        }
    }

    @Test
    void zadoffChuRootFollowsTheClause() {
        assertEquals(31, LowPaprSequence.largestPrimeBelow(36));
        assertEquals(71, LowPaprSequence.largestPrimeBelow(72));
        assertEquals(1619, LowPaprSequence.largestPrimeBelow(1620));
        for (int nZc : new int[] {31, 71, 139, 1619}) {
            for (int u = 0; u < 30; u++) {
                double qBar = nZc * (u + 1) / 31.0;
                for (int v = 0; v <= 1; v++) {
                    long expected = (long) Math.floor(qBar + 0.5) + v * (((long) Math.floor(2 * qBar) % 2 == 0) ? 1 : -1);
                    assertEquals(expected, LowPaprSequence.zadoffChuRoot(nZc, u, v), "N=" + nZc + " u=" + u + " v=" + v);
                }
            }
        }
    }

    @Test
    void longSequencesAreCyclicallyExtendedZadoffChu() {
        int m = 72;
        int nZc = 71;
        for (int u : new int[] {0, 13, 29}) {
            for (int v = 0; v <= 1; v++) {
                float[] s = gen(m, u, v);
                int q = LowPaprSequence.zadoffChuRoot(nZc, u, v);
                for (int n = 0; n < m; n++) {
                    int k = n % nZc;
                    assertPhase(s, n, -Math.PI * q * k * (k + 1.0) / nZc);
                }
                // CAZAC: the DFT of one period of a prime-length ZC sequence has constant magnitude √N_ZC.
                for (int f = 0; f < nZc; f += 7) {
                    double re = 0;
                    double im = 0;
                    for (int n = 0; n < nZc; n++) {
                        double a = -2 * Math.PI * f * n / nZc;
                        re += s[2 * n] * Math.cos(a) - s[2 * n + 1] * Math.sin(a);
                        im += s[2 * n] * Math.sin(a) + s[2 * n + 1] * Math.cos(a);
                    }
                    assertEquals(Math.sqrt(nZc), Math.hypot(re, im), 1e-3, "|DFT| at " + f);
                }
            }
        }
    }

    @Test
    void everySequenceHasUnitModulus() {
        for (int m : new int[] {6, 12, 18, 24, 30, 36, 48, 72, 1620}) {
            for (int u = 0; u < 30; u++) {
                float[] s = gen(m, u, 0);
                for (int n = 0; n < m; n++) {
                    assertEquals(1.0, Math.hypot(s[2 * n], s[2 * n + 1]), 1e-6);
                }
            }
        }
    }

    @Test
    void cyclicShiftMultipliesByEJAlphaN() {
        float[] base = gen(36, 3, 0);
        float[] shifted = new float[72];
        double alpha = 2 * Math.PI * 5 / 12;
        LowPaprSequence.generate(36, 3, 0, alpha, shifted, 0);
        for (int n = 0; n < 36; n++) {
            double p = Math.atan2(base[2 * n + 1], base[2 * n]) + alpha * n;
            assertPhase(shifted, n, p);
        }
    }

    @Test
    void badArgumentsNameTheRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> gen(8, 0, 0));
        assertTrue(e.getMessage().contains("multiple of 6") && e.getMessage().contains("§5.2.2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> gen(36, 30, 0));
        e = assertThrows(IllegalArgumentException.class, () -> gen(60, 0, 1));
        assertTrue(e.getMessage().contains("M_ZC < 72"), e.getMessage());
    }
}
