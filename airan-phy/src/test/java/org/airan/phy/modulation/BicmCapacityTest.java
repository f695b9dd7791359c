package org.airan.phy.modulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BicmCapacityTest {

    @Test
    void bpskMatchesTheBinaryInputAwgnValue() {
        // The binary-input real AWGN channel at P/σ² = 1 (0 dB) has capacity 0.4859 bit (standard value; also the
        // origin of the 0.187 dB Shannon limit of rate 1/2). Complex BPSK puts its energy on one axis where the noise
        // variance is N_0/2, so P/σ² = 1 is E_s/N_0 = −3.01 dB.
        assertEquals(0.4859, BicmCapacity.capacity(Modulation.BPSK, -10 * Math.log10(2)), 5e-4);
    }

    @Test
    void qpskIsTwoBpskAtHalfTheEnergy() {
        // Gray QPSK = two BPSKs each with half the symbol energy: C_QPSK(s) = 2·C_BPSK(s − 10·log10 2).
        for (double s = -5; s <= 15; s += 5) {
            assertEquals(2 * BicmCapacity.capacity(Modulation.BPSK, s - 10 * Math.log10(2)),
                    BicmCapacity.capacity(Modulation.QPSK, s), 1e-6);
        }
    }

    @Test
    void belowShannonMonotoneAndSaturating() {
        for (Modulation m : new Modulation[] {Modulation.QPSK, Modulation.QAM16, Modulation.QAM64,
                Modulation.QAM256, Modulation.QAM1024}) {
            double prev = 0;
            for (double s = -10; s <= 40; s += 2.5) {
                double c = BicmCapacity.capacity(m, s);
                assertTrue(c <= Math.log(1 + Math.pow(10, s / 10)) / Math.log(2) + 1e-9, m + " at " + s);
                assertTrue(c >= prev - 1e-9, m + " monotone at " + s);
                prev = c;
            }
            // At 60 dB every constellation carries its full Q_m bits.
            assertEquals(m.bitsPerSymbol(), BicmCapacity.capacity(m, 60), 1e-6);
        }
    }

    @Test
    void snrForRateInvertsCapacity() {
        double s = BicmCapacity.snrForRate(Modulation.QAM64, 3.0);
        assertEquals(3.0, BicmCapacity.capacity(Modulation.QAM64, s), 1e-3);
        // Rate-1/2 QPSK (1 bit/symbol) needs about 0.2 dB of E_s/N_0 with BICM (= 2·BPSK at −2.8 dB).
        assertEquals(0.19, BicmCapacity.snrForRate(Modulation.QPSK, 1.0), 0.05);
        assertThrows(IllegalArgumentException.class, () -> BicmCapacity.snrForRate(Modulation.QPSK, 2.0));
    }
}
