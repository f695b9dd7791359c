package org.airan.testbed.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;
import org.junit.jupiter.api.Test;

/** The demo's source, channel and meter, checked in the frequency domain without OFDM. */
class DemoBlocksTest {

    private static final CarrierConfig CARRIER = CarrierConfig.of(30, 24);
    /**
     * Tolerance on the measured mean 16QAM energy: over 4 slots of 12·288 = 3456 data REs, the sample mean of |x|²
     * (variance 0.32 for 16QAM: |x|² is 0.2, 1.0, 1.8 with probabilities ¼, ½, ¼) has a standard deviation of
     * √(0.32/13824) = 0.0048; 0.02 is 4σ. QPSK has |x|² = 1 exactly.
     */
    private static final double ENERGY_TOLERANCE = 0.02;
    /**
     * Tolerance on EVM (dB) against −SNR: the estimate sums ≈ 27 600 data REs (relative std of the error energy
     * ≈ 0.6 %, 0.03 dB) and the pilot estimate adds 10·log10(1 + 1/288) = 0.015 dB; 0.15 dB is over 4σ.
     */
    private static final double EVM_TOLERANCE_DB = 0.15;
    /** SNR estimate from 288 pilots per slot × 8 slots: relative std ≈ 1/√2300 ≈ 2 % (0.09 dB); 0.4 dB is 4σ. */
    private static final double SNR_ESTIMATE_TOLERANCE_DB = 0.4;

    @Test
    void slotsAreDeterministicAndUnitEnergy() {
        DemoSlotSource src = new DemoSlotSource(CARRIER, 42);
        ResourceGrid a = ResourceGrid.forSlot(CARRIER, 1);
        ResourceGrid b = ResourceGrid.forSlot(CARRIER, 1);
        double qam16Energy = 0;
        for (long slot = 0; slot < 8; slot++) {
            src.fill(slot, a, 0);
            new DemoSlotSource(CARRIER, 42).fill(slot, b, 0);
            assertArrayEquals(a.data(0), b.data(0), "slot " + slot + " not reproducible");
            if (DemoSlotSource.bitsPerSymbol(slot) == 2) {
                assertEquals(1.0, dataEnergy(a), 1e-6, "QPSK energy of slot " + slot);
            } else {
                qam16Energy += dataEnergy(a) / 4;
            }
        }
        assertEquals(1.0, qam16Energy, ENERGY_TOLERANCE, "mean 16QAM energy");
        src.fill(0, a, 0);
        new DemoSlotSource(CARRIER, 43).fill(0, b, 0);
        assertFalse(Arrays.equals(a.data(0), b.data(0)), "seed must matter");
    }

    @Test
    void pilotsAreUnitQpskOnEvenSubcarriers() {
        ResourceGrid g = ResourceGrid.forSlot(CARRIER, 1);
        new DemoSlotSource(CARRIER, 1).fill(3, g, 0);
        float h = (float) (1 / Math.sqrt(2));
        for (int l : DemoSlotSource.PILOT_SYMBOLS) {
            for (int k = 0; k < g.numSubcarriers(); k++) {
                if ((k & 1) == 0) {
                    assertEquals(h, Math.abs(g.re(0, l, k)), 1e-7f);
                    assertEquals(h, Math.abs(g.im(0, l, k)), 1e-7f);
                } else {
                    assertEquals(0f, g.re(0, l, k));
                    assertEquals(0f, g.im(0, l, k));
                }
            }
        }
    }

    @Test
    void sixteenQamUsesTheFourAmplitudeLevels() {
        ResourceGrid g = ResourceGrid.forSlot(CARRIER, 1);
        new DemoSlotSource(CARRIER, 5).fill(1, g, 0); // odd slot: 16QAM
        double s = Math.sqrt(10);
        for (int k = 0; k < g.numSubcarriers(); k++) {
            double v = Math.abs(g.re(0, 0, k)) * s;
            assertTrue(Math.abs(v - 1) < 1e-5 || Math.abs(v - 3) < 1e-5, "level " + v);
        }
    }

    @Test
    void evmMatchesTheInjectedSnrAndFindsThePhase() {
        double snrDb = 20;
        int antennas = 2;
        DemoSlotSource src = new DemoSlotSource(CARRIER, 7);
        Impairments ch = new Impairments(antennas, Math.pow(10, -snrDb / 10), 99);
        EvmMeter meter = new EvmMeter(antennas);
        ResourceGrid sent = ResourceGrid.forSlot(CARRIER, 1);
        ResourceGrid rx = ResourceGrid.forSlot(CARRIER, antennas);
        int n = CARRIER.numSubcarriers() * CARRIER.symbolsPerSlot();
        for (long slot = 0; slot < 8; slot++) {
            src.fill(slot, sent, 0);
            for (int a = 0; a < antennas; a++) {
                System.arraycopy(sent.data(0), 0, rx.data(a), 0, 2 * n);
                ch.apply(a, rx.data(a), 0, n); // white noise per RE has the same variance as per sample
                meter.add(a, rx, a, sent, 0);
            }
        }
        for (int a = 0; a < antennas; a++) {
            assertEquals(-snrDb, meter.evmDb(a), EVM_TOLERANCE_DB, "EVM antenna " + a);
            assertEquals(snrDb, meter.snrEstimateDb(a), SNR_ESTIMATE_TOLERANCE_DB, "SNR estimate antenna " + a);
            double expected = Math.toDegrees(ch.phaseRad(a));
            double diff = Math.IEEEremainder(meter.phaseDeg(a) - expected, 360);
            assertEquals(0, diff, 1.0, "phase antenna " + a); // phase std ≈ 1/√(2·ρ·N_p) rad ≈ 0.06°
            assertEquals(0, meter.gainDb(a), 0.05);
        }
    }

    private static double dataEnergy(ResourceGrid g) {
        double s = 0;
        int n = 0;
        for (int l = 0; l < g.numSymbols(); l++) {
            if (DemoSlotSource.isPilotSymbol(l)) {
                continue;
            }
            for (int k = 0; k < g.numSubcarriers(); k++) {
                s += g.re(0, l, k) * g.re(0, l, k) + g.im(0, l, k) * g.im(0, l, k);
                n++;
            }
        }
        return s / n;
    }
}
