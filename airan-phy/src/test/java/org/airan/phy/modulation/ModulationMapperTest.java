package org.airan.phy.modulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ModulationMapperTest {

    /** Float rounding of the mapper (single precision constants). */
    private static final double EPS = 1e-6;

    private static float[] mapAll(Modulation mod) {
        int qm = mod.bitsPerSymbol();
        int n = 1 << qm;
        byte[] bits = new byte[n * qm];
        for (int v = 0; v < n; v++) {
            for (int j = 0; j < qm; j++) {
                bits[v * qm + j] = (byte) ((v >>> (qm - 1 - j)) & 1);
            }
        }
        float[] out = new float[2 * n];
        ModulationMapper.map(mod, bits, 0, n, out, 0);
        return out;
    }

    private static int s(int v, int qm, int j) {
        return 1 - 2 * ((v >>> (qm - 1 - j)) & 1);
    }

    @Test
    void qpskMatches5_1_4() {
        float[] p = mapAll(Modulation.QPSK);
        for (int v = 0; v < 4; v++) {
            assertEquals(s(v, 2, 0) / Math.sqrt(2), p[2 * v], EPS);
            assertEquals(s(v, 2, 1) / Math.sqrt(2), p[2 * v + 1], EPS);
        }
    }

    @Test
    void qam16Matches5_1_5() {
        float[] p = mapAll(Modulation.QAM16);
        for (int v = 0; v < 16; v++) {
            double re = s(v, 4, 0) * (2 - s(v, 4, 2)) / Math.sqrt(10);
            double im = s(v, 4, 1) * (2 - s(v, 4, 3)) / Math.sqrt(10);
            assertEquals(re, p[2 * v], EPS);
            assertEquals(im, p[2 * v + 1], EPS);
        }
        // Spot values: 0000 -> (1+j)/√10, 0011 -> (3+3j)/√10, 0101 -> (1−3j)/√10 per the TS 38.211 §5.1.5 formula.
        assertEquals(1 / Math.sqrt(10), p[0], EPS);
        assertEquals(3 / Math.sqrt(10), p[2 * 0b0011 + 1], EPS);
        assertEquals(-3 / Math.sqrt(10), p[2 * 0b0101 + 1], EPS);
    }

    @Test
    void qam64Matches5_1_6() {
        float[] p = mapAll(Modulation.QAM64);
        for (int v = 0; v < 64; v++) {
            double re = s(v, 6, 0) * (4 - s(v, 6, 2) * (2 - s(v, 6, 4))) / Math.sqrt(42);
            double im = s(v, 6, 1) * (4 - s(v, 6, 3) * (2 - s(v, 6, 5))) / Math.sqrt(42);
            assertEquals(re, p[2 * v], EPS);
            assertEquals(im, p[2 * v + 1], EPS);
        }
    }

    @Test
    void qam256Matches5_1_7() {
        float[] p = mapAll(Modulation.QAM256);
        for (int v = 0; v < 256; v++) {
            double re = s(v, 8, 0) * (8 - s(v, 8, 2) * (4 - s(v, 8, 4) * (2 - s(v, 8, 6)))) / Math.sqrt(170);
            double im = s(v, 8, 1) * (8 - s(v, 8, 3) * (4 - s(v, 8, 5) * (2 - s(v, 8, 7)))) / Math.sqrt(170);
            assertEquals(re, p[2 * v], EPS);
            assertEquals(im, p[2 * v + 1], EPS);
        }
    }

    @Test
    void qam1024Matches5_1_8() {
        float[] p = mapAll(Modulation.QAM1024);
        for (int v = 0; v < 1024; v++) {
            double re = s(v, 10, 0) * (16 - s(v, 10, 2) * (8 - s(v, 10, 4) * (4 - s(v, 10, 6)
                    * (2 - s(v, 10, 8))))) / Math.sqrt(682);
            double im = s(v, 10, 1) * (16 - s(v, 10, 3) * (8 - s(v, 10, 5) * (4 - s(v, 10, 7)
                    * (2 - s(v, 10, 9))))) / Math.sqrt(682);
            assertEquals(re, p[2 * v], EPS);
            assertEquals(im, p[2 * v + 1], EPS);
        }
    }

    @Test
    void everyConstellationHasUnitAverageEnergyAndDistinctPoints() {
        for (Modulation mod : Modulation.values()) {
            float[] p = mapAll(mod);
            int n = p.length / 2;
            double e = 0;
            for (int i = 0; i < n; i++) {
                e += p[2 * i] * p[2 * i] + p[2 * i + 1] * p[2 * i + 1];
                for (int j = 0; j < i; j++) {
                    double d = Math.hypot(p[2 * i] - p[2 * j], p[2 * i + 1] - p[2 * j + 1]);
                    assertEquals(true, d > 0.01, mod + " points " + i + " and " + j + " coincide");
                }
            }
            assertEquals(1.0, e / n, 1e-5, mod.toString());
        }
    }

    @Test
    void grayLabellingNeighboursDifferInOneBit() {
        for (Modulation mod : new Modulation[] {Modulation.QAM16, Modulation.QAM64, Modulation.QAM256,
                Modulation.QAM1024}) {
            int m = mod.bitsPerDimension();
            int[] labelAt = new int[1 << m];
            for (int v = 0; v < labelAt.length; v++) {
                labelAt[(ModulationMapper.pamLevel(mod, v) + labelAt.length - 1) / 2] = v;
            }
            for (int p = 1; p < labelAt.length; p++) {
                assertEquals(1, Integer.bitCount(labelAt[p] ^ labelAt[p - 1]), mod + " level " + p);
            }
        }
    }

    @Test
    void bpskAndPi2Bpsk() {
        float[] out = new float[8];
        ModulationMapper.map(Modulation.BPSK, new byte[] {0, 1}, 0, 2, out, 0);
        double a = 1 / Math.sqrt(2);
        assertEquals(a, out[0], EPS);
        assertEquals(a, out[1], EPS);
        assertEquals(-a, out[2], EPS);
        assertEquals(-a, out[3], EPS);
        // §5.1.2: d(i) = e^{jπ(i mod 2)/2}/√2 [(1−2b)+j(1−2b)]: i=1, b=0 -> (−1+j)/√2; i=3, b=1 -> (1−j)/√2.
        ModulationMapper.map(Modulation.PI_2_BPSK, new byte[] {0, 0, 1, 1}, 0, 4, out, 0);
        assertEquals(a, out[0], EPS);
        assertEquals(a, out[1], EPS);
        assertEquals(-a, out[2], EPS);
        assertEquals(a, out[3], EPS);
        assertEquals(-a, out[4], EPS);
        assertEquals(-a, out[5], EPS);
        assertEquals(a, out[6], EPS);
        assertEquals(-a, out[7], EPS);
    }

    @Test
    void badOrderAndShortArraysAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Modulation.ofOrder(3));
        assertThrows(IndexOutOfBoundsException.class,
                () -> ModulationMapper.map(Modulation.QAM16, new byte[7], 0, 2, new float[4], 0));
    }
}
