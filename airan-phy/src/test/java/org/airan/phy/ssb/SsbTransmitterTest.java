package org.airan.phy.ssb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.sequence.GoldSequence;
import org.junit.jupiter.api.Test;

class SsbTransmitterTest {

    /** Float32 rounding of products of unit-size values. */
    private static final float EPS = 1e-6f;

    @Test
    void burstGoesToTheCandidateSymbolsWithOneBeamPerIndex() {
        SsbBurstPattern p = SsbBurstPattern.of(SsbCase.A, 3.5e9, false); // L_max 8: {2,8,16,22,30,36,44,50}
        float[][] w = new float[8][];
        for (int i = 0; i < 8; i++) {
            double ph = Math.PI * i / 8;
            w[i] = new float[] {1f, 0f, (float) Math.cos(ph), (float) Math.sin(ph)};
        }
        long bitmap = 0b1010_0101;
        SsbTransmitter tx = new SsbTransmitter(new SsbBurstConfig(7, p, bitmap, 2, w, SsbPower.UNIT));
        ResourceGrid g = ResourceGrid.allocate(2, p.symbolsPerHalfFrame(), 300);
        byte[] zeros = new byte[864];
        tx.mapHalfFrame(1, (i, hf, out, off) -> System.arraycopy(zeros, 0, out, off, 864), g, 30);
        float[] pss = new float[127];
        SsbSequences.pss(7 % 3, pss, 0);
        for (int i = 0; i < 8; i++) {
            int l0 = p.firstSymbol(i);
            boolean on = (bitmap >>> i & 1) != 0;
            for (int n = 0; n < 127; n++) {
                int k = 30 + 56 + n;
                assertEquals(on ? pss[n] : 0f, g.re(0, l0, k), EPS, "antenna 0, index " + i);
                assertEquals(on ? pss[n] * w[i][2] : 0f, g.re(1, l0, k), EPS, "antenna 1 re, index " + i);
                assertEquals(on ? pss[n] * w[i][3] : 0f, g.im(1, l0, k), EPS, "antenna 1 im, index " + i);
            }
        }
        // PBCH of all-zero coded bits = QPSK of the scrambling sequence c(i + ν·864), ν = index mod 8.
        int[] data = SsbLayout.pbchDataRes(7 % 4);
        float a = (float) (1 / Math.sqrt(2));
        int i = 5;
        for (int m = 0; m < 432; m++) {
            int re = data[m];
            int l = p.firstSymbol(i) + re / 240;
            int k = 30 + re % 240;
            assertEquals(GoldSequence.bit(7, 2 * m + 5L * 864) == 0 ? a : -a, g.re(0, l, k), EPS);
            assertEquals(GoldSequence.bit(7, 2 * m + 1 + 5L * 864) == 0 ? a : -a, g.im(0, l, k), EPS);
        }
        // DM-RS with ī_SSB = 5 (L_max 8: index LSBs, not the half frame).
        float[] r = new float[288];
        SsbSequences.pbchDmrs(7, 5, r, 0);
        int[] dm = SsbLayout.pbchDmrsRes(3);
        for (int m = 0; m < 144; m++) {
            assertEquals(r[2 * m], g.re(0, p.firstSymbol(5) + dm[m] / 240, 30 + dm[m] % 240), EPS);
        }
    }

    @Test
    void lMax4DmrsCarriesTheHalfFrame() {
        SsbBurstPattern p = SsbBurstPattern.of(SsbCase.A, 2e9, false);
        SsbTransmitter tx = new SsbTransmitter(SsbBurstConfig.singleAntenna(0, p, 0b10));
        ResourceGrid g = ResourceGrid.allocate(1, p.symbolsPerHalfFrame(), 240);
        tx.mapHalfFrame(1, (i, hf, out, off) -> { }, g, 0);
        float[] r = new float[288];
        SsbSequences.pbchDmrs(0, 1 + 4, r, 0);
        int[] dm = SsbLayout.pbchDmrsRes(0);
        for (int m = 0; m < 144; m++) {
            assertEquals(r[2 * m + 1], g.im(0, p.firstSymbol(1) + dm[m] / 240, dm[m] % 240), EPS);
        }
    }

    @Test
    void badConfigsNameTheRule() {
        SsbBurstPattern p = SsbBurstPattern.of(SsbCase.C, 3.5e9, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SsbBurstConfig.singleAntenna(3, p, 1L << 8));
        assertEquals(true, e.getMessage().contains("ssbBitmap") && e.getMessage().contains("4.1"));
        assertThrows(IllegalArgumentException.class, () -> new SsbBurstConfig(3, p, 1, 2, new float[8][2],
                SsbPower.UNIT));
        assertThrows(IllegalArgumentException.class, () -> SsbPower.withPssToSssDb(6));
        SsbTransmitter tx = new SsbTransmitter(SsbBurstConfig.singleAntenna(3, p, 1));
        assertThrows(IllegalArgumentException.class,
                () -> tx.modulateHalfFrame(0, (i, hf, o, off) -> { }, 10e6, 0, new float[][] {new float[100000]}, 0));
    }
}
